/**
 * Landing on the smallest unit that answers: a clause's record holds all its
 * text, its items' records hold only theirs, so a query answered inside one
 * item matches both. The clause earns its place only by what it holds outside
 * that item: when the item holds every piece of the query that the rest of the
 * clause (its heading included) holds, the item takes the clause's place (and
 * its score, if higher), and the clause, which the item's citation names, is
 * dropped.
 *
 *   党费怎么收缴:   党费, 收缴 only inside 三是     → 三是 (1-6-3) in place of (六)
 *   查摆议活动:     (六) says it outside its items  → (六) stays
 *   培训班 党费:    one word in 二是, one in 三是    → (六) stays
 */
import { evidence, type Candidate, type QueryPlan } from './rank.ts';

export interface Scored {
  /** `<slug>#<unit id>`: the unit the result opens. */
  key: string;
  kind: string;
  candidate: Candidate;
  score: number;
}

const docOf = (key: string) => key.slice(0, key.indexOf('#'));
const unitOf = (key: string) => key.slice(key.indexOf('#') + 1);
const isBelow = (key: string, ancestor: string) => docOf(key) === docOf(ancestor) && unitOf(key).startsWith(`${unitOf(ancestor)}-`);

/** Whether the sub-unit holds every piece of the query its ancestor holds outside it. */
function holdsAncestorsEvidence(plan: QueryPlan, ancestor: Candidate, sub: Candidate): boolean {
  const rest = evidence(plan, { ...ancestor, text: ancestor.text.replace(sub.text, ''), keywords: '' });
  const own = evidence(plan, sub);
  return [...rest].every((piece) => own.has(piece));
}

/** Promotes each sub-unit that holds its ancestor's evidence; returns the results to keep, scores updated. */
export function preferSmallestUnit<T extends Scored>(plan: QueryPlan, results: readonly T[]): T[] {
  const units = results.filter((r) => r.kind === 'clause' && r.score > 0);
  const replaced = new Set<string>();
  const promoted = new Map<string, number>();
  // Deepest first, so an item under a section is weighed against the section, and the section against its clause.
  // A sub-unit that stands in for its section is then weighed against the section's clause.
  for (const sub of [...units].sort((a, b) => unitOf(b.key).split('-').length - unitOf(a.key).split('-').length || b.score - a.score)) {
    if (replaced.has(sub.key)) continue;
    for (;;) {
      const ancestor = units.filter((a) => isBelow(sub.key, a.key) && !replaced.has(a.key)).sort((a, b) => unitOf(b.key).length - unitOf(a.key).length)[0];
      if (!ancestor || !holdsAncestorsEvidence(plan, ancestor.candidate, sub.candidate)) break;
      promoted.set(sub.key, Math.max(promoted.get(sub.key) ?? sub.score, promoted.get(ancestor.key) ?? ancestor.score));
      replaced.add(ancestor.key);
    }
  }
  return results.filter((r) => !replaced.has(r.key)).map((r) => (promoted.has(r.key) ? { ...r, score: promoted.get(r.key) ?? r.score } : r));
}
