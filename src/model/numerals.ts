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

const COUNTS: Record<string, number> = { ...DIGITS, 两: 2, 双: 2, 十: 10 };

/**
 * How many things a counting term's name says it holds: the sum of its
 * numerals, Chinese by value and ASCII digits one by one.
 *
 *   numeralSum('三严三实') → 6    numeralSum('四好两优') → 6    numeralSum('双培养') → 2
 *   numeralSum('12345工程') → 15  numeralSum('查、摆、议') → 0 (not a counting term)
 */
export function numeralSum(name: string): number {
  let sum = 0;
  for (const ch of name) sum += COUNTS[ch] ?? (ch >= '0' && ch <= '9' ? Number(ch) : 0);
  return sum;
}
