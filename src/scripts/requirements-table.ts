/**
 * The requirements table's filters, sorting and CSV download, on a page that
 * holds all its rows (/requirements/ of a few documents, and each document's
 * /requirements/<slug>/). The table is complete without this script; it only
 * hides, reorders and exports rows. The text filter matches a row's whole
 * text, its sentence included, with punctuation and quotes ignored
 * (三名工程 finds “三名”工程). Every step is linear in the rows: each row's
 * text, group and sort key are read once.
 */
import { normalizeForSearch } from '../search/normalize.ts';
import { clientText as ui } from '../i18n/zh-CN.ts';
import { handedOutUrl } from './public-url.ts';
import { downloadCsv, sortableHeadings, sortedBy, type SortValue } from './requirements-common.ts';

const form = document.querySelector<HTMLElement>('.req-filters');
const table = document.querySelector<HTMLTableElement>('.req-table');
const count = document.querySelector<HTMLElement>('.req-count');

// The empty table of /requirements/ of many documents is requirements-index.ts's.
if (form && table && count && !table.closest('.req-results')) {
  form.hidden = false;
  const groups = [...table.tBodies];
  const heads = new Map(groups.map((g) => [g, g.querySelector<HTMLTableRowElement>('tr.req-doc')]));
  const rowsOf = new Map(groups.map((g) => [g, [...g.rows].filter((r) => !r.classList.contains('req-doc'))]));
  const rows = groups.flatMap((g) => rowsOf.get(g) ?? []);
  const groupOf = new Map(groups.flatMap((g) => (rowsOf.get(g) ?? []).map((r) => [r, g] as const)));
  const total = rows.length;
  const cell = (row: HTMLTableRowElement, col: string) => row.querySelector<HTMLElement>(`[data-col="${col}"]`)?.textContent?.trim() ?? '';
  const part = (row: HTMLTableRowElement, selector: string) => row.querySelector<HTMLElement>(selector)?.textContent?.trim() ?? '';
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
    const groupsShown = new Set<HTMLTableSectionElement>();
    for (const row of rows) {
      const group = groupOf.get(row);
      const visible = chosen.every(([key, value]) => (row.dataset[key] ?? group?.dataset[key]) === value) && (!text || (searchable.get(row) ?? '').includes(text));
      if (row.hidden === visible) row.hidden = !visible;
      if (visible) {
        shown++;
        if (group) groupsShown.add(group);
      }
    }
    for (const group of groups) group.hidden = !groupsShown.has(group);
    count.textContent = ui.reqCount(shown, total);
  };
  form.addEventListener('input', apply);

  // Each document's rows sort within its own group, under its title.
  sortableHeadings(table, (key, ascending) => {
    const value = (row: HTMLTableRowElement): SortValue =>
      key === 'value' ? Number(row.dataset.value || Number.POSITIVE_INFINITY) : key === 'place' ? Number(row.dataset.order) : key === 'phrase' ? part(row, '.req-phrase') : cell(row, key);
    for (const group of groups) {
      const sorted = sortedBy(rowsOf.get(group) ?? [], value, (r) => Number(r.dataset.order), ascending);
      const head = heads.get(group);
      group.replaceChildren(...(head ? [head] : []), ...sorted);
    }
  });

  form.querySelector('.req-csv')?.addEventListener('click', () => {
    const visible = groups.filter((g) => !g.hidden).flatMap((g) => [...g.rows]).filter((r) => !r.hidden && !r.classList.contains('req-doc'));
    downloadCsv([
      [...ui.reqCsvColumns],
      ...visible.map((r) => [groupOf.get(r)?.dataset.docTitle ?? '', part(r, '[data-col="place"] a'), part(r, '.req-phrase'), (sentences.get(r) ?? '') || part(r, '.req-phrase'), r.querySelector('.req-match')?.textContent ?? '', cell(r, 'kind'), cell(r, 'value'), cell(r, 'who'), cell(r, 'target'), handedOutUrl(r.dataset.url ?? '')]),
    ]);
  });
}
