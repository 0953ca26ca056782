/**
 * Making units and filling in their text: the heading a unit starts with, the
 * text runs it holds, and its exact text once the outline is complete.
 *
 *   splitHeading('（一）加强学习。每月2次。', 3) → { end: 8, title: '加强学习' }
 *   splitHeading('一、总体要求', 2)              → { end: 6, title: '总体要求' }
 *   splitHeading('（二）抓管理，一是学；二是做', 3)   → { end: 7 (before 一是), title: '抓管理，一是学' }
 */
import type { TextRun, Unit } from '../model/types.ts';
import { listStart } from './enumerations.ts';

export function textRun(text: string, line: number): TextRun {
  return { type: 'text', text, line, marks: [] };
}

/** The heading of a unit: marker, title, and the `。`/`；` that ends it (or, in a line, up to its first list item), and its title. */
export function splitHeading(text: string, markerLength: number, allowList = true): { end: number; title: string } {
  const stopAt = text.slice(markerLength).search(/[。；]/u);
  const stop = stopAt === -1 ? -1 : markerLength + stopAt;
  const list = allowList ? listStart(text, markerLength) : -1;
  const beforeList = list !== -1 && (stop === -1 || list < stop);
  // The title is always the text up to the first 。/；; the heading run ends before a list that starts
  // sooner, so that the list's items can own their text.
  const titleEnd = stop === -1 ? text.length : stop;
  const end = beforeList ? list : stop === -1 ? text.length : stop + 1;
  return { end, title: cleanTitle(text.slice(markerLength, titleEnd)) };
}

/** Leading spaces and a trailing `，、：,:;` go; the rest is the text as written. */
export function cleanTitle(s: string): string {
  return s.trim().replace(/[，、：,:;；\s]+$/u, '');
}

export function childUnits(unit: Unit): Unit[] {
  return unit.content.flatMap((c) => (c.type === 'unit' ? [c.unit] : []));
}

/** Fills in each unit's exact `text`: pieces on one source line join directly, lines join with `\n`. */
export function finishText(unit: Unit): string {
  let text = unit.heading.text;
  let line = unit.heading.line;
  for (const piece of unit.content) {
    const pieceLine = piece.type === 'text' ? piece.line : piece.unit.line;
    const pieceText = piece.type === 'text' ? piece.text : finishText(piece.unit);
    text += (pieceLine === line ? '' : '\n') + pieceText;
    line = piece.type === 'text' ? piece.line : lastLine(piece.unit);
  }
  unit.text = text;
  return text;
}

function lastLine(unit: Unit): number {
  const last = unit.content.at(-1);
  if (!last) return unit.line;
  return last.type === 'text' ? last.line : lastLine(last.unit);
}
