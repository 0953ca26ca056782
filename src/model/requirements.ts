/**
 * Quantified and dated requirements of a document, read by the small grammar
 * in ./requirements/ (numbers, periods, deadlines, occasions, names, actors)
 * one sentence at a time. Each becomes a record with the exact words it was
 * read from, its value, who it binds (责任主体) and who it is for (对象).
 *
 *   '…各学校要认真制定…。…每月开展2次党员远程教育培训,每次不少于2小时'
 *   → frequency 每月 2 次 and duration ≥ 2 小时, who 各学校 (carried over from the sentence before)
 *
 * Words like 定期 or 不定期 say how often without a number: they are listed
 * too, marked as not quantified, never dropped. What the grammar cannot read
 * fully is listed with the exact words and, in `unread`, what is missing.
 */
import type { DocumentModel, Requirement, Unit } from './types.ts';

export type { Requirement };
import { ownRuns, unitsOf } from './walk.ts';
import { subjectsOf, type Subject } from './requirements/actors.ts';
import { readSentence } from './requirements/read.ts';
import { clauseEnd, lastClauseStart } from './requirements/clauses.ts';

export type { Comparator } from './requirements/comparators.ts';
export type { RequirementKind, RequirementValue } from './requirements/reading.ts';


const SENTENCE_END = /(?<=[。；;！!？?])/u;

/** A unit's own text (heading and text runs, not its sub-units'). */
export function ownText(unit: Unit): string {
  return ownRuns(unit)
    .map((r) => r.text)
    .join('');
}

/** The clause(s) between punctuation that hold [start, end): the phrase a row quotes. */
function phraseAround(sentence: string, start: number, end: number): string {
  return sentence.slice(lastClauseStart(sentence, start), clauseEnd(sentence, end));
}

/** Reads the requirements of one unit's own text (not its sub-units'). */
export function requirementsOfUnit(unit: Unit): Requirement[] {
  const out: Requirement[] = [];
  let carried: Subject | null = null;
  for (const sentence of ownText(unit).split(SENTENCE_END)) {
    for (const r of readSentence(sentence, carried)) {
      const value = Object.keys(r.value).length > 0 ? r.value : null;
      out.push({ id: `${unit.id}:${out.length + 1}`, unitId: unit.id, kind: r.kind, phrase: phraseAround(sentence, r.start, r.end), match: r.match, value, who: r.who, whoFrom: r.whoFrom, target: r.target, quantified: r.quantified, unread: r.unread, source: 'rules' });
    }
    // A subject told what to do (各学校要…) governs the sentences after it that name none;
    // the issuer's own plan (教育工委将…) does not: its next sentence may be anyone's target.
    const subjects = subjectsOf(sentence);
    if (subjects.length > 0) {
      const last = subjects.at(-1) ?? null;
      carried = last?.directive ? last : null;
    }
  }
  return out;
}

/** Every requirement the rules read in a document, in text order. */
export function extractRequirements(doc: DocumentModel): Requirement[] {
  return [...unitsOf(doc.parts)].flatMap(requirementsOfUnit);
}
