/**
 * A line that is only a date, as a 落款 dates a document, read to
 * `YYYY-MM-DD` with the body reader's own date reading (src/body/dates.ts).
 *
 *   readChineseDate('二〇一七年二月二十日')   → '2017-02-20'
 *   readChineseDate('（2017年2月20日）')      → '2017-02-20'
 *   readChineseDate('2017年2月20日召开会议')  → null (a sentence, not a date line)
 */
import { isoDate, WRITTEN_DATE } from '../body/dates.ts';

/** A whole line that is only a date, perhaps in brackets. */
export const DATE_LINE = new RegExp(`^[（(]?\\s*(?:${WRITTEN_DATE.source})\\s*[）)]?$`, 'u');

export function readChineseDate(line: string): string | null {
  const text = line.trim();
  return DATE_LINE.test(text) ? isoDate(text) : null;
}
