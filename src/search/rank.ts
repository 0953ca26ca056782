/**
 * Reading a query and ranking candidates: the part of search Pagefind cannot
 * know about this content. Pure functions, shared by the browser and tests.
 *
 * A query is read as: its normalised form (punctuation and quotes dropped),
 * the terms it names (by spelling, alias or pinyin, from the lexicon), and its
 * content words (segmented, question words dropped). A candidate then scores
 * for the exact phrase (title, text, terms), for naming the query's terms,
 * and for how much of the query's words and character pairs it holds, so an
 * exact term outranks scattered characters and a question still finds the
 * clause that answers it.
 *
 *   planQuery('szyd', lexicon)        → terms [三重一大]
 *   planQuery('党员远程教育每月几次') → words [党员, 远程, 教育, 每月]
 */
import type { LexiconEntry } from './lexicon.ts';
import { normalizeForSearch } from './normalize.ts';

/** Words that ask rather than say what is sought. */
const QUESTION_WORDS = new Set([
  '怎么', '怎样', '如何', '什么', '哪些', '哪个', '哪里', '哪', '几次', '几个', '几', '多少', '多久', '多长', '是否', '吗', '呢', '吧', '谁', '请问', '要求', '规定', '有关', '关于', '的', '了', '和', '与', '及', '是', '在', '要', '有', '对', '应', '应该', '需要', '怎么办', '什么时候', '何时',
]);

export interface TermMatch {
  entry: LexiconEntry;
  /** The query is the term itself (a spelling or pinyin key), not just contains it. */
  exact: boolean;
}

export interface QueryPlan {
  normalized: string;
  terms: TermMatch[];
  /** Content words, for recall and coverage. */
  words: string[];
  /** The query less its question words, for character-pair coverage. */
  content: string;
  /**
   * Runs of single characters the segmenter split apart (党|费 → 党费, 失|联 → 失联):
   * what to mark, since one character alone marks noise.
   */
  joined: string[];
}

export type Segmenter = (text: string) => string[];

/** Word segmentation with the platform's ICU (the same family Pagefind segments with). */
export const icuSegmenter: Segmenter = (text) => {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
};

export function planQuery(raw: string, lexicon: readonly LexiconEntry[], segment: Segmenter = icuSegmenter): QueryPlan {
  const normalized = normalizeForSearch(raw);
  const ascii = /^[a-z0-9]+$/.test(normalized);
  const terms: TermMatch[] = [];
  for (const entry of lexicon) {
    if (entry.spellings.includes(normalized) || entry.pinyin.includes(normalized)) terms.push({ entry, exact: true });
    else if (entry.spellings.some((s) => s.length >= 2 && normalized.includes(s))) terms.push({ entry, exact: false });
    else if (ascii && normalized.length >= 4 && entry.pinyin.some((p) => p.length > 4 && p.startsWith(normalized))) terms.push({ entry, exact: false });
  }
  const segments = segment(normalized).map((w) => w.toLowerCase());
  const words = [...new Set(segments.filter((w) => !QUESTION_WORDS.has(w)))];
  const content = words.join('');
  const joined: string[] = [];
  let run = '';
  for (const w of [...segments, '']) {
    if ([...w].length === 1 && !QUESTION_WORDS.has(w)) run += w;
    else {
      if ([...run].length > 1) joined.push(run);
      run = '';
    }
  }
  return { normalized, terms, words, content: content || normalized, joined };
}

/** Overlapping character pairs: the robust unit of Chinese matching. */
export function bigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  return chars.slice(0, -1).map((c, i) => c + (chars[i + 1] ?? ''));
}

export interface Candidate {
  kind: string;
  title: string;
  text: string;
  /** Normalised spellings of the terms the record holds, space-separated. */
  keywords: string;
}

function count(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

function coverage(units: readonly string[], haystack: string): number {
  if (units.length === 0) return 0;
  return units.filter((u) => haystack.includes(u)).length / units.length;
}

/** A candidate's score for a query; higher is better, 0 means no evidence at all. */
export function scoreCandidate(plan: QueryPlan, candidate: Candidate): number {
  const q = plan.normalized;
  if (!q) return 0;
  const title = normalizeForSearch(candidate.title);
  const text = normalizeForSearch(candidate.text);
  const keywords = candidate.keywords.split(' ').filter(Boolean);
  let score = 0;
  if (title.includes(q)) score += 60;
  const inText = count(text, q);
  if (inText > 0) score += 40 + 3 * Math.min(inText - 1, 5);
  if (keywords.includes(q)) score += 30;
  for (const { entry, exact } of plan.terms) {
    const holds = entry.spellings.some((s) => keywords.includes(s) || text.includes(s) || title === s);
    if (holds) score += exact ? 70 : 45;
  }
  const pairs = bigrams(plan.content);
  score += 35 * coverage(pairs, title + text) + 15 * coverage(pairs, title);
  score += 20 * coverage(plan.words, title + text);
  return score;
}

/**
 * The pieces of a query a candidate holds: the phrase, each named term, each
 * content word and each character pair. Two candidates compare by these sets:
 * one holds all the other does, or it does not.
 */
export function evidence(plan: QueryPlan, candidate: Candidate): Set<string> {
  const haystack = normalizeForSearch(candidate.title) + normalizeForSearch(candidate.text);
  const keywords = candidate.keywords.split(' ').filter(Boolean);
  const found = new Set<string>();
  if (plan.normalized && haystack.includes(plan.normalized)) found.add(`phrase:${plan.normalized}`);
  for (const { entry } of plan.terms) if (entry.spellings.some((s) => haystack.includes(s) || keywords.includes(s))) found.add(`term:${entry.slug}`);
  for (const w of plan.words) if (haystack.includes(w)) found.add(`word:${w}`);
  for (const p of bigrams(plan.content)) if (haystack.includes(p)) found.add(`pair:${p}`);
  return found;
}
