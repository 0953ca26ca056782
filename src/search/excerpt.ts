/**
 * The excerpt under a result: the window of the exact text that holds the
 * most of the matches, with the matched characters marked. Matching is on
 * normalised text (so 三名工程 highlights “三名”工程) and mapped back to the
 * original.
 * Returns plain segments; the UI turns them into text nodes, never HTML.
 *
 *   excerpt('……深入实施“三名”工程,着力……', ['三名工程'])
 *   → [{ text: '……深入实施“', mark: false }, { text: '三名”工程', mark: true }, { text: ',着力……', mark: false }]
 */
import { normalizeWithMap } from './normalize.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

const WINDOW = 64;

/**
 * Where normalised needles occur in the original text, longest needle first,
 * without overlaps, in text order: [start, end) offsets into `text`.
 * Shared by the excerpts and the marks on the page a result opens.
 */
export function matchSpans(text: string, needles: readonly string[]): Array<[number, number]> {
  const { normalized, starts, ends } = normalizeWithMap(text);
  const spans: Array<[number, number]> = [];
  for (const needle of [...new Set(needles)].filter((n) => n.length > 0).sort((a, b) => b.length - a.length)) {
    for (let i = normalized.indexOf(needle); i !== -1; i = normalized.indexOf(needle, i + needle.length)) {
      const start = starts[i] ?? 0;
      const end = ends[i + needle.length - 1] ?? start + 1;
      if (!spans.some(([s, e]) => start < e && s < end)) spans.push([start, end]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

export function excerpt(text: string, needles: readonly string[], window = WINDOW): Segment[] {
  const spans = matchSpans(text, needles);
  // The window that holds the most matched characters (a question's words cluster where it is answered).
  const clamp = (start: number) => Math.max(0, Math.min(start - Math.floor(window / 4), text.length - window));
  const covered = (from: number) => spans.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, from + window) - Math.max(s, from)), 0);
  const from = spans.map(([s]) => clamp(s)).reduce((best, c) => (covered(c) > covered(best) ? c : best), clamp(spans[0]?.[0] ?? 0));
  const to = Math.min(text.length, from + window);
  const segments: Segment[] = [];
  let at = from;
  for (const [s, e] of spans) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false });
  if (from > 0) segments.unshift({ text: '……', mark: false });
  if (to < text.length) segments.push({ text: '……', mark: false });
  return segments;
}
