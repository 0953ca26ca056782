/**
 * A document body as the lines a maintainer sees in the editor. The body is
 * plain official text, never Markdown: every character (`~ * _ # < > [ ] |`,
 * URLs, e-mail addresses) is text. Only layout goes: a byte-order mark,
 * CR/CRLF line ends, blank lines and the spaces around a line (full-width
 * indents included).
 *
 *   bodyLines('\uFEFF　　一、总则\r\n\r\n(一)甲~乙。', 5)
 *   → [{ text: '一、总则', line: 6, column: 3 }, { text: '(一)甲~乙。', line: 8, column: 1 }]
 */
export interface Line {
  /** The line's text, trimmed. */
  text: string;
  /** 1-based line in the content file. */
  line: number;
  /** 1-based column where the text starts (after any indent). */
  column: number;
}

/** `lineOffset`: how many lines of the file come before the body (the frontmatter). */
export function bodyLines(body: string, lineOffset: number): Line[] {
  return body
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .flatMap((raw, i) => {
      const text = raw.trim();
      if (!text) return [];
      const indent = raw.length - raw.trimStart().length;
      return [{ text, line: lineOffset + i + 1, column: indent + 1 }];
    });
}
