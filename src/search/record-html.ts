/**
 * A search record as the HTML Pagefind indexes: normalised text to match on,
 * weighted so a clause's title and its terms count more than its body, with
 * meta for the result and filters. Built as a hast tree, escaped throughout.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { normalizeForSearch } from './normalize.ts';
import type { SearchRecord } from './records.ts';
import { FILTERS, KIND_LABELS } from './filters.ts';


export function recordHtml(record: SearchRecord): string {
  const meta = (key: string, value: string) => h('span', { 'data-pagefind-meta': `${key}[data-value]`, 'data-value': value });
  const filter = (key: string, value: string) => (value ? h('span', { 'data-pagefind-filter': `${key}[data-value]`, 'data-value': value }) : null);
  const tree = h('html', { lang: 'zh-CN' }, [
    h('head', [h('title', record.title)]),
    h('body', [
      h('h1', { 'data-pagefind-weight': '6' }, normalizeForSearch(record.title)),
      h('p', normalizeForSearch(record.text)),
      h('p', { 'data-pagefind-weight': '5' }, record.keywords.map(normalizeForSearch).join(' ')),
      h('p', { 'data-pagefind-weight': '4' }, record.pinyin.join(' ')),
      meta('title', record.title),
      meta('kind', record.kind),
      meta('key', record.key),
      meta('ref', record.ref),
      meta('unit', record.unit),
      meta('path', record.path),
      meta('document', record.document),
      meta('citation', record.citation),
      meta('text', record.text),
      meta('keywords', record.keywords.map(normalizeForSearch).join(' ')),
      filter(FILTERS.document, record.kind === 'term' ? '' : record.document),
      filter(FILTERS.part, record.part),
      filter(FILTERS.kind, KIND_LABELS[record.kind]),
    ]),
  ]);
  return `<!doctype html>${toHtml(tree)}`;
}
