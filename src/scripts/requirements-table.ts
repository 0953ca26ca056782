/**
 * The requirements table's filters, sorting and CSV download. The table is
 * complete without this script; it only hides, reorders and exports rows.
 * The text filter matches a row's whole text, its sentence included, with
 * punctuation and quotes ignored (三名工程 finds “三名”工程).
 */
import { toCsv } from '../views/csv.ts';
import { normalizeForSearch } from '../search/normalize.ts';
import { clientText as ui } from '../i18n/zh-CN.ts';
import { handedOutUrl } from './public-url.ts';

const form = document.querySelector<HTMLElement>('.req-filters');
const table = document.querySelector<HTMLTableElement>('.req-table');
const count = document.querySelector<HTMLElement>('.req-count');

if (form && table && count) {
  form.hidden = false;
  const groups = [...table.tBodies];
  const rows = groups.flatMap((g) => [...g.rows].filter((r) => !r.classList.contains('req-doc')));
  const total = rows.length;
  const cell = (row: HTMLTableRowElement, col: string) => row.querySelector<HTMLElement>(`[data-col="${col}"]`)?.textContent?.trim() ?? '';
  const part = (row: HTMLTableRowElement, selector: string) => row.querySelector<HTMLElement>(selector)?.textContent?.trim() ?? '';
  const groupOf = (row: HTMLTableRowElement) => row.parentElement as HTMLTableSectionElement;
  // A row marked data-same-sentence comes from the sentence written out on the row above it (in page order).
  let sentence = '';
  /** Each row's sentence as written (for the CSV), whether on the row or on the row above. */
  const sentences = new Map<HTMLTableRowElement, string>();
  const searchable = new Map(
    rows.map((row) => {
      if (!row.hasAttribute('data-same-sentence')) sentence = part(row, '.req-sentence').replace(ui.colon(ui.reqSentence), '');
      sentences.set(row, sentence);
      return [row, normalizeForSearch(`${row.textContent ?? ''}${row.hasAttribute('data-same-sentence') ? sentence : ''}`)];
    }),
  );
  /** Each select filters on the attribute of the same name, on the row (who, kind) or on its document's row group (document, doc-kind, year, issuer). */
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
  const attribute = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

  const apply = () => {
    const text = normalizeForSearch(form.querySelector<HTMLInputElement>('[name="text"]')?.value ?? '');
    const chosen = selects.filter((s) => s.value).map((s) => [attribute(s.name), s.value] as const);
    let shown = 0;
    for (const row of rows) {
      const visible = chosen.every(([key, value]) => (row.dataset[key] ?? groupOf(row).dataset[key]) === value) && (!text || (searchable.get(row) ?? '').includes(text));
      row.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of groups) group.hidden = ![...group.rows].some((r) => !r.hidden && !r.classList.contains('req-doc'));
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
      // Each document's rows sort within its own group, under its title.
      for (const group of groups) {
        const sorted = rows.filter((r) => groupOf(r) === group).sort((a, b) => {
          const x = value(a);
          const y = value(b);
          const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
          return (ascending ? order : -order) || Number(a.dataset.order) - Number(b.dataset.order);
        });
        group.append(...sorted);
      }
    });
  }

  form.querySelector('.req-csv')?.addEventListener('click', () => {
    const visible = groups.flatMap((g) => [...g.rows]).filter((r) => !r.hidden && !groupOf(r).hidden && !r.classList.contains('req-doc'));
    const csv = toCsv([
      [...ui.reqCsvColumns],
      ...visible.map((r) => [groupOf(r).dataset.docTitle ?? '', part(r, '[data-col="place"] a'), part(r, '.req-phrase'), (sentences.get(r) ?? '') || part(r, '.req-phrase'), r.querySelector('.req-match')?.textContent ?? '', cell(r, 'kind'), cell(r, 'value'), cell(r, 'who'), cell(r, 'target'), handedOutUrl(r.dataset.url ?? '')]),
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
