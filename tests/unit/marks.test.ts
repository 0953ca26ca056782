/**
 * Overlapping marks nest or are refused; none is dropped without a word.
 */
import { describe, expect, it } from 'vitest';
import { crossingMarks, linkable, nestMarks } from '../../src/model/marks.ts';
import { runToHtml } from '../../src/render/inline.ts';
import type { Mark, TextRun } from '../../src/model/types.ts';
import { buildGlossary, type Term } from '../../src/model/glossary.ts';
import { linkTerms } from '../../src/model/term-linker.ts';
import { ContentError } from '../../src/model/errors.ts';
import { buildDocument } from '../../src/body/document.ts';
import type { DocSlug } from '../../src/model/types.ts';

const mark = (kind: Mark['kind'], start: number, end: number, target = 't'): Mark => ({ kind, start, end, target });
const run = (text: string, marks: Mark[]): TextRun => ({ type: 'text', text, line: 1, marks });
const ctx = { notesHref: (n: number) => `#note-${n}`, termHref: (s: string) => `/terms/${s}/`, referenceHref: (k: string) => `/references/#${k}` };

describe('nesting marks', () => {
  it('nests a mark inside the one that contains it, outer first', () => {
    const tree = nestMarks([mark('term', 4, 8), mark('reference', 2, 12), mark('note', 14, 16)]);
    expect(tree.map((n) => [n.mark.kind, n.children.map((c) => c.mark.kind)])).toEqual([
      ['reference', ['term']],
      ['note', []],
    ]);
  });

  it('finds crossings: overlapping without one containing the other', () => {
    const a = mark('note', 2, 6);
    const b = mark('term', 4, 8);
    expect(crossingMarks([a, b, mark('reference', 10, 12)])).toEqual([[a, b]]);
    expect(crossingMarks([mark('note', 2, 8), mark('term', 4, 6)])).toEqual([]);
  });

  it('lets a link sit inside a 校注 or around one, never inside another link or across a mark', () => {
    expect(linkable({ start: 4, end: 6 }, [mark('note', 2, 8)])).toBe(true);
    expect(linkable({ start: 2, end: 8 }, [mark('note', 4, 6)])).toBe(true);
    expect(linkable({ start: 4, end: 6 }, [mark('reference', 2, 8)])).toBe(false);
    expect(linkable({ start: 4, end: 9 }, [mark('note', 2, 8)])).toBe(false);
    expect(linkable({ start: 9, end: 12 }, [mark('reference', 2, 8)])).toBe(true);
  });
});

describe('rendering nested marks', () => {
  it('keeps every character once and in order, with a 校注 inside a cited title', () => {
    const text = '按照《关于彰命名的通知》执行';
    const html = runToHtml(run(text, [mark('reference', 2, 12, 'r-1'), mark('note', 5, 8, '1')]), ctx);
    expect(html).toBe('按照<a class="ref" href="/references/#r-1">《关于<span class="glitch">彰命名</span>的通知》</a><sup class="note-ref" data-pagefind-ignore="all"><a href="#note-1" id="note-ref-1">〔校注1〕</a></sup>执行');
    expect(html.replace(/<sup[^]*?<\/sup>/g, '').replace(/<[^>]+>/g, '')).toBe(text);
  });

  it('puts a term link inside a 校注 span, and the 校注 marker after it', () => {
    const html = runToHtml(run('坚持三重一大制度', [mark('note', 2, 8, '2'), mark('term', 2, 6, 'szyd')]), ctx);
    expect(html).toBe('坚持<span class="glitch"><a class="term" href="/terms/szyd/" data-term="szyd">三重一大</a>制度</span><sup class="note-ref" data-pagefind-ignore="all"><a href="#note-2" id="note-ref-2">〔校注2〕</a></sup>');
  });
});

describe('the term linker beside references', () => {
  const term = (t: Partial<Term> & Pick<Term, 'term' | 'slug'>): Term => ({ aliases: [], category: '组织制度', basis: { kind: 'undefined' }, related: [], file: `content/terms/${t.slug}.yaml`, ...t });
  const source = '---\nslug: demo\n---\n一、总体要求\n(一)学习。按照《关于落实“三会一课”的通知》执行,认真落实“三会一课”。\n';
  const doc = buildDocument({ file: 'content/documents/demo.md', raw: source, body: source.split('---\n')[2] ?? '', meta: { slug: 'demo' as DocSlug, title: '示例', issuer: '测试', issued: null }, notes: [] });

  it('records a term inside a cited title without linking it there, and links the next occurrence in the clause', () => {
    const glossary = buildGlossary([term({ term: '三会一课', slug: 'shsk' })], () => undefined);
    const found = linkTerms(doc, glossary);
    expect(found.map((o) => o.linked)).toEqual([false, true]);
    const clauseRuns = doc.parts[0]?.content.flatMap((c) => (c.type === 'unit' ? [c.unit.heading, ...c.unit.content.flatMap((x) => (x.type === 'text' ? [x] : []))] : [])) ?? [];
    const marks = clauseRuns.flatMap((r) => r.marks);
    expect(crossingMarks(marks)).toEqual([]);
    expect(marks.filter((m) => m.kind === 'term')).toHaveLength(1);
    expect(marks.filter((m) => m.kind === 'reference')).toHaveLength(1);
  });

  it('refuses a 校注 that crosses a cited title, naming the file, the line and the fix', () => {
    const crossing = () =>
      buildDocument({ file: 'content/documents/demo.md', raw: source, body: source.split('---\n')[2] ?? '', meta: { slug: 'demo' as DocSlug, title: '示例', issuer: '测试', issued: null }, notes: [{ quote: '按照《关于', note: '测试' }] });
    expect(crossing).toThrow(ContentError);
    expect(crossing).toThrow(/^content\/documents\/demo\.md:5: 校注所指文字“按照《关于”与“《关于落实“三会一课”的通知》”部分重叠.*处理：调整这条校注的 quote/);
  });
});
