/**
 * Dates as a 落款 writes them, read to `YYYY-MM-DD`.
 *
 *   readChineseDate('二〇一七年二月二十日') → '2017-02-20'
 *   readChineseDate('2016年3月1日')        → '2016-03-01'
 *   readChineseDate('二〇一七年二月三十日') → null (no such day)
 */
const DIGIT: Record<string, number> = { '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const YEAR = '[\\d０-９〇○零ＯOo一二三四五六七八九]{4}';
const SMALL = '[\\d０-９]{1,2}|[一二三四五六七八九十]{1,3}';
/** A whole line that is only a date, perhaps in brackets: how a 落款 dates a document. */
export const DATE_LINE = new RegExp(`^[（(]?\\s*(${YEAR})\\s*年\\s*(${SMALL})\\s*月\\s*(${SMALL})\\s*日\\s*[）)]?$`, 'u');

function fullWidthToAscii(s: string): string {
  return s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10));
}

function readYear(s: string): number | null {
  const ascii = fullWidthToAscii(s);
  if (/^\d{4}$/.test(ascii)) return Number(ascii);
  const digits = [...s].map((ch) => DIGIT[ch]);
  return digits.every((d) => d !== undefined) ? Number(digits.join('')) : null;
}

/** 1–31 written as digits or as Chinese numerals (二十, 二十一, 十五, 三十一). */
function readSmall(s: string): number | null {
  const ascii = fullWidthToAscii(s);
  if (/^\d{1,2}$/.test(ascii)) return Number(ascii);
  const m = /^([一二三])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === '') return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGIT[tens] : ones && !tens ? DIGIT[ones] : null;
  return (tens ? DIGIT[tens] : 1) * 10 + (ones ? DIGIT[ones] : 0);
}

/** The date a line states, or null when the line is not exactly a valid date. */
export function readChineseDate(line: string): string | null {
  const m = DATE_LINE.exec(line.trim());
  if (!m) return null;
  const year = readYear(m[1]);
  const month = readSmall(m[2]);
  const day = readSmall(m[3]);
  if (year === null || month === null || day === null || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}
