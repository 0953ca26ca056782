/**
 * A date as a document writes it, read into YYYY-MM-DD.
 *
 *   isoDate('2017年2月20日')       → '2017-02-20'
 *   isoDate('二〇一七年二月二十日') → '2017-02-20'
 *   isoDate('2017年2月')           → null (not a whole date)
 */
import { parseChineseNumeral, parseDigits } from '../model/numerals.ts';

const YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  '○': '0',
  零: '0',
  Ｏ: '0',
  O: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** A written date: `2017年2月20日`, `２０１７年２月２０日` or `二〇一七年二月二十日`. */
export const WRITTEN_DATE =
  /([0-9０-９]{4}|[〇○零ＯO一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日/u;

function part(s: string): number | null {
  return /^[0-9０-９]+$/u.test(s) ? parseDigits(s) : parseChineseNumeral(s);
}

export function isoDate(written: string): string | null {
  const m = WRITTEN_DATE.exec(written);
  if (!m) return null;
  const year = /^[0-9０-９]+$/u.test(m[1]) ? parseDigits(m[1]) : Number([...m[1]].map((c) => YEAR_DIGITS[c] ?? '').join(''));
  const month = part(m[2]);
  const day = part(m[3]);
  if (!year || !month || !day || month > 12 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
