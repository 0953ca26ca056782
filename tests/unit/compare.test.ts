/**
 * 与上年对比 on the fixture pair (tests/fixtures/sites/yearly): 2017 reorders
 * two clauses, inserts one, removes one, and edits three, two of them in their
 * numbers (每月开展2次 → 3次, 90% → 95%, 1期 → 2期).
 */
import { describe, expect, it } from 'vitest';
import { compareDocuments, dice, predecessorOf } from '../../src/model/compare.ts';
import { loadDocumentFile, SOURCE_DOCUMENT } from '../support/load-document.ts';

const DIR = 'tests/fixtures/sites/yearly/documents';
const y2016 = loadDocumentFile(`${DIR}/demo-yaodian-2016.md`);
const y2017 = loadDocumentFile(`${DIR}/demo-yaodian-2017.md`);
const seed = loadDocumentFile(SOURCE_DOCUMENT);

describe('comparing a year’s 要点 with the last', () => {
  const result = compareDocuments(y2016, y2017);
  const row = (title: string) => result.clauses.find((c) => (c.after ?? c.before)?.title === title);

  it('finds last year’s document by series and year, and none for the seed', () => {
    expect(predecessorOf(y2017, [seed, y2016, y2017])).toBe(y2016);
    expect(predecessorOf(y2016, [seed, y2016, y2017])).toBeNull();
    expect(predecessorOf(seed, [seed, y2016, y2017])).toBeNull();
  });

  it('counts each kind of change', () => {
    expect(result.counts).toEqual({ added: 1, removed: 1, changed: 3, unchanged: 2 });
  });

  it('pairs clauses by content, so a reordered clause is unchanged and not renumbered into a change', () => {
    expect(row('落实意识形态工作责任制')).toMatchObject({ status: 'unchanged', before: { id: '1-2' }, after: { id: '1-1' } });
    expect(row('加强理论武装')).toMatchObject({ status: 'changed', before: { id: '1-1' }, after: { id: '1-2' } });
    expect(row('推进学习教育常态化')).toMatchObject({ status: 'added', before: null });
    expect(row('加强民办学校党建')).toMatchObject({ status: 'removed', after: null });
  });

  it('shows the removed clause where it used to be: after the last clause of its part', () => {
    expect(result.clauses.map((c) => c.status)).toEqual(['unchanged', 'changed', 'added', 'changed', 'unchanged', 'changed', 'removed']);
  });

  it('diffs changed text by character', () => {
    const pieces = row('加强理论武装')?.pieces ?? [];
    expect(pieces.filter((p) => p.change === 'removed').map((p) => p.value)).toEqual(['2', '0']);
    expect(pieces.filter((p) => p.change === 'added').map((p) => p.value)).toEqual(['3', '5']);
  });

  it('lists requirement changes of paired clauses', () => {
    expect(result.requirementChanges.map((c) => [c.clause.place, c.kind, c.before?.match ?? null, c.after?.match ?? null])).toEqual([
      ['第一部分第（二）条', 'frequency', '每月开展2次', '每月开展3次'],
      ['第一部分第（二）条', 'proportion', '达90%以上', '达95%以上'],
      ['第二部分第（二）条', 'count', '1期', '2期'],
      ['第二部分第（二）条', 'count', null, '1期'],
    ]);
  });

  it('scores equal text 1, unrelated text 0', () => {
    expect(dice('加强理论武装', '加强理论武装')).toBe(1);
    expect(dice('加强理论武装', '规范党费收缴')).toBe(0);
  });
});
