/**
 * Enumerations inside a paragraph (段内列举): `一是…二是…`, `一要…二要…`,
 * `第一，…第二，…`. Each item becomes a unit below the unit whose text holds
 * it; a second list in the same unit continues the sequence of IDs.
 *
 *   (一)抓好学习。一是学党章、二是学讲话；三是做合格党员。
 *   → items 1-1-1 一是 “学党章”, 1-1-2 二是 “学讲话”, 1-1-3 三是 “做合格党员”
 *   坚持一是一，二是二。  → no items: the idiom, and a list never starts at 二是
 *
 * A marker counts only after a boundary (line start, or `。；：，、！？`), and
 * a list only starts at 一; `一要` and `第一，` lists need their 二 too.
 */
import { CHINESE_NUMERAL_CHARS as CN, parseChineseNumeral, toChineseNumeral } from '../model/numerals.ts';

export type EnumerationForm = '是' | '要' | '第';

export interface Candidate {
  /** Offset of the marker in the text. */
  index: number;
  marker: string;
  number: number;
  form: EnumerationForm;
}

const MARKER = new RegExp(`(?<=^|[。；;：:，,、！？!?\\s])(?:第([${CN}]+)[，,]|([${CN}]+)(是|要))`, 'gu');
const BOUNDARY_OR_END = /^(?:$|[。；;：:，,、！？!?\s])/u;

/** Every place in `text` an enumeration marker could start (idioms like 一是一，二是二 left out). */
export function candidates(text: string): Candidate[] {
  return [...text.matchAll(MARKER)].flatMap((m) => {
    const digits = m[1] ?? m[2];
    const number = parseChineseNumeral(digits);
    if (number === null) return [];
    const form: EnumerationForm = m[1] ? '第' : (m[3] as EnumerationForm);
    const after = text.slice(m.index + m[0].length);
    // 一是一，二是二 (“one is one”): the marker's own numeral again, then a boundary.
    if (form !== '第' && after.startsWith(digits) && BOUNDARY_OR_END.test(after.slice(digits.length))) return [];
    return [{ index: m.index, marker: m[0], number, form }];
  });
}

/** Whether the list a candidate would start is real: 一是 may stand alone, 一要 and 第一， need their 二. */
export function startsList(all: readonly Candidate[], at: number): boolean {
  const c = all[at];
  if (c.number !== 1) return false;
  return c.form === '是' || all.slice(at + 1).some((o) => o.form === c.form && o.number === 2);
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
