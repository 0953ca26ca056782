/**
 * Filters a list of documents by kind, year, issuer and title words, hides
 * groups left empty, and says how many are shown. The list is complete
 * without this script.
 */
import { clientText as ui } from '../i18n/zh-CN.ts';
import { normalizeForSearch } from '../search/normalize.ts';

const form = document.querySelector<HTMLElement>('.doc-filters');
const count = document.querySelector<HTMLElement>('.doc-count');
const items = [...document.querySelectorAll<HTMLElement>('[data-doc-item]')];

if (form && count && items.length > 0) {
  form.hidden = false;
  const controls = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-facet]')];
  const apply = () => {
    let shown = 0;
    for (const item of items) {
      const visible = controls.every((c) => {
        const key = c.dataset.facet ?? '';
        if (!c.value) return true;
        return key === 'title' ? normalizeForSearch(item.dataset.title ?? '').includes(normalizeForSearch(c.value)) : item.dataset[key] === c.value;
      });
      item.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-doc-group]')) group.hidden = !group.querySelector('[data-doc-item]:not([hidden])');
    count.textContent = ui.docCount(shown, items.length);
  };
  form.addEventListener('input', apply);
}
