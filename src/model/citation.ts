/**
 * Citations for a unit, as staff write them in a circular (通知): the title in
 * 《》 first, the document number (文号) after it when there is one, then the
 * place in the document, with numbers in official full-width form.
 *
 *   part     1      → 《教育工委基层组织建设工作要点》第一部分
 *   clause   1-6    → 《教育工委基层组织建设工作要点》第一部分第（六）条
 *   item     1-6-2  → 《教育工委基层组织建设工作要点》第一部分第（六）条第二项
 *   section  1-6-1  → …第（六）条第1项      subsection 1-6-1-2 → …第（六）条第1项第（2）目
 *
 * Staff also cite an enumerated item by its own opening words (citeByWords):
 *   item     1-6-2  → 《教育工委基层组织建设工作要点》第一部分第（六）条“二是认真执行发展党员各项制度”
 */
import { citationWithUrl, quotedText } from './citation-format.ts';
import { toChineseNumeral } from './numerals.ts';
import type { DocumentMeta, DocumentModel, Unit } from './types.ts';
import { findUnit } from './walk.ts';

/** The place of a unit within its document: 第一部分第（六）条第二项. */
export function unitLocation(unit: Unit): string {
  const n = unit.ordinal;
  switch (unit.kind) {
    case 'part':
      return `第${toChineseNumeral(n)}部分`;
    case 'clause':
      return `第（${toChineseNumeral(n)}）条`;
    case 'section':
      return `第${n}项`;
    case 'subsection':
      return `第（${n}）目`;
    case 'item':
      return `第${toChineseNumeral(n)}项`;
  }
}

/** The document as cited: 《title》, with its 文号 in brackets when known. */
export function citedTitle(meta: Pick<DocumentMeta, 'title' | 'docNumber'>): string {
  return `《${meta.title}》${meta.docNumber ? `（${meta.docNumber}）` : ''}`;
}

/** The unit and its ancestors, outermost first. */
export function unitChain(doc: DocumentModel, unit: Unit): Unit[] {
  const chain = [unit];
  for (let u = unit; u.parentId; ) {
    const parent = findUnit(doc, u.parentId);
    if (!parent) break;
    chain.unshift(parent);
    u = parent;
  }
  return chain;
}

export interface Citation {
  /** 《…》第一部分第（六）条 */
  plain: string;
  /** The plain citation followed by the link: 《…》第一部分第（六）条（https://…/1-6/） */
  withUrl: string;
  /** The unit's exact text, then where it comes from: ready to paste into a circular. */
  quoted: string;
}

/** Where a unit sits, from the part down: 第一部分第（六）条第二项. */
export function unitPlace(doc: DocumentModel, unit: Unit): string {
  return unitChain(doc, unit).map(unitLocation).join('');
}

/** The citation without a link: 《…》第一部分第（六）条. */
export function citePlain(doc: DocumentModel, unit: Unit): string {
  return citedTitle(doc.meta) + unitPlace(doc, unit);
}

/**
 * An item's own opening words, as quoted in a citation: its text up to the first mark that
 * ends a clause of the sentence (，。；：！？ and their ASCII forms). The enumeration comma 、
 * and quotation marks do not end it: they sit inside a phrase. Double quotes inside become
 * single ones, since the opening is itself quoted.
 *
 *   itemOpening('二是认真执行发展党员各项制度。按照……') → '二是认真执行发展党员各项制度'
 *   itemOpening('一是开展“两学一做”学习教育，……')     → '一是开展‘两学一做’学习教育'
 */
export function itemOpening(text: string): string {
  const cut = text.search(/[，。；：！？,.;:!?\n]/);
  const opening = cut === -1 ? text : text.slice(0, cut);
  return opening.replaceAll('“', '‘').replaceAll('”', '’');
}

/**
 * An enumerated item cited by its opening words in place of 第N项: 《…》第一部分第（六）条“二是……”.
 * Null for every other kind of unit, which staff cite by number only.
 */
export function citeByWords(doc: DocumentModel, unit: Unit): string | null {
  if (unit.kind !== 'item') return null;
  const ancestors = unitChain(doc, unit).slice(0, -1);
  return `${citedTitle(doc.meta)}${ancestors.map(unitLocation).join('')}“${itemOpening(unit.text)}”`;
}

export function citeUnit(doc: DocumentModel, unit: Unit, url: string): Citation {
  const plain = citePlain(doc, unit);
  const withUrl = citationWithUrl(plain, url);
  return { plain, withUrl, quoted: quotedText(unit.text, withUrl) };
}
