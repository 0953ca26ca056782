/**
 * Requirements as table rows: a view of the model with every label in the
 * reader's words and the links to the unit (anchor and clause page).
 */
import { unitPlace } from '../model/citation.ts';
import { canonicalUnitPath, unitPath } from '../model/ids.ts';
import type { Requirement } from '../model/requirements.ts';
import type { DocumentModel } from '../model/types.ts';
import { findUnit } from '../model/walk.ts';
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
  valueLabel: string;
  /** Sort key for the value: the amount, or +∞ when unquantified. */
  valueSort: number;
  who: string;
  whoLabel: string;
  quantified: boolean;
  authored: boolean;
  anchorUrl: string;
  clauseUrl: string;
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
      valueLabel: valueLabel(r),
      valueSort: r.value?.amount ?? Number.POSITIVE_INFINITY,
      who: r.who ?? '',
      whoLabel: r.who ? (r.whoFrom === 'context' ? `${r.who}（${ui.reqWhoContext}）` : r.who) : ui.reqWhoUnknown,
      quantified: r.quantified,
      authored: r.source === 'author',
      anchorUrl: unitPath(base, doc.meta.slug, r.unitId),
      clauseUrl: canonicalUnitPath(base, doc.meta.slug, r.unitId, doc.pageLevel),
    };
  });
}
