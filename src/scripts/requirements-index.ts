/**
 * /requirements/ of many documents: the page lists the documents, each with
 * its own requirements page; this script makes the filters search every
 * document's requirements at once. The records (search/requirements.json,
 * or in the offline package a classic script holding them) are fetched when
 * the reader first reaches for a filter, never with the page. A filter shows
 * the rows it finds, a step at a time (drawing thousands of rows at once is
 * what made the single page slow), lists only the documents they come from,
 * and the CSV holds every row found, listed or not. Sorting and the text
 * filter work as on the full table (requirements-table.ts).
 */
import { clientText as ui } from '../i18n/zh-CN.ts';
import { indexFile, requirementsPath } from '../model/ids.ts';
import { normalizeForSearch } from '../search/normalize.ts';
import { recordsFromJson, type RequirementRecord, type RequirementRecords } from '../views/requirement-record.ts';
import { escapeHtml, requirementCsvRow, requirementRowHtml } from '../views/requirement-row-html.ts';
import { downloadCsv, sortableHeadings, sortedBy, type SortValue } from './requirements-common.ts';

declare global {
  interface Window {
    /** Set by the offline package's offline/requirements.js. */
    __YAODIAN_REQUIREMENTS__?: unknown;
  }
}

/** Rows drawn at a time: enough to read, few enough to draw at once. */
const STEP = 200;

const results = document.querySelector<HTMLElement>('.req-results');
const form = document.querySelector<HTMLElement>('.req-filters');
const count = document.querySelector<HTMLElement>('.req-count');
const table = results?.querySelector<HTMLTableElement>('.req-table');
const more = results?.querySelector<HTMLButtonElement>('.req-more');

interface Loaded {
  records: RequirementRecords;
  /** Each row's sentence written out, its own or the row above's. */
  sentences: string[];
  /** Each row's text as the text filter matches it, made on first use. */
  searchable?: string[];
}

/** A classic script that sets a global (the offline package: a page opened from disk may not fetch files). */
function classicScript(src: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve(window.__YAODIAN_REQUIREMENTS__));
    script.addEventListener('error', () => reject(new Error(`cannot load ${src}`)));
    document.head.append(script);
  });
}

if (results && form && count && table && more) {
  form.hidden = false;
  // The page says the filters search across documents only where they work.
  const said = document.querySelector<HTMLElement>('.req-split-filters');
  if (said) said.hidden = false;
  const base = results.dataset.base ?? '/';
  const source = results.dataset.records ?? '';
  const packaged = source.endsWith('.js');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
  const textInput = form.querySelector<HTMLInputElement>('[name="text"]');
  const items = [...document.querySelectorAll<HTMLElement>('.req-document-list [data-document]')];
  const itemGroups = [...document.querySelectorAll<HTMLElement>('[data-req-group]')];
  const allSaid = count.textContent ?? '';

  /** A path below the base as this page links it: with `index.html` spelt out in the offline package. */
  const href = (path: string) => {
    const [file = '', hash] = path.split('#');
    return `${base}${packaged ? indexFile(file) : file}${hash ? `#${hash}` : ''}`;
  };

  let loading: Promise<Loaded> | undefined;
  const load = () =>
    (loading ??= (async () => {
      const json = window.__YAODIAN_REQUIREMENTS__ ?? (packaged ? await classicScript(source) : await (await fetch(source)).json());
      const records = recordsFromJson(json);
      let sentence = '';
      const sentences = records.rows.map((r) => {
        if (!r.same) sentence = r.sentence;
        return sentence;
      });
      return { records, sentences };
    })());

  const handedOut = (records: RequirementRecords, r: RequirementRecord) =>
    records.site ? new URL(`${records.base}${r.clause}`, records.site).href : new URL(href(r.clause), location.href).href;

  const searchableOf = (loaded: Loaded) =>
    (loaded.searchable ??= loaded.records.rows.map((r, i) =>
      normalizeForSearch([r.before, r.match, r.after, r.authored ? ui.reqAuthored : '', loaded.sentences[i], r.kindLabel, r.valueLabel, r.whoLabel, r.target, r.place].join(''))));

  /** Each select's value as a test of one record: on the row (who, kind) or on its document (document, doc-kind, year, issuer). */
  const test = (records: RequirementRecords, name: string, value: string) => {
    switch (name) {
      case 'who':
        return (r: RequirementRecord) => (r.who || '-') === value;
      case 'kind':
        return (r: RequirementRecord) => r.kind === value;
      case 'document':
        return (r: RequirementRecord) => records.docs[r.doc]?.slug === value;
      case 'doc-kind':
        return (r: RequirementRecord) => records.docs[r.doc]?.kind === value;
      case 'year':
        return (r: RequirementRecord) => records.docs[r.doc]?.year === value;
      case 'issuer':
        return (r: RequirementRecord) => records.docs[r.doc]?.issuer === value;
      default:
        return () => true;
    }
  };

  let sort: { key: string; ascending: boolean } | null = null;
  let found: RequirementRecord[] = [];
  let listed = 0;
  let current: Loaded | undefined;
  /** Each apply() takes a number; an answer that arrives after a newer question is dropped. */
  let asked = 0;

  const sortKey = (key: string) => (r: RequirementRecord): SortValue =>
    key === 'value' ? (r.valueSort ?? Number.POSITIVE_INFINITY)
    : key === 'place' ? r.order
    : key === 'phrase' ? `${r.before}${r.match}${r.after}`
    : key === 'kind' ? r.kindLabel
    : key === 'who' ? r.whoLabel
    : key === 'target' ? r.target || ui.reqTargetNone
    : r.order;

  /** The rows found in the order shown: by document, and within each by the chosen column. */
  const ordered = (rows: RequirementRecord[]) => {
    if (!sort) return rows;
    const byDoc = new Map<number, RequirementRecord[]>();
    for (const r of rows) {
      const own = byDoc.get(r.doc);
      if (own) own.push(r);
      else byDoc.set(r.doc, [r]);
    }
    const { key, ascending } = sort;
    return [...byDoc.values()].flatMap((own) => sortedBy(own, sortKey(key), (r) => r.order, ascending));
  };

  /** Draws the first `listed` rows found, one row group per document, headed by its title. */
  const draw = () => {
    const records = current?.records;
    if (!records) return;
    const html: string[] = [];
    let doc = -1;
    for (const r of found.slice(0, listed)) {
      if (r.doc !== doc) {
        const d = records.docs[r.doc];
        if (doc !== -1) html.push('</tbody>');
        doc = r.doc;
        const attributes = d ? `data-document="${escapeHtml(d.slug)}" data-doc-kind="${escapeHtml(d.kind)}" data-year="${escapeHtml(d.year)}" data-issuer="${escapeHtml(d.issuer)}" data-doc-title="${escapeHtml(d.title)}"` : '';
        const head = d ? `<tr class="req-doc"><th colspan="6" scope="rowgroup"><a href="${escapeHtml(href(requirementsPath('/', d.slug).slice(1)))}">${escapeHtml(ui.bookTitle(d.title))}</a></th></tr>` : '';
        html.push(`<tbody ${attributes}>${head}`);
      }
      html.push(requirementRowHtml(r, { anchor: href(r.anchor), clause: href(r.clause), url: handedOut(records, r) }));
    }
    if (doc !== -1) html.push('</tbody>');
    for (const body of [...table.tBodies]) body.remove();
    table.insertAdjacentHTML('beforeend', html.join(''));
    const left = found.length - listed;
    more.hidden = left <= 0;
    more.textContent = ui.reqMore(Math.min(STEP, left), left);
    const total = records.rows.length;
    count.textContent = left > 0 ? ui.reqCountListed(listed, found.length, total) : found.length === 0 ? ui.reqNoMatch : ui.reqCount(found.length, total);
  };

  /** The documents listed below: those the rows found come from, or all when nothing is chosen. */
  const listDocuments = (slugs: Set<string> | null) => {
    for (const item of items) item.hidden = slugs !== null && !slugs.has(item.dataset.document ?? '');
    for (const group of itemGroups) group.hidden = !group.querySelector('[data-document]:not([hidden])');
  };

  const apply = async () => {
    const mine = ++asked;
    const chosen = selects.filter((s) => s.value);
    const text = normalizeForSearch(textInput?.value ?? '');
    if (chosen.length === 0 && !text) {
      results.hidden = true;
      results.removeAttribute('aria-busy');
      listDocuments(null);
      count.textContent = allSaid;
      return;
    }
    if (!current) {
      results.setAttribute('aria-busy', 'true');
      count.textContent = ui.reqLoading;
    }
    try {
      current = await load();
    } catch {
      loading = undefined; // try again on the next change
      if (mine === asked) {
        results.removeAttribute('aria-busy');
        results.hidden = true;
        count.textContent = ui.reqLoadFailed;
      }
      return;
    }
    if (mine !== asked) return;
    const { records } = current;
    const tests = chosen.map((s) => test(records, s.name, s.value));
    const searchable = text ? searchableOf(current) : [];
    const rows = records.rows.filter((r, i) => tests.every((t) => t(r)) && (!text || (searchable[i] ?? '').includes(text)));
    found = ordered(rows);
    listed = Math.min(STEP, found.length);
    results.hidden = found.length === 0;
    results.removeAttribute('aria-busy');
    draw();
    listDocuments(new Set(rows.map((r) => records.docs[r.doc]?.slug ?? '')));
  };

  form.addEventListener('input', () => void apply());
  // Fetch the records as soon as the reader reaches for a filter, not with the page.
  form.addEventListener('focusin', () => void load().catch(() => (loading = undefined)), { once: true });

  more.addEventListener('click', () => {
    listed = Math.min(found.length, listed + STEP);
    draw();
  });

  sortableHeadings(table, (key, ascending) => {
    sort = { key, ascending };
    found = ordered([...found].sort((a, b) => a.order - b.order));
    draw();
  });

  form.querySelector('.req-csv')?.addEventListener('click', async () => {
    try {
      current ??= await load();
    } catch {
      loading = undefined;
      count.textContent = ui.reqLoadFailed;
      return;
    }
    const { records, sentences } = current;
    const filtering = selects.some((s) => s.value) || normalizeForSearch(textInput?.value ?? '') !== '';
    const index = new Map(records.rows.map((r, i) => [r, i]));
    const rows = filtering ? found : records.rows;
    downloadCsv([[...ui.reqCsvColumns], ...rows.map((r) => requirementCsvRow(r, sentences[index.get(r) ?? -1] ?? '', records.docs[r.doc]?.title ?? '', handedOut(records, r)))]);
  });

  // A filter the browser restored (back to this page) applies at once.
  if (selects.some((s) => s.value) || textInput?.value) void apply();
}
