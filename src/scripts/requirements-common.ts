/**
 * What the two scripts of the requirements pages share: column headings that
 * sort (requirements-table.ts sorts the rows a page holds, requirements-index.ts
 * the records a filter found), the order they sort in, and the CSV download.
 */
import { clientText as ui } from '../i18n/zh-CN.ts';
import { toCsv } from '../views/csv.ts';

export type SortValue = string | number;

/**
 * Makes each column heading of the table a button; a click sorts by that column,
 * ascending first, then descending, and aria-sort tells which column and how.
 */
export function sortableHeadings(table: HTMLTableElement, sort: (key: string, ascending: boolean) => void): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
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
      sort(key, ascending);
    });
  }
}

const collator = new Intl.Collator('zh-CN');

/**
 * Sorts items by a key read once per item (numbers as numbers, words in zh-CN
 * collation), ties kept in text order.
 */
export function sortedBy<T>(items: readonly T[], key: (item: T) => SortValue, order: (item: T) => number, ascending: boolean): T[] {
  const keyed = items.map((item) => ({ item, key: key(item), order: order(item) }));
  keyed.sort((a, b) => {
    const by = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
    return (ascending ? by : -by) || a.order - b.order;
  });
  return keyed.map((k) => k.item);
}

/** Downloads rows (the first the column names) as requirements.csv, UTF-8 with BOM. */
export function downloadCsv(rows: readonly (readonly string[])[]): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  link.download = 'requirements.csv';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
