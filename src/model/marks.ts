/**
 * How the marks on one text run fit together. Marks may be disjoint or nest
 * (a 校注 inside a cited title, a term inside a 校注); they may not cross,
 * and a link may not sit inside another link (HTML cannot nest links).
 *
 *   '按照《关于“三会一课”的通知》' with reference 《…》 and term 三会一课 inside it
 *   → nestMarks: [reference { children: [term] }]   (the term linker avoids this one: see linkable)
 *   note on 2–6 and term on 4–8 → crossingMarks: [[note, term]]
 */
import type { Mark } from './types.ts';

export interface MarkNode {
  mark: Mark;
  children: MarkNode[];
}

/** Marks that render as links. */
export function isLinkMark(mark: Pick<Mark, 'kind'>): boolean {
  return mark.kind === 'term' || mark.kind === 'reference';
}

function contains(outer: Pick<Mark, 'start' | 'end'>, inner: Pick<Mark, 'start' | 'end'>): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function overlaps(a: Pick<Mark, 'start' | 'end'>, b: Pick<Mark, 'start' | 'end'>): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Pairs of marks that overlap without one containing the other. */
export function crossingMarks(marks: readonly Mark[]): Array<[Mark, Mark]> {
  const pairs: Array<[Mark, Mark]> = [];
  marks.forEach((a, i) => {
    for (const b of marks.slice(i + 1)) if (overlaps(a, b) && !contains(a, b) && !contains(b, a)) pairs.push([a, b]);
  });
  return pairs;
}

/** Whether a new link over `span` fits among `marks`: it crosses none and meets no other link. */
export function linkable(span: Pick<Mark, 'start' | 'end'>, marks: readonly Mark[]): boolean {
  return marks.every((m) => !overlaps(m, span) || (!isLinkMark(m) && (contains(m, span) || contains(span, m))));
}

/** The marks as a tree, outer before inner, in text order. Assumes no crossings (see crossingMarks). */
export function nestMarks(marks: readonly Mark[]): MarkNode[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: MarkNode[] = [];
  const open: MarkNode[] = [];
  for (const mark of sorted) {
    while (open.length > 0 && !contains(open.at(-1)!.mark, mark)) open.pop();
    const node: MarkNode = { mark, children: [] };
    (open.at(-1)?.children ?? roots).push(node);
    open.push(node);
  }
  return roots;
}
