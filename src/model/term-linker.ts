/**
 * Finds every occurrence of every 提法 in a document's text and links the
 * first one in each clause. Runs on the model's text runs; the characters
 * are never changed, only marked.
 *
 * - Spellings match whatever quotes stand between their characters, and any
 *   of `、` `,` `，` between parts: 三名工程 finds “三名”工程, 党政同责、一岗双责
 *   finds 党政同责,一岗双责.
 * - Longest match first: a term inside a longer term's match is not a match.
 * - A link never sits inside another: a term inside a cited title is recorded
 *   but not linked there (see marks.ts).
 *
 *   '坚持“四个不直接分管”和“三重一大”' → occurrences 四个不直接分管, 三重一大
 */
import { clauseIdOf } from './ids.ts';
import type { Glossary, Term } from './glossary.ts';
import type { DocumentModel, TermOccurrence } from './types.ts';

export type { TermOccurrence };
import { runsInOrder } from './walk.ts';
import { sentenceAround } from './sentences.ts';
import { QUOTES, SEPARATORS } from './spelling.ts';
import { linkable } from './marks.ts';


function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A spelling as a pattern that tolerates quotes between characters and any separator between parts. */
export function spellingPattern(spelling: string): string {
  const chars = [...spelling].filter((ch) => !QUOTES.includes(ch));
  const q = `[${escape(QUOTES)}]*`;
  return chars.map((ch) => (SEPARATORS.includes(ch) ? `${q}[${SEPARATORS}]${q}` : escape(ch))).join(q);
}

interface Matcher {
  term: Term;
  pattern: RegExp;
}

export function matchersFor(glossary: Glossary): Matcher[] {
  return glossary.terms.map((term) => {
    const spellings = [...new Set([term.term, ...term.aliases])].sort((a, b) => b.length - a.length);
    return { term, pattern: new RegExp(spellings.map(spellingPattern).join('|'), 'gu') };
  });
}

interface Hit {
  term: Term;
  start: number;
  end: number;
}

/** Non-overlapping matches in one run: longer first, then earlier. */
export function findTerms(text: string, matchers: readonly Matcher[]): Hit[] {
  const candidates = matchers.flatMap(({ term, pattern }) => [...text.matchAll(pattern)].map((m) => ({ term, start: m.index, end: m.index + m[0].length })));
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Hit[] = [];
  for (const c of candidates) if (!chosen.some((h) => c.start < h.end && h.start < c.end)) chosen.push(c);
  return chosen.sort((a, b) => a.start - b.start);
}

/** Marks the first occurrence of each term in each clause and returns every occurrence. */
export function linkTerms(doc: DocumentModel, glossary: Glossary): TermOccurrence[] {
  const matchers = matchersFor(glossary);
  const linkedIn = new Set<string>();
  const occurrences: TermOccurrence[] = [];
  for (const { run, unit } of runsInOrder(doc)) {
    if (!unit) continue;
    for (const hit of findTerms(run.text, matchers)) {
      const scope = `${clauseIdOf(unit.id, doc.pageLevel) ?? unit.id}|${hit.term.slug}`;
      // A term inside a cited title (《关于“三会一课”的通知》) is part of that title's link; the clause's next occurrence carries the term link.
      const linked = !linkedIn.has(scope) && linkable(hit, run.marks);
      if (linked) linkedIn.add(scope);
      if (linked) run.marks.push({ kind: 'term', start: hit.start, end: hit.end, target: hit.term.slug });
      const around = sentenceAround(run.text, hit.start, hit.end);
      occurrences.push({ slug: hit.term.slug, unitId: unit.id, text: run.text.slice(hit.start, hit.end), ...around, linked });
    }
  }
  return occurrences;
}
