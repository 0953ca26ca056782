/**
 * 与上年对比: this year's 要点 against last year's in the same series.
 * Clauses are paired by what they say, not by their numbers (a clause
 * inserted in the middle would otherwise make every later one "changed"):
 * the score mixes title and text similarity (character-bigram Dice), pairs
 * are taken best first, and a pair below THRESHOLD is no pair at all.
 *
 *   2016 (二) 加强理论武装。每月开展2次…   2017 (三) 加强理论武装。每月开展3次…
 *   → changed, 2016 第（二）条 → 2017 第（三）条, diff 〔2→3〕,
 *     requirement change frequency 每月开展2次 → 每月开展3次
 */
import { diffChars } from 'diff';
import { unitPlace } from './citation.ts';
import { isWithin } from './ids.ts';
import type { Requirement } from './requirements.ts';
import type { DocumentModel, Unit } from './types.ts';
import { clausesOf } from './walk.ts';

/** Below this score two clauses are not the same clause rewritten, but different clauses. */
export const THRESHOLD = 0.35;
const TITLE_WEIGHT = 0.4;

export type ClauseStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ClauseSide {
  id: string;
  place: string;
  marker: string;
  title: string;
}

export interface TextPiece {
  value: string;
  change: 'added' | 'removed' | null;
}

export interface ClauseComparison {
  status: ClauseStatus;
  before: ClauseSide | null;
  after: ClauseSide | null;
  /** 0…1; null for a clause with no partner. */
  similarity: number | null;
  /** The clause's text without its number: the diff for a changed clause, the text otherwise. */
  pieces: TextPiece[];
}

export interface RequirementChange {
  kind: Requirement['kind'];
  /** The clause this year (or last year's, for a requirement dropped from it). */
  clause: ClauseSide;
  before: Pick<Requirement, 'match' | 'phrase'> | null;
  after: Pick<Requirement, 'match' | 'phrase'> | null;
}

export interface Comparison {
  clauses: ClauseComparison[];
  counts: Record<ClauseStatus, number>;
  requirementChanges: RequirementChange[];
}

/** Last year's document in the same series: the latest earlier year. */
export function predecessorOf(doc: DocumentModel, documents: readonly DocumentModel[]): DocumentModel | null {
  const { series, year } = doc.meta;
  if (!series || year === undefined) return null;
  const earlier = documents.filter((d) => d.meta.series === series && d.meta.year !== undefined && d.meta.year < year);
  return earlier.sort((a, b) => (b.meta.year ?? 0) - (a.meta.year ?? 0))[0] ?? null;
}

export function compareDocuments(before: DocumentModel, after: DocumentModel): Comparison {
  const old = clausesOf(before);
  const now = clausesOf(after);
  const pairs = alignClauses(old, now);
  const byNew = new Map(pairs.map((p) => [p.after, p]));
  const side = (doc: DocumentModel, u: Unit): ClauseSide => ({ id: u.id, place: unitPlace(doc, u), marker: u.marker, title: u.title });
  const rows: ClauseComparison[] = now.map((u) => {
    const pair = byNew.get(u);
    if (!pair) return { status: 'added', before: null, after: side(after, u), similarity: null, pieces: [{ value: bodyOf(u), change: null }] };
    const a = bodyOf(pair.before);
    const b = bodyOf(u);
    const status = a === b ? 'unchanged' : 'changed';
    const pieces = status === 'unchanged' ? [{ value: b, change: null }] : diffChars(a, b).map((p) => ({ value: p.value, change: p.added ? ('added' as const) : p.removed ? ('removed' as const) : null }));
    return { status, before: side(before, pair.before), after: side(after, u), similarity: pair.score, pieces };
  });
  // A removed clause goes after the row of the nearest earlier clause that was kept, so it reads where it used to be.
  old.forEach((u, i) => {
    if (pairs.some((p) => p.before === u)) return;
    const row: ClauseComparison = { status: 'removed', before: side(before, u), after: null, similarity: null, pieces: [{ value: bodyOf(u), change: null }] };
    const keptBefore = old.slice(0, i).reverse().find((o) => pairs.some((p) => p.before === o));
    const at = keptBefore ? rows.findIndex((r) => r.before?.id === keptBefore.id) + 1 : 0;
    rows.splice(at, 0, row);
  });
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const r of rows) counts[r.status]++;
  const requirementChanges = pairs.flatMap((p) => compareRequirements(inClause(before, p.before), inClause(after, p.after), side(after, p.after)));
  return { clauses: rows, counts, requirementChanges };
}

interface Pair {
  before: Unit;
  after: Unit;
  score: number;
}

/** Greedy best-first pairing: good enough for documents of a few dozen clauses, and easy to explain. */
export function alignClauses(old: readonly Unit[], now: readonly Unit[]): Pair[] {
  const candidates: Pair[] = [];
  for (const before of old) for (const after of now) candidates.push({ before, after, score: clauseSimilarity(before, after) });
  candidates.sort((x, y) => y.score - x.score);
  const taken = new Set<Unit>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (c.score < THRESHOLD) break;
    if (taken.has(c.before) || taken.has(c.after)) continue;
    taken.add(c.before).add(c.after);
    pairs.push(c);
  }
  return pairs;
}

export function clauseSimilarity(a: Unit, b: Unit): number {
  return TITLE_WEIGHT * dice(a.title, b.title) + (1 - TITLE_WEIGHT) * dice(bodyOf(a), bodyOf(b));
}

/** Dice's coefficient on character bigrams (as multisets): 1 for equal strings, 0 for nothing shared. */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** A clause's text without its number: a clause that only moved is unchanged. */
function bodyOf(u: Unit): string {
  return u.text.startsWith(u.marker) ? u.text.slice(u.marker.length) : u.text;
}

function inClause(doc: DocumentModel, clause: Unit): Requirement[] {
  return doc.requirements.filter((r) => isWithin(r.unitId, clause.id));
}

/** Pairs requirements of one kind in text order; a pair that reads differently, or a requirement without a partner, is a change. */
function compareRequirements(old: readonly Requirement[], now: readonly Requirement[], clause: ClauseSide): RequirementChange[] {
  const kinds = [...new Set([...old, ...now].map((r) => r.kind))];
  return kinds.flatMap((kind) => {
    const a = old.filter((r) => r.kind === kind);
    const b = now.filter((r) => r.kind === kind);
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => ({ before: a[i] ?? null, after: b[i] ?? null }))
      .filter(({ before, after }) => before?.match !== after?.match)
      .map(({ before, after }) => ({ kind, clause, before: before && { match: before.match, phrase: before.phrase }, after: after && { match: after.match, phrase: after.phrase } }));
  });
}
