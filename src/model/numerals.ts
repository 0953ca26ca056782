/**
 * Chinese numerals as official documents number with them (一 … 九十九).
 *
 *   parseChineseNumeral('六')   → 6
 *   parseChineseNumeral('十二') → 12
 *   parseChineseNumeral('二十') → 20
 *   parseChineseNumeral('零')   → null (not a document number)
 */
const DIGITS: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** The characters a document number is written with; for building regexes. */
export const CHINESE_NUMERAL_CHARS = '一二三四五六七八九十';

export function parseChineseNumeral(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === '') return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGITS[tens] : null;
  return (tens ? DIGITS[tens] : 1) * 10 + (ones ? DIGITS[ones] : 0);
}

/** The inverse, for messages that name the number expected: 6 → 六. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no numeral for ${n}`);
  const names = ' 一二三四五六七八九';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return names[ones];
  return (tens > 1 ? names[tens] : '') + '十' + (ones ? names[ones] : '');
}
