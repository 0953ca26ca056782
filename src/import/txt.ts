/**
 * A .txt file to paragraphs. Hard-wrapped text (every line cut at the same
 * width, as e-mail and some editors save it) is joined back: a line that
 * continues a full-width line is part of the same paragraph unless it starts
 * a unit (一、 （一） 1. 第一条 …), an 附件 or 抄送 line, or is indented. A file
 * whose lines are whole paragraphs (no common width) is left line for line.
 *
 *   '一、总则。本办法适用于\n全市各学校。\n（一）……' → ['一、总则。本办法适用于全市各学校。', '（一）……']
 */
import { decodeText } from './decode.ts';
import { ImportError } from './errors.ts';
import { startsParagraph, trimLine } from './lines.ts';
import type { SourceDocument } from './source.ts';
import { isSiteLine, readWebCopyFacts } from './web-copy.ts';

/** Hard wraps are at most this wide (columns; a Chinese character takes two). */
const MAX_WRAP = 120;
/** A wrapped line reaches at least this share of the wrap width. */
const FULL = 0.85;

export function readTxt(bytes: Uint8Array): SourceDocument {
  const { text, encoding } = decodeText(bytes);
  if (trimLine(text) === '') throw new ImportError('文件是空的（没有任何文字）', '确认选对了文件；需要导入的文字应在文件里');
  const lines = text.split(/\r\n|\r|\n/u);
  const webCopy = readWebCopyFacts(lines.map(trimLine));
  const kept = webCopy ? lines.filter((l) => !isSiteLine(trimLine(l))) : lines;
  return { kind: 'txt', paragraphs: unwrap(kept).map((t) => ({ text: t })), webCopy, notices: [`文本编码：${encoding}`] };
}

/** Display width in columns: full-width characters take two. */
function width(line: string): number {
  let w = 0;
  for (const ch of line) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

/** The width the text was wrapped at, or null when it was not hard-wrapped. */
function wrapWidth(lines: readonly string[]): number | null {
  const widths = lines.map((l) => width(l.trimEnd())).filter((w) => w > 0);
  const widest = Math.max(0, ...widths);
  if (widest === 0 || widest > MAX_WRAP) return null;
  const full = widths.filter((w) => w >= widest * FULL).length;
  // Wrapped text has many lines at the full width; a list of short paragraphs has few.
  return full >= 3 && full >= widths.length / 3 ? widest : null;
}

export function unwrap(lines: readonly string[]): string[] {
  const wrapAt = wrapWidth(lines);
  const paragraphs: string[] = [];
  let previousFull = false;
  for (const raw of lines) {
    const text = trimLine(raw);
    if (text === '') {
      previousFull = false;
      continue;
    }
    const indented = /^[\s\u3000]/u.test(raw);
    if (wrapAt !== null && previousFull && !indented && !startsParagraph(text) && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1] += text;
    } else {
      paragraphs.push(text);
    }
    previousFull = wrapAt !== null && width(raw.trimEnd()) >= wrapAt * FULL;
  }
  return paragraphs;
}
