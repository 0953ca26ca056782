/**
 * The 引用 panel of one unit, as DOM: a disclosure button and the panel it
 * controls, listing every form (link, citation with and without link, text with
 * its source, QR code) with its text shown before it is copied. For an enumerated
 * item a radio group chooses how the item is named: 第二项, or its own opening
 * words (“二是……”). The texts are filled in each time the panel opens
 * (`fillPanel`), from the unit's data attributes and the address the reader is at.
 */
import { citationWithUrl, QUOTED_FROM, quotedText } from '../model/citation-format.ts';
import { clientText as ui } from '../i18n/zh-CN.ts';
import { handedOutUrl, qrElement } from './public-url.ts';
import { unitText } from './unit-text.ts';

export type FormKind = 'link' | 'citation' | 'plain' | 'text';
const COPYABLE: readonly FormKind[] = ['link', 'citation', 'plain', 'text'];
/** Longer texts are shown cut short in the preview; the copy always carries all of it. */
const PREVIEW_CHARS = 160;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A citation without the 《title》（文号） it starts with, which the page gives as data: 第一部分第（六）条第二项. */
const withoutTitle = (unit: HTMLElement, citation: string): string => {
  const title = unit.dataset.citeTitle ?? '';
  return title && citation.startsWith(title) ? citation.slice(title.length) : citation;
};
const placeOf = (unit: HTMLElement) => withoutTitle(unit, unit.dataset.cite ?? '');

function styleChoice(unit: HTMLElement): HTMLFieldSetElement | null {
  const words = unit.dataset.citeWords;
  if (!words) return null;
  const name = `cite-style-${unit.id}`;
  const option = (value: string, label: string, checked: boolean) => {
    const input = el('input', { type: 'radio', name, value, checked });
    return el('label', {}, input, withoutTitle(unit, label));
  };
  const hintId = `${name}-hint`;
  const fieldset = el('fieldset', { className: 'cite-style' }, el('legend', {}, ui.citeStyle), option('number', unit.dataset.cite ?? '', true), option('words', words, false), el('p', { className: 'cite-hint', id: hintId }, ui.citeStyleHint));
  fieldset.setAttribute('aria-describedby', hintId);
  return fieldset;
}

function formRow(unitId: string, kind: FormKind | 'qr'): HTMLLIElement {
  const labelId = `cite-${kind}-${unitId}`;
  const label = el('span', { className: 'form-label', id: labelId }, ui.citeForms[kind]);
  if (kind === 'qr') {
    const code = el('div', { className: 'form-qr' });
    code.setAttribute('role', 'img');
    const download = el('a', { className: 'qr-download' }, ui.qrDownload);
    return el('li', { className: 'cite-form' }, label, code, download);
  }
  const preview = el('p', { className: 'form-preview' });
  preview.dataset.preview = kind;
  preview.setAttribute('aria-labelledby', labelId);
  const button = el('button', { type: 'button' }, ui.copyForm[kind] ?? '');
  button.dataset.copy = kind;
  return el('li', { className: 'cite-form' }, label, preview, button);
}

/** Adds the 引用 button and its (closed) panel to a unit: made here, since without script they could not copy anything. */
export function addCitePanel(unit: HTMLElement): void {
  const panelId = `actions-${unit.id}`;
  const toggle = el('button', { type: 'button', className: 'actions-toggle' }, ui.cite);
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', panelId);
  toggle.setAttribute('aria-label', ui.citeThis(placeOf(unit)));
  const forms = el('ul', { className: 'cite-forms' }, ...COPYABLE.map((k) => formRow(unit.id, k)), formRow(unit.id, 'qr'));
  const panel = el('div', { className: 'actions-panel', id: panelId, hidden: true });
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', ui.citePanel(placeOf(unit)));
  const choice = styleChoice(unit);
  if (choice) panel.append(choice);
  panel.append(forms);
  const box = el('div', { className: 'unit-actions' }, toggle, panel);
  box.dataset.copyExclude = '';
  box.dataset.pagefindIgnore = 'all';
  unit.prepend(box);
}

/** Every form's full text for a unit, as the reader would paste it from here. */
export function formTexts(unit: HTMLElement, panel: HTMLElement): Record<FormKind, string> {
  const byWords = panel.querySelector<HTMLInputElement>('.cite-style input[value="words"]')?.checked ?? false;
  const plain = (byWords ? unit.dataset.citeWords : unit.dataset.cite) ?? document.title;
  const link = handedOutUrl(unit.dataset.url ?? location.href);
  const citation = citationWithUrl(plain, link);
  return { link, citation, plain, text: quotedText(unitText(unit), citation) };
}

function preview(text: string): string {
  const [body = '', source = ''] = text.split(QUOTED_FROM);
  if (!source || body.length <= PREVIEW_CHARS) return text;
  return `${body.slice(0, PREVIEW_CHARS)}${ui.previewMore(body.length)}${QUOTED_FROM}${source}`;
}

/** Shows each form's current text in the panel, and draws the QR code for the link. */
export async function fillPanel(unit: HTMLElement, panel: HTMLElement): Promise<void> {
  const texts = formTexts(unit, panel);
  for (const p of panel.querySelectorAll<HTMLElement>('[data-preview]')) p.textContent = preview(texts[p.dataset.preview as FormKind]);
  const box = panel.querySelector<HTMLElement>('.form-qr');
  if (!box || box.dataset.for === texts.link) return;
  box.dataset.for = texts.link;
  const svg = await qrElement(texts.link);
  if (!svg) return;
  box.replaceChildren(svg);
  box.setAttribute('aria-label', ui.qrUnitLabel(texts.link));
  const download = panel.querySelector<HTMLAnchorElement>('.qr-download');
  if (download) {
    if (download.href.startsWith('blob:')) URL.revokeObjectURL(download.href);
    download.href = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    download.download = `qr-${unit.id}.svg`;
  }
}
