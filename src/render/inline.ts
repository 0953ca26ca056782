/**
 * Turns a text run and its marks into HTML, as a hast tree (never by string
 * concatenation): the run's characters appear exactly once and in order;
 * marks only wrap them or add apart-kept markers after them. Marks nest (a
 * 校注 inside a cited title); a 校注 marker inside a link is placed after the link.
 *
 *   run '认真开展“”、党员…' with a note mark on '认真开展“”'
 *   → '<span class="glitch">认真开展“”</span><sup class="note-ref" …>〔校注2〕</sup>、党员…'
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import { ui } from '../i18n/zh-CN.ts';
import type { Mark, TextRun } from '../model/types.ts';
import { isLinkMark, nestMarks, type MarkNode } from '../model/marks.ts';

export interface InlineContext {
  /** Where a note lives: the same anchor on a clause page and the document page. */
  notesHref: (n: number) => string;
  /** A term's page. */
  termHref: (slug: string) => string;
  /** A cited document's entry in the references list. */
  referenceHref: (key: string) => string;
}

export function runToHast(run: TextRun, ctx: InlineContext): ElementContent[] {
  const { content, after } = renderSpan(run.text, 0, run.text.length, nestMarks(run.marks), ctx, false);
  return [...content, ...after];
}

interface Rendered {
  content: ElementContent[];
  /** Interface markers that cannot stand inside an enclosing link (a 校注 marker is a link itself): placed after it. */
  after: ElementContent[];
}

/** Renders text[from, to) with the marks nested inside it. */
function renderSpan(text: string, from: number, to: number, nodes: readonly MarkNode[], ctx: InlineContext, inLink: boolean): Rendered {
  const content: ElementContent[] = [];
  const after: ElementContent[] = [];
  let at = from;
  for (const node of nodes) {
    const { mark } = node;
    if (mark.start > at) content.push({ type: 'text', value: text.slice(at, mark.start) });
    const inner = renderSpan(text, mark.start, mark.end, node.children, ctx, inLink || isLinkMark(mark));
    const wrapped = markToHast(mark, inner.content, ctx);
    content.push(...wrapped.content);
    // Markers held back by a link inside this mark come out once the link is closed.
    const pending = [...inner.after, ...wrapped.after];
    if (inLink) after.push(...pending);
    else content.push(...pending);
    at = mark.end;
  }
  if (at < to) content.push({ type: 'text', value: text.slice(at, to) });
  return { content, after };
}

export function runToHtml(run: TextRun, ctx: InlineContext): string {
  return toHtml(runToHast(run, ctx));
}

function markToHast(mark: Mark, inner: ElementContent[], ctx: InlineContext): Rendered {
  if (mark.kind === 'note') {
    const n = Number(mark.target);
    return {
      content: [h('span.glitch', inner)],
      // The marker is interface, not text: kept out of search excerpts and of the text's characters.
      after: [h('sup.note-ref', { 'data-pagefind-ignore': 'all' }, [h('a', { href: ctx.notesHref(n), id: `note-ref-${n}` }, ui.noteMarker(n))])],
    };
  }
  if (mark.kind === 'term') {
    // A plain link that works without script; the preview script adds the card on hover and focus.
    return { content: [h('a.term', { href: ctx.termHref(mark.target), 'data-term': mark.target }, inner)], after: [] };
  }
  return { content: [h('a.ref', { href: ctx.referenceHref(mark.target) }, inner)], after: [] };
}
