/**
 * One requirement row as data (built by requirement-records.ts), and the file
 * of them read back in the browser. Types and a reader only: the browser's
 * script imports this without the model.
 */
import type { DocumentFacets } from '../model/document-facets.ts';
import { canonicalUnitPath, unitPath, type DocSlug, type PageLevel, type UnitId } from '../model/ids.ts';

export interface RequirementRecord {
  /** The document: its index in RequirementRecords.docs. */
  doc: number;
  /** Text order across the corpus: what sorting by 出处 restores. */
  order: number;
  /** The unit the requirement is read from: `1-6-2`. */
  unit: string;
  /** 第一部分第（二）条 */
  place: string;
  /** The unit on the whole document, and its clause page (with the unit's anchor), below the base: `slug/#1-6-2`, `slug/1-6/#1-6-2`. */
  anchor: string;
  clause: string;
  kind: string;
  kindLabel: string;
  /** The phrase around the exact words the value was read from. */
  before: string;
  match: string;
  after: string;
  authored: boolean;
  /** The sentence the phrase comes from, as written on this row; '' when the phrase is the whole sentence or `same` says it is the one above. */
  sentence: string;
  /** The same sentence as the row above (in text order) wrote out: only its first row carries it. */
  same: boolean;
  valueLabel: string;
  /** The amount to sort by; null when the text gives none. */
  valueSort: number | null;
  quantified: boolean;
  /** 责任主体 as a filter value ('' when the text does not say), and in words. */
  who: string;
  whoLabel: string;
  /** 对象, or '' when the text does not say. */
  target: string;
}

export interface RequirementDocument extends DocumentFacets {
  slug: DocSlug;
  title: string;
  /** Which units have pages of their own (DocumentModel.pageLevel): what turns a unit ID into its clause page. */
  pageLevel: PageLevel;
  /** How many requirements it has. */
  count: number;
}

export interface RequirementRecords {
  /** The base the record paths lie below, and the public site (SITE_URL) when the build knew it. */
  base: string;
  site: string | null;
  docs: RequirementDocument[];
  rows: RequirementRecord[];
}

/**
 * What search/requirements.json holds, kept small since a reader waits for it
 * on a first filter (100 documents: 1.2 MB instead of 2.2 MB as plain
 * records): the rows as arrays of their fields in the order `columns` names
 * (keys written once, not 8,000 times); the words many rows repeat (出处,
 * 类型, 数值, 责任主体, 对象) once in `strings`, the rows holding their
 * index; booleans as 1 and 0; a unit ID instead of its two links, which its
 * document's slug and page level give back (ids.ts, as the build made them);
 * `order` is a row's index and `kindLabel` comes from `kinds`.
 */
interface RecordsFile {
  base: string;
  site: string | null;
  docs: RequirementDocument[];
  kinds: Record<string, string>;
  strings: string[];
  columns: string[];
  rows: unknown[][];
}

type Written = Exclude<keyof RequirementRecord, 'order' | 'kindLabel' | 'anchor' | 'clause'>;
const COLUMNS: readonly Written[] = ['doc', 'unit', 'place', 'kind', 'before', 'match', 'after', 'authored', 'sentence', 'same', 'valueLabel', 'valueSort', 'quantified', 'who', 'whoLabel', 'target'];
const SHARED: ReadonlySet<Written> = new Set(['place', 'kind', 'valueLabel', 'who', 'whoLabel', 'target']);

export function recordsToJson(records: RequirementRecords): string {
  const kinds = Object.fromEntries(records.rows.map((r) => [r.kind, r.kindLabel]));
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (value: string) => {
    let at = index.get(value);
    if (at === undefined) {
      at = strings.push(value) - 1;
      index.set(value, at);
    }
    return at;
  };
  const rows = records.rows.map((r) => COLUMNS.map((c) => (SHARED.has(c) ? shared(String(r[c])) : typeof r[c] === 'boolean' ? Number(r[c]) : r[c])));
  const file: RecordsFile = { base: records.base, site: records.site, docs: records.docs, kinds, strings, columns: [...COLUMNS], rows };
  return JSON.stringify(file);
}

/** search/requirements.json as recordsToJson wrote it, back as records. */
export function recordsFromJson(json: unknown): RequirementRecords {
  const file = json as Partial<RecordsFile>;
  const columns = file.columns ?? [];
  const kinds = file.kinds ?? {};
  const strings = file.strings ?? [];
  const docs = file.docs ?? [];
  const rows = (file.rows ?? []).map((values, order) => {
    const r: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      r[c] = SHARED.has(c as Written) ? strings[values[i] as number] : values[i];
    });
    const text = (key: string) => (typeof r[key] === 'string' ? (r[key] as string) : '');
    const doc = docs[Number(r.doc ?? 0)];
    const unit = text('unit') as UnitId;
    const slug = doc?.slug ?? ('' as DocSlug);
    return {
      doc: Number(r.doc ?? 0),
      order,
      unit,
      place: text('place'),
      anchor: unitPath('/', slug, unit).slice(1),
      clause: canonicalUnitPath('/', slug, unit, doc?.pageLevel ?? 2).slice(1),
      kind: text('kind'),
      kindLabel: kinds[text('kind')] ?? text('kind'),
      before: text('before'),
      match: text('match'),
      after: text('after'),
      authored: Boolean(r.authored),
      sentence: text('sentence'),
      same: Boolean(r.same),
      valueLabel: text('valueLabel'),
      valueSort: typeof r.valueSort === 'number' ? r.valueSort : null,
      quantified: Boolean(r.quantified),
      who: text('who'),
      whoLabel: text('whoLabel'),
      target: text('target'),
    } satisfies RequirementRecord;
  });
  return { base: file.base ?? '/', site: file.site ?? null, docs, rows };
}
