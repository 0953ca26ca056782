/**
 * Turns a text run and its marks into HTML, as a hast tree (never by string
 * concatenation): the run's characters appear exactly once and in order;
 * marks only wrap them or add apart-kept markers after them.
 *
 *   run '认真开展“”、党员…' with a note mark on '认真开展“”'
 *   → '<span class="glitch">认真开展“”</span><sup class="note-ref" …>〔校注2〕</sup>、党员…'
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import { ui } from '../i18n/zh-CN.ts';
import type { Mark, TextRun } from '../model/types.ts';

export interface InlineContext {
  /** Where a note lives: the same anchor on a clause page and the document page. */
  notesHref: (n: number) => string;
  /** A term's page. */
  termHref: (slug: string) => string;
  /** A cited document's entry in the references list. */
  referenceHref: (key: string) => string;
}

export function runToHast(run: TextRun, ctx: InlineContext): ElementContent[] {
  const marks = [...run.marks].sort((a, b) => a.start - b.start);
  const out: ElementContent[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue; // overlapping marks: the earlier one wins
    if (mark.start > at) out.push({ type: 'text', value: run.text.slice(at, mark.start) });
    out.push(...markToHast(mark, run.text.slice(mark.start, mark.end), ctx));
    at = mark.end;
  }
  if (at < run.text.length) out.push({ type: 'text', value: run.text.slice(at) });
  return out;
}

export function runToHtml(run: TextRun, ctx: InlineContext): string {
  return toHtml(runToHast(run, ctx));
}

function markToHast(mark: Mark, text: string, ctx: InlineContext): ElementContent[] {
  if (mark.kind === 'note') {
    const n = Number(mark.target);
    return [
      h('span.glitch', text),
      // The marker is interface, not text: kept out of search excerpts and of the text's characters.
      h('sup.note-ref', { 'data-pagefind-ignore': 'all' }, [h('a', { href: ctx.notesHref(n), id: `note-ref-${n}` }, ui.noteMarker(n))]),
    ];
  }
  if (mark.kind === 'term') {
    // A plain link that works without script; the preview script adds the card on hover and focus.
    return [h('a.term', { href: ctx.termHref(mark.target), 'data-term': mark.target }, text)];
  }
  if (mark.kind === 'reference') {
    return [h('a.ref', { href: ctx.referenceHref(mark.target) }, text)];
  }
  return [{ type: 'text', value: text }];
}
