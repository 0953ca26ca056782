/**
 * The requirements table's filters, sorting and CSV download. The table is
 * complete without this script; it only hides, reorders and exports rows.
 */
import { toCsv } from '../views/csv.ts';
import { clientText as ui } from '../i18n/zh-CN.ts';
import { handedOutUrl } from './public-url.ts';

const form = document.querySelector<HTMLElement>('.req-filters');
const table = document.querySelector<HTMLTableElement>('.req-table');
const count = document.querySelector<HTMLElement>('.req-count');

if (form && table && count) {
  form.hidden = false;
  const body = table.tBodies[0] as HTMLTableSectionElement;
  const rows = [...body.rows];
  const total = rows.length;
  const cell = (row: HTMLTableRowElement, col: string) => row.querySelector<HTMLElement>(`[data-col="${col}"]`)?.textContent?.trim() ?? '';

  const apply = () => {
    const value = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? '';
    const who = value('who');
    const kind = value('kind');
    const doc = value('document');
    const text = value('text').trim();
    let shown = 0;
    for (const row of rows) {
      const visible = (!who || row.dataset.who === who) && (!kind || row.dataset.kind === kind) && (!doc || row.dataset.document === doc) && (!text || row.textContent?.includes(text));
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
      const value = (row: HTMLTableRowElement) => (key === 'value' ? Number(row.dataset.value || Number.POSITIVE_INFINITY) : key === 'place' ? Number(row.dataset.order) : cell(row, key));
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
      ['文件', '出处', '要求（原文）', '读自', '类型', '数值', '责任主体', '对象', '链接'],
      ...visible.map((r) => [r.dataset.docTitle ?? '', r.querySelector('[data-col="place"] a')?.textContent?.trim() ?? '', cell(r, 'phrase'), r.querySelector('.req-match')?.textContent ?? '', cell(r, 'kind'), cell(r, 'value'), cell(r, 'who'), cell(r, 'target'), handedOutUrl(r.dataset.url ?? '')]),
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
