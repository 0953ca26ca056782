/**
 * Fills in the handed-out links printed on a page (the print citation's URL, the clause's
 * QR code and its caption) with where the reader is, when the build did not know the public
 * address. With SITE_URL they were written at build time and this changes nothing visible.
 */
import { clientText as ui } from '../i18n/zh-CN.ts';
import { handedOutUrl, qrElement } from './public-url.ts';

for (const el of document.querySelectorAll<HTMLElement>('[data-public-url]')) {
  el.textContent = handedOutUrl(el.dataset.publicUrl ?? '');
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-qr]')) {
  const url = handedOutUrl(figure.dataset.qr ?? '');
  const box = figure.querySelector<HTMLElement>('.qr-code');
  if (!box) continue;
  void qrElement(url).then((svg) => {
    if (!svg) return;
    box.replaceChildren(svg);
    box.setAttribute('aria-label', ui.qrLabel(url));
    figure.hidden = false;
  });
}
