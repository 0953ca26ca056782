/**
 * The requirements of the whole corpus as records: what one row of the
 * requirements table shows, with its links as paths below the site's base, so
 * the same record draws a row in the built page and, on /requirements/ of many
 * documents, in the browser (search/requirements.json, requirement-row-html.ts).
 *
 * How the rows are laid out: up to ONE_PAGE_MAX_ROWS requirements in all,
 * /requirements/ is one table of every row; above it, every row on one page
 * cost a reader tens of seconds (7.5 MB of HTML, an 8,700-row table to lay
 * out; measured by `node tests/bench/scale.ts`), so /requirements/ lists the
 * documents and filters across them from the records, and each document's rows
 * are on /requirements/<slug>/. Those pages exist whenever there is more than
 * one document, whatever the count, so a link to one never depends on how many
 * documents there are now.
 */
import { baseDir } from '../model/ids.ts';
import type { DocumentModel } from '../model/types.ts';
import { documentFacets } from '../model/document-facets.ts';
import { facetOptions, facetValues } from './facet-options.ts';
import { ui } from '../i18n/zh-CN.ts';
import { requirementRows } from './requirement-rows.ts';
import type { RequirementDocument, RequirementRecord, RequirementRecords } from './requirement-record.ts';

export type { RequirementDocument, RequirementRecord, RequirementRecords };
export { recordsToJson } from './requirement-record.ts';

/** Above this many requirements in all, /requirements/ stops being one table (see above). */
export const ONE_PAGE_MAX_ROWS = 500;

const made = new WeakMap<readonly DocumentModel[], Map<string, RequirementRecords>>();

/** The records of every document, in the corpus's order; made once per corpus, base and site. */
export function requirementRecords(documents: readonly DocumentModel[], base: string, site: URL | undefined): RequirementRecords {
  const bySetting = made.get(documents) ?? new Map<string, RequirementRecords>();
  made.set(documents, bySetting);
  const key = `${base} ${site?.href ?? ''}`;
  const known = bySetting.get(key);
  if (known) return known;
  const below = (path: string) => (path.startsWith(baseDir(base)) ? path.slice(baseDir(base).length) : path);
  let order = 0;
  const rows: RequirementRecord[] = [];
  const docs = documents.map((doc, index): RequirementDocument => {
    const own = requirementRows(doc, base);
    own.forEach((r, i) => {
      const previous = own[i - 1];
      // A sentence with several requirements is written out on its first row only.
      const same = previous !== undefined && previous.sentence === r.sentence && previous.unitId === r.unitId && r.sentence !== r.phrase && previous.sentence !== previous.phrase;
      rows.push({
        doc: index,
        order: order++,
        unit: r.unitId,
        place: r.place,
        anchor: below(r.anchorUrl),
        clause: below(r.clauseUrl),
        kind: r.kind,
        kindLabel: r.kindLabel,
        before: r.phraseParts.before,
        match: r.phraseParts.match,
        after: r.phraseParts.after,
        authored: r.authored,
        sentence: r.sentence !== r.phrase && !same ? r.sentence : '',
        same,
        valueLabel: r.valueLabel,
        valueSort: Number.isFinite(r.valueSort) ? r.valueSort : null,
        quantified: r.quantified,
        who: r.who,
        whoLabel: r.whoLabel,
        target: r.target,
      });
    });
    return { slug: doc.meta.slug, title: doc.meta.title, pageLevel: doc.pageLevel, ...documentFacets(doc.meta), count: own.length };
  });
  const records: RequirementRecords = { base: baseDir(base), site: site?.href ?? null, docs, rows };
  bySetting.set(key, records);
  return records;
}

/** Whether /requirements/ holds every row itself, or lists the documents (see above). */
export function requirementsOnOnePage(records: RequirementRecords): boolean {
  return records.rows.length <= ONE_PAGE_MAX_ROWS;
}

/** Whether each document's requirements have a page of their own: when there is more than one document. */
export function hasDocumentRequirementPages(records: RequirementRecords): boolean {
  return records.docs.length > 1;
}

export interface FilterOptions {
  whos: string[];
  kinds: Array<[string, string]>;
  /** The document facets that tell the documents apart (one value for all is no filter). */
  facets: Array<{ name: string; label: string; values: string[] }>;
  docKinds: string[];
}

/** What the filters offer for these rows of these documents: who, kind, and the kind of document, year and issuer. */
export function filterOptions(docs: readonly RequirementDocument[], rows: readonly RequirementRecord[]): FilterOptions {
  const whos = [...new Set(rows.map((r) => r.who).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const kinds = Object.entries(ui.requirementKinds).filter(([k]) => rows.some((r) => r.kind === k));
  // The requirements filters name the facets as their rows' data attributes (data-doc-kind).
  const names = { kind: 'doc-kind', year: 'year', issuer: 'issuer' } as const;
  const facets = facetOptions(docs).map(({ facet, label, values }) => ({ name: names[facet], label, values }));
  return { whos, kinds, facets, docKinds: facetValues(docs, 'kind') };
}
