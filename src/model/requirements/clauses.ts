/**
 * Clauses: the stretches of a sentence between its punctuation, which the
 * requirement rules read within (a subject, a period and a figure belong
 * together only inside one clause).
 *
 *   lastClauseStart('每月开展1次，每次2小时', 9) → 7
 *   clauseEnd('每月开展1次，每次2小时', 2)       → 6
 */
export const CLAUSE_END = /[，,。；;：:！!？?]/u;

/** Where the clause holding `at` starts. */
export function lastClauseStart(sentence: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_END.test(sentence[i] ?? '')) return i + 1;
  return 0;
}

/** Where the clause holding `at` ends (its punctuation, or the sentence's end). */
export function clauseEnd(sentence: string, at: number): number {
  let i = at;
  while (i < sentence.length && !CLAUSE_END.test(sentence[i] ?? '')) i++;
  return i;
}
