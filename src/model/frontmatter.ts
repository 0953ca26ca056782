/**
 * A Markdown content file split into its YAML frontmatter and its body. A
 * byte-order mark (Windows Notepad writes one) and CRLF line ends are fine.
 *
 *   splitFrontmatter('---\nslug: a\n---\n一、总则\n') → { yaml: 'slug: a', body: '一、总则\n', bodyOffset: 3 }
 *   splitFrontmatter('一、总则\n')                    → null
 */
const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface SplitFile {
  yaml: string;
  body: string;
  /** How many lines of the file come before the body. */
  bodyOffset: number;
}

export function splitFrontmatter(raw: string): SplitFile | null {
  const text = raw.replace(/^\uFEFF/u, '');
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), bodyOffset: match[0].split(/\r\n|\r|\n/u).length - 1 };
}
