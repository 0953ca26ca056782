/**
 * The 引用 disclosure on every unit (panel made by cite-panel.ts): the button
 * opens and closes its panel and moves focus into it; Esc, or a click outside,
 * closes it and focus returns to the button. Copy buttons copy the form shown
 * next to them and say so in the live region.
 */
import { clientText as ui } from '../i18n/zh-CN.ts';
import { announce } from './announce.ts';
import { copyText } from './clipboard.ts';
import { addCitePanel, fillPanel, formTexts, type FormKind } from './cite-panel.ts';

document.querySelectorAll<HTMLElement>('.unit[data-cite]').forEach(addCitePanel);

const panelOf = (button: HTMLButtonElement) => document.getElementById(button.getAttribute('aria-controls') ?? '');

function setOpen(button: HTMLButtonElement, open: boolean): void {
  const panel = panelOf(button);
  if (!panel) return;
  button.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
}

function closeAll(except?: HTMLButtonElement): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('.actions-toggle[aria-expanded="true"]')) if (b !== except) setOpen(b, false);
}

document.addEventListener('click', async (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const toggle = target?.closest<HTMLButtonElement>('.actions-toggle');
  if (toggle) {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    closeAll(toggle);
    setOpen(toggle, open);
    const panel = panelOf(toggle);
    const unit = toggle.closest<HTMLElement>('.unit');
    if (open && panel && unit) {
      const filled = fillPanel(unit, panel);
      panel.querySelector<HTMLElement>('input:checked, button')?.focus();
      await filled;
    }
    return;
  }
  const copyButton = target?.closest<HTMLButtonElement>('[data-copy]');
  const panel = copyButton?.closest<HTMLElement>('.actions-panel');
  const unit = panel?.closest<HTMLElement>('.unit');
  if (!copyButton || !panel || !unit) {
    if (!target?.closest('.unit-actions')) closeAll();
    return;
  }
  const kind = (copyButton.dataset.copy ?? 'link') as FormKind;
  const ok = await copyText(formTexts(unit, panel)[kind]);
  announce(ok ? (ui.copied[kind] ?? '') : ui.copyFailed);
});

// Choosing how an item is named changes the texts shown.
document.addEventListener('change', (event) => {
  const input = event.target instanceof HTMLInputElement ? event.target : null;
  const panel = input?.closest<HTMLElement>('.actions-panel');
  const unit = panel?.closest<HTMLElement>('.unit');
  if (panel && unit) void fillPanel(unit, panel);
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = document.querySelector<HTMLButtonElement>('.actions-toggle[aria-expanded="true"]');
  if (!open) return;
  setOpen(open, false);
  open.focus();
});
