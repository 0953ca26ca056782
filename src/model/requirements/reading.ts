/**
 * What the grammar reads from one phrase of a sentence, before who it binds
 * is known: the kind, the exact characters, and the value.
 *
 *   '每季度至少专题研究1次' → { kind: 'frequency', match: '每季度至少专题研究1次',
 *                              value: { per: '季度', comparator: '≥', amount: 1, unit: '次' } }
 */
import type { Comparator } from './comparators.ts';

export type RequirementKind = 'frequency' | 'duration' | 'proportion' | 'count' | 'deadline' | 'coverage' | 'occasion';

export interface RequirementValue {
  comparator?: Comparator;
  amount?: number;
  /** For a range (2~3次): the upper end. */
  max?: number;
  /** The text gives the figure as an estimate (10个左右): shown as 约 10 个, never as exactly 10. */
  approximate?: true;
  /** One of the units of LABELS.md (次, 期, 名, 人, 人次, 个, 所, 项, 篇, 学时, 小时, 分钟, 天, 个工作日, 个月, 遍, %); absent when the text gives none. */
  unit?: string;
  /** A measure word the text uses that is not one of those units (份, 场, 家, 课时), kept as written. */
  measure?: string;
  /** The period of a frequency or a recurring deadline: 月, 季度, 2年. */
  per?: string;
  /** What a figure counts, when the text names it next to the figure: 党务干部培训班. */
  counts?: string;
  /** A deadline: 03-31, 2017-03-31, next-01-end (次年), 12-end, year-end, within-year, H1, Q1, day-5, after:任职. */
  by?: string;
  /** A lead time (提前15个工作日, 活动举办前7个工作日内): the amount is how long before an event, which no date can hold. */
  lead?: true;
  /** The event a lead time counts back from, when the text names it: 活动举办. */
  before?: string;
  /** An occasion as written: 建党95周年. */
  occasion?: string;
}

export interface Reading {
  kind: RequirementKind;
  /** The exact characters the value was read from. */
  match: string;
  /** Where `match` starts and ends in the sentence (UTF-16 offsets). */
  start: number;
  end: number;
  /** The value; empty when the phrase gives none (定期, 及时, 一批). */
  value: RequirementValue;
  /** False when the phrase says how often or by when without a figure. */
  quantified: boolean;
  /** In plain words, what the grammar could not read; null when it read it all. */
  unread: string | null;
}

export function reading(kind: RequirementKind, sentence: string, start: number, end: number, value: RequirementValue, extra: Partial<Pick<Reading, 'quantified' | 'unread'>> = {}): Reading {
  return { kind, match: sentence.slice(start, end), start, end, value, quantified: extra.quantified ?? true, unread: extra.unread ?? null };
}
