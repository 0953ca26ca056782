/**
 * How a citation is joined with its link and with the quoted text. Shared by
 * the build (citation.ts) and the copy buttons in the browser, so both always
 * produce the same strings.
 *
 *   citationWithUrl('《甲》第一部分', 'https://x/1/') → '《甲》第一部分（https://x/1/）'
 *   quotedText('原文。', '《甲》第一部分（https://x/1/）') → '原文。\n——摘自《甲》第一部分（https://x/1/）'
 */
export function citationWithUrl(plain: string, url: string): string {
  return `${plain}（${url}）`;
}

/** What joins a quoted text to its source: a new line, then ——摘自. */
export const QUOTED_FROM = '\n——摘自';

export function quotedText(text: string, withUrl: string): string {
  return `${text}${QUOTED_FROM}${withUrl}`;
}
