/**
 * Enumerations inside a paragraph (段内列举): `一是…二是…`, `一要…二要…`,
 * `第一，…第二，…`. Each item becomes a unit below the unit whose text holds
 * it; a second list in the same unit continues the sequence of IDs.
 *
 *   (一)抓好学习。一是学党章、二是学讲话；三是做合格党员。
 *   → items 1-1-1 一是 “学党章”, 1-1-2 二是 “学讲话”, 1-1-3 三是 “做合格党员”
 *   坚持一是一，二是二。  → no items: the idiom, and a list never starts at 二是
 *
 * A list only starts at 一. Its later items follow a boundary (line start, or
 * `。；：，、！？`); its first may follow the subject directly (`各学校一要…；
 * 二要…`) when its 二 follows, so `统一是关键` stays text. `一要` and `第一，`
 * lists always need their 二.
 */
import { CHINESE_NUMERAL_CHARS as CN, parseChineseNumeral, toChineseNumeral } from '../model/numerals.ts';

export type EnumerationForm = '是' | '要' | '第';

export interface Candidate {
  /** Offset of the marker in the text. */
  index: number;
  /** Whether it follows a boundary (or starts the text). */
  atBoundary: boolean;
  marker: string;
  number: number;
  form: EnumerationForm;
}

const MARKER = new RegExp(`(?:第([${CN}]+)[，,]|([${CN}]+)(是|要))`, 'gu');
const BOUNDARY = /[。；;：:，,、！？!?\s]/u;
const BOUNDARY_OR_END = /^(?:$|[。；;：:，,、！？!?\s])/u;
/** Characters that make a word with a following 一 (统一, 唯一, 逐一…): never a list's start. */
const WORD_BEFORE_ONE = /[统唯万之其同专划逐单归合这]/u;

/** Every place in `text` an enumeration marker could start (idioms like 一是一，二是二 left out). */
export function candidates(text: string): Candidate[] {
  return [...text.matchAll(MARKER)].flatMap((m) => {
    const digits = m[1] ?? m[2];
    const number = parseChineseNumeral(digits);
    if (number === null) return [];
    const form: EnumerationForm = m[1] ? '第' : (m[3] as EnumerationForm);
    const before = text[m.index - 1];
    const atBoundary = before === undefined || BOUNDARY.test(before);
    if (!atBoundary && (form === '第' || WORD_BEFORE_ONE.test(before))) return [];
    const after = text.slice(m.index + m[0].length);
    // 一是一，二是二 (“one is one”): the marker's own numeral again, then a boundary.
    if (form !== '第' && after.startsWith(digits) && BOUNDARY_OR_END.test(after.slice(digits.length))) return [];
    return [{ index: m.index, atBoundary, marker: m[0], number, form }];
  });
}

/** Whether the list a candidate would start is real: 一是 after a boundary may stand alone; others need their 二. */
export function startsList(all: readonly Candidate[], at: number): boolean {
  const c = all[at];
  if (c.number !== 1) return false;
  return (c.form === '是' && c.atBoundary) || all.slice(at + 1).some((o) => o.form === c.form && o.number === 2 && o.atBoundary);
}

/** Where a list starts in a line of text, or -1: used to end a heading before its first item. */
export function listStart(text: string, from: number): number {
  const all = candidates(text);
  const i = all.findIndex((c, k) => c.index >= from && startsList(all, k));
  return i === -1 ? -1 : all[i].index;
}

/** How an item's number is written, for messages: (3, '要') → 三要. */
export function writtenItem(n: number, form: EnumerationForm): string {
  return form === '第' ? `第${toChineseNumeral(n)}，` : `${toChineseNumeral(n)}${form}`;
}
