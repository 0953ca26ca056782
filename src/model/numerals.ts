/**
 * Numbers as official documents write them: Chinese numerals (一 … 九百九十九)
 * and Arabic digits in either width (1, １).
 *
 *   parseChineseNumeral('六')       → 6
 *   parseChineseNumeral('二十')     → 20
 *   parseChineseNumeral('一百零一') → 101
 *   parseChineseNumeral('零')       → null (not a document number)
 *   parseDigits('１２')             → 12
 */
const DIGITS: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** The characters a document number is written with; for building regexes. */
export const CHINESE_NUMERAL_CHARS = '一二三四五六七八九十百零';

/** ASCII and full-width digits; for building regexes. */
export const DIGIT_CHARS = '0-9０-９';

/** 1 … 99 without 百: 六, 十二, 二十, 九十九. */
function belowHundred(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === '') return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGITS[tens] : null;
  return (tens ? DIGITS[tens] : 1) * 10 + (ones ? DIGITS[ones] : 0);
}

export function parseChineseNumeral(s: string): number | null {
  const hundred = /^([一二三四五六七八九])百(.*)$/u.exec(s);
  if (!hundred) return belowHundred(s);
  const [, h, rest] = hundred;
  const base = DIGITS[h] * 100;
  if (rest === '') return base;
  // 一百零五 (a zero before a lone unit digit), 一百一十 / 一百二十三 (tens written with their digit).
  const zero = /^零([一二三四五六七八九])$/u.exec(rest);
  if (zero) return base + DIGITS[zero[1]];
  if (/^[一二三四五六七八九]十/u.test(rest)) {
    const tens = belowHundred(rest);
    return tens === null ? null : base + tens;
  }
  return null;
}

/** The inverse, for messages and citations: 6 → 六, 101 → 一百零一, 110 → 一百一十. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`no numeral for ${n}`);
  const names = ' 一二三四五六七八九';
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  if (hundreds === 0) {
    if (tens === 0) return names[ones];
    return (tens > 1 ? names[tens] : '') + '十' + (ones ? names[ones] : '');
  }
  const head = `${names[hundreds]}百`;
  if (tens === 0) return ones ? `${head}零${names[ones]}` : head;
  return `${head}${names[tens]}十${ones ? names[ones] : ''}`;
}

/** ASCII or full-width digits as a number: '１２' → 12. */
export function parseDigits(s: string): number {
  return Number(s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
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
