/**
 * The order of filter values as a reader expects them: parts by their number
 * as written (一、 before 二、 before 十、; 第二章 before 第十章), anything
 * without a leading number after them, by pinyin order.
 *
 *   ['二、突出依法治教', '一、突出政治要求'].sort(byDocumentOrder) → ['一、…', '二、…']
 */
import { parseChineseNumeral } from '../model/numerals.ts';

const LEADING = /^(?:第)?([一二三四五六七八九十]+|\d+)/u;

/** The number a value starts with (`十二、` → 12, `第三章` → 3, `2.` → 2); +∞ when none. */
export function leadingNumber(value: string): number {
  const m = LEADING.exec(value.trim());
  if (!m?.[1]) return Number.POSITIVE_INFINITY;
  return /^\d/.test(m[1]) ? Number(m[1]) : (parseChineseNumeral(m[1]) ?? Number.POSITIVE_INFINITY);
}

export function byDocumentOrder(a: string, b: string): number {
  return leadingNumber(a) - leadingNumber(b) || a.localeCompare(b, 'zh-CN');
}
