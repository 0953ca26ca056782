/**
 * CSV that opens correctly in common spreadsheet software: UTF-8 with a byte
 * order mark (so Chinese is not garbled), CRLF line ends, and every field
 * quoted with inner quotes doubled (RFC 4180). Cells that a spreadsheet would
 * read as a formula get a leading apostrophe.
 *
 *   toCsv([['要求', '数值'], ['每月开展2次', '="x"']]) → '\uFEFF"要求","数值"\r\n"每月开展2次","\'=""x"""\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => `"${(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replaceAll('"', '""')}"`;
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
