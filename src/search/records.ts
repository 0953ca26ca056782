/**
 * The search records: a view of the model, one per clause, one per unit below a
 * clause (一是/二是 items, 1. sections…), so a match inside an item can open that
 * item, and one per term.
 * Records carry the exact text (for excerpts) and what search matches on:
 * the normalised text, the terms present with their spellings, and their
 * pinyin keys.
 */
import { citePlain, unitChain } from '../model/citation.ts';
import type { Glossary } from '../model/glossary.ts';
import { canonicalUnitPath, clauseIdOf, clausePath, isWithin, sitePagePath, termPath, unitPath } from '../model/ids.ts';
import { valueLabel } from '../views/requirement-rows.ts';
import { ui } from '../i18n/zh-CN.ts';
import type { DocumentModel, Unit } from '../model/types.ts';
import { clausesOf, findUnit, unitsOf } from '../model/walk.ts';
import { pinyinKeys } from './pinyin.ts';

export type RecordKind = 'clause' | 'requirement' | 'term';

export interface SearchRecord {
  /** Stable key: `<slug>#<clause id>` or `term:<slug>`. */
  key: string;
  kind: RecordKind;
  /** Where the result goes, with the site's base. */
  url: string;
  /** The same, relative to the site's base: what the browser joins to the base it runs under. */
  path: string;
  /**
   * What Pagefind keys the record by: it keeps one record per URL, and a unit's
   * requirements open the same place as the unit, so theirs point at the
   * requirements page instead. Results link by `path`, never by this.
   */
  indexUrl: string;
  /** (六)抓好党员教育和管理工作 · 三重一大 */
  title: string;
  /** The document's title (for terms: 提法词表). */
  document: string;
  /** 第一部分 — for the part filter; empty for terms. */
  part: string;
  /** The clause ID for clauses, their sub-units and requirements (`1-6`); the slug for terms. */
  ref: string;
  /** The unit the result opens (`1-6-3` for an item, `1-6` for a clause); empty for terms. */
  unit: string;
  /** The plain citation, for clauses. */
  citation: string;
  /** The exact text shown in excerpts. */
  text: string;
  /** Spellings of the terms the record holds (names and aliases). */
  keywords: string[];
  /** Pinyin keys of those terms. */
  pinyin: string[];
}

function termsIn(doc: DocumentModel, unit: Unit, glossary: Glossary) {
  const slugs = new Set(doc.terms.filter((o) => isWithin(o.unitId, unit.id)).map((o) => o.slug));
  return [...slugs].flatMap((slug) => glossary.bySlug.get(slug) ?? []);
}

/** Every unit below a clause (items, sections, subsections), in text order. */
function subUnitsOf(doc: DocumentModel): Unit[] {
  return clausesOf(doc).flatMap((clause) => [...unitsOf([clause])].slice(1));
}

export function searchRecords(documents: readonly DocumentModel[], glossary: Glossary, base: string, glossaryTitle: string): SearchRecord[] {
  const withPath = (r: Omit<SearchRecord, 'path' | 'indexUrl'>, indexUrl = r.url): SearchRecord => ({ ...r, path: r.url.slice(base.length), indexUrl });
  // Clauses and the units below them are both 条文: a sub-unit's record holds its own
  // text only, so the ranking can tell an answer inside an item from one spread over its clause.
  const clauses = documents.flatMap((doc) =>
    [...clausesOf(doc), ...subUnitsOf(doc)].map((unit) => {
      const terms = termsIn(doc, unit, glossary);
      const clause = clauseIdOf(unit.id, doc.pageLevel) ?? unit.id;
      const top = unitChain(doc, unit)[0];
      const part = top && top.id !== clause ? top : undefined;
      return withPath({
        key: `${doc.meta.slug}#${unit.id}`,
        kind: 'clause',
        url: canonicalUnitPath(base, doc.meta.slug, unit.id, doc.pageLevel),
        title: `${unit.marker}${unit.title}`,
        document: doc.meta.title,
        part: part ? `${part.marker}${part.title}` : '',
        ref: clause,
        unit: unit.id,
        citation: citePlain(doc, unit),
        text: unit.text,
        keywords: terms.flatMap((t) => [t.term, ...t.aliases]),
        pinyin: terms.flatMap((t) => pinyinKeys(t.term)),
      });
    }),
  );
  // One record per unit with requirements: Pagefind keeps one record per URL, and a unit's
  // requirements share its anchor (clause page + #unit).
  const requirements = documents.flatMap((doc) =>
    [...new Set(doc.requirements.map((r) => r.unitId))].map((unitId) => {
      const own = doc.requirements.filter((r) => r.unitId === unitId);
      const unit = findUnit(doc, unitId);
      const clause = clauseIdOf(unitId, doc.pageLevel);
      const top = unit ? unitChain(doc, unit)[0] : undefined;
      const part = top && top.id !== clause ? top : undefined;
      const summary = own.map((r) => `${ui.requirementKinds[r.kind] ?? r.kind}：${valueLabel(r)}`).join('，');
      const phrases = [...new Set(own.map((r) => r.phrase))].join('；');
      return withPath({
        key: `${doc.meta.slug}#req-${unitId}`,
        kind: 'requirement',
        // The clause page with the unit's anchor (even the clause's own), so each unit's record has its own URL.
        url: clause ? `${clausePath(base, doc.meta.slug, clause)}#${unitId}` : unitPath(base, doc.meta.slug, unitId),
        title: phrases,
        document: doc.meta.title,
        part: part ? `${part.marker}${part.title}` : '',
        ref: clause ?? unitId,
        unit: unitId,
        citation: `${unit ? citePlain(doc, unit) : unitId} · ${summary}`,
        text: phrases,
        keywords: [],
        pinyin: [],
      }, `${sitePagePath(base, 'requirements')}#${doc.meta.slug}:${unitId}`);
    }),
  );
  const terms = glossary.terms.map((t) =>
    withPath({
      key: `term:${t.slug}`,
      kind: 'term',
      url: termPath(base, t.slug),
      title: t.term,
      document: glossaryTitle,
      part: '',
      ref: t.slug,
      unit: '',
      citation: '',
      text: [t.definition ?? '', ...(t.expansion ?? [])].join(' '),
      keywords: [t.term, ...t.aliases],
      pinyin: pinyinKeys(t.term),
    }),
  );
  return [...clauses, ...requirements, ...terms];
}
