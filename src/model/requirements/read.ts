/**
 * Reads every requirement of one sentence: a pure function on a string, so
 * the benchmark and the tests can call it on bare sentences.
 *
 *   readSentence('县教育局要于每月5日前向市教育局报送上月工作情况。')
 *   → [{ kind: 'deadline', match: '每月5日前', value: { by: 'day-5', per: '月' },
 *        who: '县教育局', whoFrom: 'sentence', target: '市教育局' }]
 *
 * Order matters, and is the whole of "a date is never a count": deadlines and
 * occasions are read first; names, years, 文号 and ordinals are set aside; only
 * then are the remaining figures read as frequencies, durations, shares and counts,
 * then the words without a figure, and last a 每 period no reading has used. The part of a
 * sentence that looks back (去年…；今年要…) gives no rows at all.
 */
import { subjectAt, targetAt, type Subject } from './actors.ts';
import { readAmounts } from './amounts.ts';
import { readDeadlines } from './deadlines.ts';
import { nameSpans, overlaps, quotedSpans, type Span } from './names.ts';
import { definesOrScopes, lookingBack } from './no-requirement.ts';
import { readOccasions } from './occasions.ts';
import { readRecurring } from './recurring.ts';
import { openingPeriod } from './periods.ts';
import type { Reading } from './reading.ts';
import { readWords } from './words.ts';

export interface SentenceReading extends Reading {
  /** 责任主体 as the text names it; null when it names none. */
  who: string | null;
  /** Named in this sentence, or carried over from an earlier one. */
  whoFrom: 'sentence' | 'context' | null;
  /** 对象: who it is for (the object of 对/向), when the text says. */
  target: string | null;
}

const spanOf = (r: Reading): Span => [r.start, r.end];

/**
 * Full-width digits and signs (１２月底前, ３０％, ２～３次) and years in Chinese numerals
 * (二〇二七年) are read as their half-width digits. One character stands for one, so every offset still points into the
 * sentence as written, and each match is cut from that.
 */
const FULL_WIDTH = /[０-９％．～－＋]/gu;
/** 二〇二七年: a year written digit by digit in Chinese numerals, four characters for four digits. */
const CHINESE_YEAR = /[〇零一二三四五六七八九]{4}(?=年)/gu;
const CHINESE_DIGIT: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const halfWidth = (s: string) =>
  s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(CHINESE_YEAR, (year) => [...year].map((c) => CHINESE_DIGIT[c] ?? c).join(''));

export function readPhrases(sentence: string): Reading[] {
  const text = halfWidth(sentence);
  if (text === sentence) return readHalfWidth(sentence);
  // What a reading quotes (the match, an occasion's name, what is counted) is given as written.
  const asWritten = (part: string | undefined) => {
    const at = part === undefined ? -1 : text.indexOf(part);
    return at < 0 || part === undefined ? part : sentence.slice(at, at + part.length);
  };
  return readHalfWidth(text).map((r) => {
    const value = { ...r.value };
    if (value.occasion !== undefined) value.occasion = asWritten(value.occasion);
    if (value.counts !== undefined) value.counts = asWritten(value.counts);
    return { ...r, match: sentence.slice(r.start, r.end), value };
  });
}

function readHalfWidth(sentence: string): Reading[] {
  if (definesOrScopes(sentence)) return [];
  const quoted = quotedSpans(sentence);
  // (在“五四”前: a named day in quotes is still a date.)
  const quotedDay = (r: Reading) => /^[“"][^”"]{1,6}[”"](?:节)?(?:之前|以前|前)$/u.test(sentence.slice(r.start, r.end));
  // (“三重一大”事项决策后5个工作日内: a quoted name in the event, the limit itself outside the quotes.)
  const deadlines = readDeadlines(sentence).filter((r) => !overlaps(quoted, r.value.by?.startsWith('after:') ? r.end - 1 : r.start, r.end) || quotedDay(r));
  // 9月10日教师节前: a day before 前 is the date to finish by, not the time of the work.
  const dated = [...deadlines, ...readOccasions(sentence).filter((o) => !deadlines.some((d) => d.start < o.end && o.start < d.end))];
  const claimed = dated.map(spanOf);
  const amounts = readAmounts(sentence, [...nameSpans(sentence), ...claimed], dated.filter((r) => r.kind === 'deadline' && r.value.per).map(spanOf));
  const taken = [...claimed, ...amounts.map(spanOf)];
  // “应助尽助” is quoted as a slogan and still asks for full coverage.
  const quotedWhole = (r: Reading) => r.kind === 'coverage' && /[“"]/u.test(sentence[r.start - 1] ?? '') && /[”"]/u.test(sentence[r.end] ?? '');
  const words = readWords(sentence).filter((r) => (!overlaps(quoted, r.start, r.end) || quotedWhole(r)) && !overlaps(taken, r.start, r.end));
  const figures = [...dated.filter((r) => r.kind !== 'occasion'), ...amounts].map(spanOf);
  const names = [...nameSpans(sentence), ...[...dated.filter((r) => r.kind === 'occasion'), ...words].map(spanOf)];
  // 每年12月，各学校党组织开展一次…: the opening frame's period belongs to that figure, and is no row of its own.
  const frame = openingPeriod(sentence);
  const framed = (r: Reading) => frame !== null && r.start < frame.index + frame[0].length && amounts.some((a) => a.kind === 'frequency' && a.value.amount !== undefined && a.value.per === r.value.per && a.start >= frame.index + frame[0].length);
  const recurring = readRecurring(sentence, figures, names).filter((r) => !framed(r));
  // 去年…；今年要…: what the part that looks back says was done asks nothing.
  const past = lookingBack(sentence);
  return [...dated, ...amounts, ...words, ...recurring].filter((r) => !overlaps(past, r.start, r.start + 1)).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The readings of a sentence with who they bind. `carried` is the subject an
 * earlier sentence set for the ones after it (各学校要…), used and marked as
 * such when this sentence names none.
 */
export function readSentence(sentence: string, carried: Subject | null = null): SentenceReading[] {
  const text = halfWidth(sentence);
  return readPhrases(sentence).map((r) => {
    const subject = subjectAt(text, r.start, r.end);
    const who = subject?.who ?? carried?.who ?? null;
    return { ...r, who, whoFrom: subject ? 'sentence' : who ? 'context' : null, target: targetAt(text, r.start) };
  });
}
