/**
 * The 目录 of a clause page lists the clauses of its own part and the other
 * parts by title; the document page lists every clause. Every clause page
 * carrying every clause made the site grow with the square of a document's
 * length (tests/bench/large-document.ts).
 */
import { describe, expect, it } from 'vitest';
import { readPage } from './site-files.ts';

const tocIds = (html: string) => [...(/<details class="toc"[\s\S]*?<\/details>/u.exec(html)?.[0] ?? '').matchAll(/data-toc="([^"]+)"/gu)].map((m) => m[1]);

describe('the 目录', () => {
  it('on a clause page: its own part’s clauses, the other parts by title', () => {
    expect(tocIds(readPage('jiceng-zuzhi-jianshe/1-3/index.html'))).toEqual(['1', '1-1', '1-2', '1-3', '1-4', '1-5', '1-6', '1-7', '1-8', '1-9', '1-10', '2']);
    expect(tocIds(readPage('jiceng-zuzhi-jianshe/2-2/index.html'))).toEqual(['1', '2', '2-1', '2-2']);
  });

  it('on the document page: every clause of every part', () => {
    const ids = tocIds(readPage('jiceng-zuzhi-jianshe/index.html'));
    expect(ids).toContain('1-10');
    expect(ids).toContain('2-1');
    expect(ids).toContain('2-2');
  });
});
