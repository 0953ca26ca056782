/**
 * The lines a web site wraps around a reposted article, as the seed's web
 * copy shows them: `时间:2022-06-21 03:40:11`, `导语:…` after the title and
 * `- 上一篇:…` / `- 下一篇:…` at the end. They are the site's, not the
 * document's: they go into `webCopy`, never into the text.
 */
import type { WebCopyFacts } from './source.ts';

const POSTED = /^(?:发布)?(?:时间|日期)\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)/u;
const DISCLAIMER = /^导语\s*[:：]\s*(.+)$/u;
const PREVIOUS = /^[-*•]?\s*上一篇\s*[:：]\s*(.*)$/u;
const NEXT = /^[-*•]?\s*下一篇\s*[:：]\s*(.*)$/u;

/** Whether a line is the site's own (so not a line of the document). */
export function isSiteLine(line: string): boolean {
  return [POSTED, DISCLAIMER, PREVIOUS, NEXT].some((re) => re.test(line));
}

/** The facts the site's lines state; `undefined` when the text has none of them. */
export function readWebCopyFacts(lines: readonly string[]): WebCopyFacts | undefined {
  const facts: WebCopyFacts = {};
  for (const line of lines) {
    facts.postedAt ??= POSTED.exec(line)?.[1];
    facts.disclaimer ??= DISCLAIMER.exec(line)?.[1]?.trim();
    facts.previous ??= PREVIOUS.exec(line)?.[1]?.trim() || undefined;
    facts.next ??= NEXT.exec(line)?.[1]?.trim() || undefined;
  }
  return Object.values(facts).some((v) => v !== undefined) ? facts : undefined;
}
