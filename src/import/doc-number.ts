/**
 * 发文字号 (文号) as the head of a document prints it: an issuer's code, the
 * year in 〔〕 (also written 【】, [] or ［］) and a serial number.
 *
 *   findDocNumber('教党〔2016〕15号')     → '教党〔2016〕15号'
 *   findDocNumber('昌市党组【2016】15号') → '昌市党组【2016】15号'
 *   findDocNumber('一、总则')            → null
 */
const DOC_NUMBER = /[\p{Script=Han}A-Za-z]{1,16}\s*[〔【［[(（]\s*(?:19|20)\d{2}\s*[〕】］\])）]\s*(?:第\s*)?\d{1,4}\s*号/u;

/** The 文号 in a line that holds nothing else of substance (a head line), or null. */
export function findDocNumber(line: string): string | null {
  const m = DOC_NUMBER.exec(line);
  if (!m) return null;
  // A head line is short: a 文号 inside a sentence of the body cites another document.
  return line.trim().length <= m[0].length + 12 ? m[0].trim() : null;
}
