/**
 * A Markdown content file split into its YAML frontmatter and its body.
 *
 *   splitFrontmatter('---\nslug: a\n---\n一、总则\n') → { yaml: 'slug: a', body: '一、总则\n' }
 *   splitFrontmatter('一、总则\n')                    → null
 */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function splitFrontmatter(raw: string): { yaml: string; body: string } | null {
  const match = FRONTMATTER.exec(raw);
  return match ? { yaml: match[1] ?? '', body: raw.slice(match[0].length) } : null;
}
