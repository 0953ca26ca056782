/**
 * Scores the requirement grammar against labelled sentences (the schema is
 * tests/fixtures/requirements/LABELS.md). Each sentence is read on its own.
 *
 * A reading matches a label when the kinds are equal and the stretches
 * overlap (one reading per label, in order). It is correct when every value
 * field agrees: quantified, comparator, amount, max, unit, per, by and
 * occasion must be equal, a field on one side only included (an invented
 * unit is as wrong as a wrong one); `counts` must agree when both give it.
 * A wrong reading counts against precision and recall alike. Who is scored
 * apart, on matched readings: the labelled `who` (or none) against the one read.
 */
import { readFileSync } from 'node:fs';
import { readSentence, type SentenceReading } from '../../src/model/requirements/read.ts';

/** The labelled files and their roles (tests/fixtures/requirements/LABELS.md). */
export const TUNING = ['sentences.json', 'sentences-1b.json', 'sentences-2.json', 'sentences-2b.json', 'sentences-3.json', 'sentences-3b.json', 'sentences-4.json', 'sentences-4b.json', 'sentences-5.json', 'sentences-5b.json', 'sentences-6.json', 'sentences-6b.json', 'sentences-7b.json', 'sentences-8.json', 'sentences-9.json', 'sentences-10.json', 'sentences-11.json', 'sentences-12.json', 'sentences-13.json', 'sentences-14.json', 'sentences-15.json', 'sentences-16.json', 'sentences-17.json', 'sentences-18.json', 'sentences-19.json', 'sentences-20.json', 'sentences-21.json', 'sentences-22.json', 'sentences-23.json', 'sentences-24.json', 'sentences-25.json', 'sentences-26.json', 'sentences-27.json', 'sentences-28.json', 'sentences-29.json', 'sentences-30.json', 'sentences-31.json', 'sentences-32.json', 'sentences-33.json', 'sentences-34.json', 'sentences-35.json', 'sentences-36.json', 'sentences-37.json', 'sentences-38.json', 'sentences-39.json', 'sentences-40.json'];
export const HELD_OUT = ['holdout-16.json', 'holdout-17.json'];

export function readLabelled(file: string): LabelledSentence[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/requirements/${file}`, import.meta.url), 'utf8')) as LabelledSentence[];
}

export interface Label {
  kind: string;
  match: string;
  quantified?: boolean;
  comparator?: string;
  amount?: number;
  max?: number;
  unit?: string;
  per?: string;
  counts?: string;
  by?: string;
  occasion?: string;
  who?: string;
  target?: string;
}

export interface LabelledSentence {
  id: string;
  text: string;
  requirements: Label[];
}

export interface KindScore {
  labelled: number;
  read: number;
  correct: number;
}

export interface Score {
  byKind: Record<string, KindScore>;
  overall: KindScore;
  whoMatched: number;
  whoRight: number;
  /** Readings from sentences labelled with no requirement. */
  fromEmpty: number;
  sentences: number;
  emptySentences: number;
  wrong: string[];
  missed: string[];
  extra: string[];
  whoWrong: string[];
}

const VALUE_FIELDS = ['amount', 'max', 'unit', 'per', 'by', 'occasion'] as const;

function spans(text: string, match: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = text.indexOf(match); at >= 0 && match; at = text.indexOf(match, at + 1)) out.push([at, at + match.length]);
  return out;
}

/** Why a reading disagrees with its label, or null when it agrees. */
export function disagreement(label: Label, r: SentenceReading): string | null {
  const v = r.value;
  const problems: string[] = [];
  if ((label.quantified ?? true) !== r.quantified) problems.push(`quantified ${label.quantified ?? true}≠${r.quantified}`);
  const labelled = label.comparator ?? (label.amount !== undefined ? '=' : undefined);
  const read = v.comparator ?? (v.amount !== undefined ? '=' : undefined);
  if (labelled !== read) problems.push(`comparator ${labelled ?? '—'}≠${read ?? '—'}`);
  for (const f of VALUE_FIELDS) if (label[f] !== v[f]) problems.push(`${f} ${label[f] ?? '—'}≠${v[f] ?? '—'}`);
  if (label.counts !== undefined && v.counts !== undefined && label.counts !== v.counts) problems.push(`counts ${label.counts}≠${v.counts}`);
  return problems.length ? problems.join(', ') : null;
}

export function describe(r: SentenceReading): string {
  const v = Object.entries(r.value).map(([k, x]) => `${k}=${x}`).join(' ');
  return `${r.kind}「${r.match}」${v}${r.quantified ? '' : ' 未量化'}`;
}

export function score(corpus: readonly LabelledSentence[]): Score {
  const s: Score = { byKind: {}, overall: { labelled: 0, read: 0, correct: 0 }, whoMatched: 0, whoRight: 0, fromEmpty: 0, sentences: corpus.length, emptySentences: 0, wrong: [], missed: [], extra: [], whoWrong: [] };
  const kind = (k: string) => (s.byKind[k] ??= { labelled: 0, read: 0, correct: 0 });
  for (const sentence of corpus) {
    const readings = readSentence(sentence.text);
    if (sentence.requirements.length === 0) {
      s.emptySentences++;
      s.fromEmpty += readings.length;
    }
    for (const r of readings) {
      kind(r.kind).read++;
      s.overall.read++;
    }
    const used = new Set<SentenceReading>();
    for (const label of sentence.requirements) {
      kind(label.kind).labelled++;
      s.overall.labelled++;
      const where = spans(sentence.text, label.match);
      const r = readings.find((x) => !used.has(x) && x.kind === label.kind && where.some(([a, b]) => x.start < b && a < x.end));
      if (!r) {
        s.missed.push(`${sentence.id} ${label.kind}「${label.match}」 in ${sentence.text}`);
        continue;
      }
      used.add(r);
      const problem = disagreement(label, r);
      if (problem) s.wrong.push(`${sentence.id} ${describe(r)}: ${problem} — ${sentence.text}`);
      else {
        kind(label.kind).correct++;
        s.overall.correct++;
      }
      s.whoMatched++;
      if ((label.who ?? null) === r.who) s.whoRight++;
      else s.whoWrong.push(`${sentence.id} 「${r.match}」 who ${label.who ?? '—'}≠${r.who ?? '—'} — ${sentence.text}`);
    }
    for (const r of readings) if (!used.has(r)) s.extra.push(`${sentence.id} ${describe(r)} — ${sentence.text}`);
  }
  return s;
}

export const precision = (k: KindScore) => (k.read === 0 ? 1 : k.correct / k.read);
export const recall = (k: KindScore) => (k.labelled === 0 ? 1 : k.correct / k.labelled);
