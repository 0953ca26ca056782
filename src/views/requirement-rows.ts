/**
 * Requirements as table rows: a view of the model with every label in the
 * reader's words and the links to the unit (anchor and clause page).
 */
import { unitPlace } from '../model/citation.ts';
import { canonicalUnitPath, unitPath } from '../model/ids.ts';
import type { DocumentModel } from '../model/types.ts';
import { findUnit } from '../model/walk.ts';
import { sentenceAround } from '../model/sentences.ts';
import { documentFacets, type DocumentFacets } from '../model/document-facets.ts';
import { ui } from '../i18n/zh-CN.ts';
import { valueLabel } from './requirement-words.ts';

export { valueLabel };

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
  /** The phrase split around the exact words the value was read from, to show them marked. */
  phraseParts: { before: string; match: string; after: string };
  match: string;
  /** The whole sentence the phrase comes from: what the text filter matches, so 远程 finds 每次不少于2小时 too. */
  sentence: string;
  valueLabel: string;
  /** What the figure counts, when the text says (党务干部培训班); '' otherwise. */
  counts: string;
  /** Sort key for the value: the amount, or +∞ when unquantified. */
  valueSort: number;
  who: string;
  /** 责任主体 in words: the name, 承上文 when carried over, or 原文未明确. */
  whoLabel: string;
  /** 对象: who it is for, or '' when the text does not say. */
  target: string;
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
      phraseParts: splitAround(r.phrase, r.match),
      match: r.match,
      sentence: sentenceOf(unit?.text, r.phrase),
      valueLabel: valueLabel(r),
      counts: r.value?.counts ?? '',
      valueSort: r.value?.amount ?? Number.POSITIVE_INFINITY,
      who: r.who ?? '',
      whoLabel: r.who ? (r.whoFrom === 'context' ? `${r.who}${ui.parens(ui.reqWhoContext)}` : r.who) : ui.reqWhoUnknown,
      target: r.target ?? '',
      quantified: r.quantified,
      authored: r.source === 'author',
      anchorUrl: unitPath(base, doc.meta.slug, r.unitId),
      clauseUrl: canonicalUnitPath(base, doc.meta.slug, r.unitId, doc.pageLevel),
      facets,
    };
  });
}

/** The phrase around its match; the whole phrase as `before` if the match is not in it. */
function splitAround(phrase: string, match: string): RequirementRow['phraseParts'] {
  const at = phrase.indexOf(match);
  if (at < 0 || !match) return { before: phrase, match: '', after: '' };
  return { before: phrase.slice(0, at), match, after: phrase.slice(at + match.length) };
}
