/**
 * The requirements table's filters, sorting and CSV download. The table is
 * complete without this script; it only hides, reorders and exports rows.
 * The text filter matches a row's whole text, its sentence included, with
 * punctuation and quotes ignored (三名工程 finds “三名”工程).
 */
import { toCsv } from '../views/csv.ts';
import { normalizeForSearch } from '../search/normalize.ts';
import { clientText as ui } from '../i18n/zh-CN.ts';

const form = document.querySelector<HTMLElement>('.req-filters');
const table = document.querySelector<HTMLTableElement>('.req-table');
const count = document.querySelector<HTMLElement>('.req-count');

if (form && table && count) {
  form.hidden = false;
  const body = table.tBodies[0] as HTMLTableSectionElement;
  const rows = [...body.rows];
  const total = rows.length;
  const cell = (row: HTMLTableRowElement, col: string) => row.querySelector<HTMLElement>(`[data-col="${col}"]`)?.textContent?.trim() ?? '';
  const part = (row: HTMLTableRowElement, selector: string) => row.querySelector<HTMLElement>(selector)?.textContent?.trim() ?? '';
  const searchable = new Map(rows.map((row) => [row, normalizeForSearch(row.textContent ?? '')]));
  /** Each select filters on the row attribute of the same name: who → data-who, doc-kind → data-doc-kind. */
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
  const attribute = (name: string) => (name === 'document' ? 'document' : name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()));

  const apply = () => {
    const text = normalizeForSearch(form.querySelector<HTMLInputElement>('[name="text"]')?.value ?? '');
    const chosen = selects.filter((s) => s.value).map((s) => [attribute(s.name), s.value] as const);
    let shown = 0;
    for (const row of rows) {
      const visible = chosen.every(([key, value]) => row.dataset[key] === value) && (!text || (searchable.get(row) ?? '').includes(text));
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = ui.reqCount(shown, total);
  };
  form.addEventListener('input', apply);

  // Sorting: each column heading becomes a button; aria-sort tells which column and direction.
  const headers = [...table.tHead!.rows[0]!.cells];
  for (const th of headers) {
    const key = th.dataset.sort ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent ?? '';
    button.setAttribute('aria-label', ui.reqSortBy(th.textContent ?? ''));
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const value = (row: HTMLTableRowElement) => (key === 'value' ? Number(row.dataset.value || Number.POSITIVE_INFINITY) : key === 'place' ? Number(row.dataset.order) : key === 'phrase' ? part(row, '.req-phrase') : cell(row, key));
      const sorted = [...rows].sort((a, b) => {
        const x = value(a);
        const y = value(b);
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return (ascending ? order : -order) || Number(a.dataset.order) - Number(b.dataset.order);
      });
      body.append(...sorted);
    });
  }

  form.querySelector('.req-csv')?.addEventListener('click', () => {
    const visible = [...body.rows].filter((r) => !r.hidden);
    const csv = toCsv([
      ['文件', '出处', '要求（原文）', '原句', '类型', '数值', '对象', '链接'],
      ...visible.map((r) => [r.dataset.docTitle ?? '', part(r, '[data-col="place"] a').replace(/^《[^》]*》/, ''), part(r, '.req-phrase'), part(r, '.req-sentence').replace(/^[^：]*：/, '') || part(r, '.req-phrase'), cell(r, 'kind'), cell(r, 'value'), cell(r, 'who'), r.dataset.url ?? '']),
    ]);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = 'requirements.csv';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
}
