/**
 * The 引用 buttons on every unit: made from the unit's data attributes, they
 * open and close a panel (Esc closes and returns focus) that copies the link,
 * the citation with its link, or the exact text followed by that citation.
 */
import { citationWithUrl, quotedText } from '../model/citation-format.ts';
import { clientText as ui } from '../i18n/zh-CN.ts';
import { announce } from './announce.ts';
import { copyText } from './clipboard.ts';
import { unitText } from './unit-text.ts';

/** Adds the 引用 button and its panel to a unit: made here, since without script they could not copy anything. */
function addActions(unit: HTMLElement): void {
  const panelId = `actions-${unit.id}`;
  const box = document.createElement('div');
  box.className = 'unit-actions';
  box.dataset.copyExclude = '';
  box.dataset.pagefindIgnore = 'all';
  const toggleButton = document.createElement('button');
  toggleButton.type = 'button';
  toggleButton.className = 'actions-toggle';
  toggleButton.textContent = ui.cite;
  toggleButton.setAttribute('aria-expanded', 'false');
  toggleButton.setAttribute('aria-controls', panelId);
  toggleButton.setAttribute('aria-label', ui.citeThis((unit.dataset.cite ?? '').replace(/^《[^》]*》/, '')));
  const panel = document.createElement('div');
  panel.className = 'actions-panel';
  panel.id = panelId;
  panel.hidden = true;
  for (const [kind, label] of [['link', ui.copyLink], ['citation', ui.copyCitation], ['text', ui.copyText]] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.copy = kind;
    button.textContent = label;
    panel.append(button);
  }
  box.append(toggleButton, panel);
  unit.prepend(box);
}

document.querySelectorAll<HTMLElement>('.unit[data-cite]').forEach(addActions);

function toggle(button: HTMLButtonElement, open: boolean): void {
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!panel) return;
  button.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
}

function closeAll(except?: HTMLButtonElement): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('.actions-toggle[aria-expanded="true"]')) if (b !== except) toggle(b, false);
}

document.addEventListener('click', async (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const toggleButton = target?.closest<HTMLButtonElement>('.actions-toggle');
  if (toggleButton) {
    const open = toggleButton.getAttribute('aria-expanded') !== 'true';
    closeAll(toggleButton);
    toggle(toggleButton, open);
    if (open) document.getElementById(toggleButton.getAttribute('aria-controls') ?? '')?.querySelector('button')?.focus();
    return;
  }
  const copyButton = target?.closest<HTMLButtonElement>('[data-copy]');
  const unit = copyButton?.closest<HTMLElement>('.unit');
  if (!copyButton || !unit) {
    if (!target?.closest('.unit-actions')) closeAll();
    return;
  }
  const url = unit.dataset.url ?? location.href;
  const withUrl = citationWithUrl(unit.dataset.cite ?? document.title, url);
  const kind = copyButton.dataset.copy ?? 'link';
  const text = kind === 'link' ? url : kind === 'citation' ? withUrl : quotedText(unitText(unit), withUrl);
  announce((await copyText(text)) ? (ui.copied[kind] ?? ui.copied.link ?? '') : ui.copyFailed);
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = document.querySelector<HTMLButtonElement>('.actions-toggle[aria-expanded="true"]');
  if (!open) return;
  toggle(open, false);
  open.focus();
});
