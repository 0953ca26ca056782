/**
 * Requirements as table rows: a view of the model with every label in the
 * reader's words and the links to the unit (anchor and clause page).
 */
import { unitPlace } from '../model/citation.ts';
import { canonicalUnitPath, unitPath } from '../model/ids.ts';
import type { Requirement } from '../model/requirements.ts';
import type { DocumentModel } from '../model/types.ts';
import { findUnit } from '../model/walk.ts';
import { sentenceAround } from '../model/sentences.ts';
import { documentFacets, type DocumentFacets } from '../model/document-facets.ts';
import { ui } from '../i18n/zh-CN.ts';

export interface RequirementRow {
  id: string;
  document: string;
  slug: string;
  unitId: string;
  /** 第一部分第（二）条 */
  place: string;
  kind: string;
  kindLabel: string;
  phrase: string;
  /** The whole sentence the phrase comes from: what the text filter matches, so 远程 finds 每次不少于2小时 too. */
  sentence: string;
  valueLabel: string;
  /** Sort key for the value: the amount, or +∞ when unquantified. */
  valueSort: number;
  who: string;
  whoLabel: string;
  quantified: boolean;
  authored: boolean;
  anchorUrl: string;
  clauseUrl: string;
  /** The document's kind, year and issuer, for lists of many documents. */
  facets: DocumentFacets;
}

/** The sentence of the unit's text that holds the phrase (the phrase itself if it cannot be found). */
function sentenceOf(unitText: string | undefined, phrase: string): string {
  const at = unitText?.indexOf(phrase) ?? -1;
  return unitText && at !== -1 ? sentenceAround(unitText, at, at + phrase.length).sentence : phrase;
}

export function valueLabel(r: Requirement): string {
  const v = r.value;
  if (!v) return ui.reqUnquantified(r.match);
  if (r.kind === 'coverage') return '全覆盖（100%）';
  if (r.kind === 'deadline' || r.kind === 'occasion') return v.unit;
  const amount = v.comparator === 'range' ? `${v.amount}–${v.max}` : `${v.amount ?? ''}`;
  const sign = v.comparator === '≥' ? '≥ ' : v.comparator === '≤' ? '≤ ' : '';
  const unit = v.unit === '%' ? '%' : ` ${v.unit}`;
  return `${v.per ? `每${v.per} ` : ''}${sign}${amount}${unit}`;
}

/** Rows per document and base, made once: every clause page shows its own few of them. */
const rowsMade = new WeakMap<DocumentModel, Map<string, readonly RequirementRow[]>>();

export function requirementRows(doc: DocumentModel, base: string): readonly RequirementRow[] {
  const byBase = rowsMade.get(doc) ?? new Map<string, readonly RequirementRow[]>();
  rowsMade.set(doc, byBase);
  const made = byBase.get(base) ?? makeRows(doc, base);
  byBase.set(base, made);
  return made;
}

function makeRows(doc: DocumentModel, base: string): RequirementRow[] {
  const facets = documentFacets(doc.meta);
  return doc.requirements.map((r) => {
    const unit = findUnit(doc, r.unitId);
    return {
      id: `${doc.meta.slug}#${r.id}`,
      document: doc.meta.title,
      slug: doc.meta.slug,
      unitId: r.unitId,
      place: unit ? unitPlace(doc, unit) : r.unitId,
      kind: r.kind,
      kindLabel: ui.requirementKinds[r.kind] ?? r.kind,
      phrase: r.phrase,
      sentence: sentenceOf(unit?.text, r.phrase),
      valueLabel: valueLabel(r),
      valueSort: r.value?.amount ?? Number.POSITIVE_INFINITY,
      who: r.who ?? '',
      whoLabel: r.who ? (r.whoFrom === 'context' ? `${r.who}（${ui.reqWhoContext}）` : r.who) : ui.reqWhoUnknown,
      quantified: r.quantified,
      authored: r.source === 'author',
      anchorUrl: unitPath(base, doc.meta.slug, r.unitId),
      clauseUrl: canonicalUnitPath(base, doc.meta.slug, r.unitId),
      facets,
    };
  });
}
