/**
 * Search over the Pagefind bundle, read and ranked for this content:
 * 1. read the query (planQuery): normalised phrase, named terms, content words;
 * 2. ask Pagefind for the exact phrase, the plain query, each named term as a
 *    phrase and each content word, in parallel, and pool the candidates;
 * 3. load the strongest candidates and rank them with scoreCandidate, so
 *    exact phrases and terms come before scattered characters;
 * 4. let an item that holds a clause's evidence stand in for the clause
 *    (preferSmallestUnit), so a result opens the very item that answers;
 * 5. keep the results that score near the best (a relevance floor: a word
 *    every clause shares is no answer), and cut an excerpt from each result's
 *    exact text with the match marked.
 * Phrase hits come first and word hits follow, each result once.
 */
import { excerpt, type Segment } from './excerpt.ts';
import type { LexiconEntry } from './lexicon.ts';
import { planQuery, scoreCandidate, type QueryPlan, type TermMatch } from './rank.ts';
import { FILTERS } from './filters.ts';
import { preferSmallestUnit } from './smallest-unit.ts';

const KIND_FILTER = FILTERS.kind;

export interface PagefindData {
  url: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

/** The part of Pagefind's JS API this module uses. */
export interface PagefindApi {
  search(query: string, options?: { filters?: Record<string, string | string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface RankedResult {
  /** Pagefind's URL for the result. */
  url: string;
  /** The result's path below the site's base (from the record). */
  path: string;
  kind: string;
  title: string;
  document: string;
  citation: string;
  ref: string;
  /** The unit the result opens: `1-6-3`, `1-6`; empty for terms. */
  unit: string;
  excerpt: Segment[];
  score: number;
  /** The words to mark on the page the result opens. */
  highlight: string[];
}

export interface SearchOutcome {
  plan: QueryPlan;
  results: RankedResult[];
  /** The terms the query names, for the 提法 links above the results. */
  terms: TermMatch[];
}

/** How many candidates get loaded and scored. */
const POOL = 30;
/** How many content words are looked up one by one. */
const MAX_WORDS = 8;
/**
 * Results scoring below this share of the best one are noise, not answers: for
 * 远程教育每月几次 the clause on 远程教育 scores about four times one that only
 * shares 教育 with the question.
 */
const CUTOFF = 0.5;
/**
 * Unless the reader asks for them by the kind filter, term pages and single
 * requirements rank below the clauses: the clause is the answer with its
 * context; a term page explains, a requirement row points into the clause.
 */
const SECONDARY_WEIGHT = 0.5;

interface Pooled {
  result: PagefindResult;
  phrase: boolean;
  hits: number;
  best: number;
}

export async function search(api: PagefindApi, lexicon: readonly LexiconEntry[], raw: string, filters: Record<string, string> = {}): Promise<SearchOutcome> {
  const plan = planQuery(raw, lexicon);
  if (!plan.normalized) return { plan, results: [], terms: [] };
  const phrases = [...new Set([plan.normalized, ...plan.terms.map((t) => t.entry.spellings[0] ?? '')].filter((p) => p.length > 1))];
  const plain = [...new Set([plan.normalized, ...(plan.words.length > 1 ? plan.words.slice(0, MAX_WORDS) : [])])];
  const options = Object.keys(filters).length > 0 ? { filters } : undefined;
  const run = (q: string) => api.search(q, options).then((r) => r?.results ?? []);
  const [phraseLists, wordLists] = await Promise.all([Promise.all(phrases.map((p) => run(`"${p}"`))), Promise.all(plain.map(run))]);

  const pool = new Map<string, Pooled>();
  const add = (list: PagefindResult[], phrase: boolean) =>
    list.forEach((result, i) => {
      const seen = pool.get(result.id);
      if (seen) {
        seen.hits++;
        seen.phrase ||= phrase;
        seen.best = Math.min(seen.best, i);
      } else pool.set(result.id, { result, phrase, hits: 1, best: i });
    });
  phraseLists.forEach((l) => add(l, true));
  wordLists.forEach((l) => add(l, false));
  const strongest = [...pool.values()].sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.hits - a.hits || a.best - b.best).slice(0, POOL);

  const needles = [plan.normalized, ...plan.terms.flatMap((t) => t.entry.spellings), ...plan.words.filter((w) => w.length > 1), ...plan.joined];
  const highlight = [...new Set(needles.filter((n) => n.length > 0))];
  const scored = await Promise.all(
    strongest.map(async ({ result }, order) => {
      const data = await result.data();
      const meta = data.meta;
      const candidate = { kind: meta.kind ?? '', title: meta.title ?? '', text: meta.text ?? '', keywords: meta.keywords ?? '' };
      return {
        order,
        key: meta.key ?? data.url,
        kind: candidate.kind,
        candidate,
        score: scoreCandidate(plan, candidate) * (candidate.kind !== 'clause' && !filters[KIND_FILTER] ? SECONDARY_WEIGHT : 1),
        ranked: {
          url: data.url,
          path: meta.path ?? '',
          kind: candidate.kind,
          title: candidate.title,
          document: meta.document ?? '',
          citation: meta.citation ?? '',
          ref: meta.ref ?? '',
          unit: meta.unit ?? '',
          excerpt: excerpt(candidate.text, needles),
          score: 0,
          highlight,
        },
      };
    }),
  );
  const ranked = preferSmallestUnit(plan, scored)
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const top = ranked[0]?.score ?? 0;
  const results = ranked.filter((s) => s.score >= top * CUTOFF).map((s) => ({ ...s.ranked, score: s.score }));
  return { plan, results, terms: plan.terms };
}
