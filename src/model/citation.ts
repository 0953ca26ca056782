/**
 * Citations for a unit, as staff write them in a circular (通知): the title in
 * 《》 first, the document number (文号) after it when there is one, then the
 * place in the document. The word for each level follows what the unit is in
 * its own document (部分, 条, 项, 目); its number is written as the document
 * writes it.
 *
 *   part     1      → 《教育工委基层组织建设工作要点》第一部分
 *   clause   1-6    → 《教育工委基层组织建设工作要点》第一部分第（六）条
 *   item     1-6-2  → 《教育工委基层组织建设工作要点》第一部分第（六）条第二项
 *   `1.` directly under `一、` → 第一部分第1条      `（1）` under `（一）` → 第（一）条第（1）项
 *   article  6-2    → 《某某办法》第六条第（二）项    chapter zhang-1 → 第一章
 *
 * Staff also cite an enumerated item by its own opening words (citeByWords):
 *   item     1-6-2  → 《教育工委基层组织建设工作要点》第一部分第（六）条“二是认真执行发展党员各项制度”
 */
import { citationWithUrl, quotedText } from './citation-format.ts';
import { toChineseNumeral } from './numerals.ts';
import type { DocumentMeta, DocumentModel, MarkerStyle, Unit } from './types.ts';
import { findUnit } from './walk.ts';

/** A unit's number as its marker writes it: （六）, 1, （1）, 六. */
function numberAsWritten(style: MarkerStyle, n: number): string {
  switch (style) {
    case 'paren-cn':
      return `（${toChineseNumeral(n)}）`;
    case 'dot':
      return String(n);
    case 'paren-digit':
      return `（${n}）`;
    default:
      return toChineseNumeral(n);
  }
}

const WORDS: Record<Exclude<Unit['kind'], 'item'>, string> = {
  part: '部分',
  clause: '条',
  section: '项',
  subsection: '目',
  chapter: '章',
  'chapter-section': '节',
  article: '条',
};

/** The place of a unit within its parent: 第一部分, 第（六）条, 第1项, 第二项, 第六条. */
export function unitLocation(unit: Unit, parent?: Unit): string {
  const n = numberAsWritten(unit.style, unit.number);
  if (unit.kind !== 'item') return `第${n}${WORDS[unit.kind]}`;
  // An enumeration is a 项 of its clause or article, a 目 of a 项.
  return `第${n}${parent && (parent.kind === 'section' || parent.kind === 'subsection') ? '目' : '项'}`;
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

/** Where a unit sits, from the part down: 第一部分第（六）条第二项. Articles are cited without their chapter: 第六条. */
export function unitPlace(doc: DocumentModel, unit: Unit): string {
  const inChapter = unit.kind === 'chapter' || unit.kind === 'chapter-section';
  const chain = unitChain(doc, unit).filter((u) => inChapter || (u.kind !== 'chapter' && u.kind !== 'chapter-section'));
  return chain.map((u, i) => unitLocation(u, chain[i - 1])).join('');
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
  const parent = unit.parentId ? findUnit(doc, unit.parentId) : undefined;
  return `${citedTitle(doc.meta)}${parent ? unitPlace(doc, parent) : ''}“${itemOpening(unit.text)}”`;
}

export function citeUnit(doc: DocumentModel, unit: Unit, url: string): Citation {
  const plain = citePlain(doc, unit);
  const withUrl = citationWithUrl(plain, url);
  return { plain, withUrl, quoted: quotedText(unit.text, withUrl) };
}
