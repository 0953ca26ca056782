import { describe, expect, it } from 'vitest';
import { canonicalUnitPath, clauseIdOf, clausePath, isDocSlug, isUnitId, isWithin, unitId, unitPath, withBase } from '../../src/model/ids.ts';
import { parseChineseNumeral, toChineseNumeral } from '../../src/model/numerals.ts';
import type { DocSlug, UnitId } from '../../src/model/types.ts';

const slug = 'jiceng-zuzhi-jianshe' as DocSlug;
const id = (s: string) => s as UnitId;

describe('unit IDs', () => {
  it.each([
    ['1', true],
    ['1-6', true],
    ['1-6-2', true],
    ['10-12-3-4', true],
    ['0', false],
    ['1-06', false],
    ['1_6', false],
    ['', false],
    ['1-', false],
  ])('isUnitId(%j) is %s', (s, ok) => expect(isUnitId(s)).toBe(ok));

  it.each([
    ['jiceng-zuzhi-jianshe', true],
    ['a1', true],
    ['Jiceng', false],
    ['ji ceng', false],
    ['-a', false],
    ['基层', false],
  ])('isDocSlug(%j) is %s', (s, ok) => expect(isDocSlug(s)).toBe(ok));

  it('joins a numbering path with hyphens', () => {
    expect(unitId([1, 6, 2])).toBe('1-6-2');
    expect(() => unitId([0])).toThrow();
  });

  it.each([
    ['1', null],
    ['1-6', '1-6'],
    ['1-6-2', '1-6'],
    ['2-1-3-4', '2-1'],
  ])('the clause of %s is %s', (s, clause) => expect(clauseIdOf(id(s))).toBe(clause));
});

describe('units within units', () => {
  it.each([
    ['1-6', '1-6', true],
    ['1-6-2', '1-6', true],
    ['1-6-2-1', '1-6', true],
    ['1-60', '1-6', false],
    ['1-5', '1-6', false],
    ['1', '1-6', false],
  ])('isWithin(%s, %s) is %s', (id, ancestor, yes) => expect(isWithin(id, ancestor)).toBe(yes));
});

describe('URLs under a base path', () => {
  it.each([
    ['/', '/jiceng-zuzhi-jianshe/1-6/', '/jiceng-zuzhi-jianshe/#1-6-2', '/jiceng-zuzhi-jianshe/1-6/#1-6-2', '/jiceng-zuzhi-jianshe/#1'],
    ['/yaodian/', '/yaodian/jiceng-zuzhi-jianshe/1-6/', '/yaodian/jiceng-zuzhi-jianshe/#1-6-2', '/yaodian/jiceng-zuzhi-jianshe/1-6/#1-6-2', '/yaodian/jiceng-zuzhi-jianshe/#1'],
    ['/a/b', '/a/b/jiceng-zuzhi-jianshe/1-6/', '/a/b/jiceng-zuzhi-jianshe/#1-6-2', '/a/b/jiceng-zuzhi-jianshe/1-6/#1-6-2', '/a/b/jiceng-zuzhi-jianshe/#1'],
  ])('base %s', (base, clause, anchor, canonicalItem, part) => {
    expect(clausePath(base, slug, id('1-6'))).toBe(clause);
    expect(unitPath(base, slug, id('1-6-2'))).toBe(anchor);
    expect(canonicalUnitPath(base, slug, id('1-6-2'))).toBe(canonicalItem);
    expect(canonicalUnitPath(base, slug, id('1-6'))).toBe(clause);
    expect(canonicalUnitPath(base, slug, id('1'))).toBe(part);
  });

  it('never doubles a slash', () => {
    expect(withBase('/x/', '/y/')).toBe('/x/y/');
    expect(withBase('/', '')).toBe('/');
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['零', null],
    ['十十', null],
    ['一一', null],
    ['', null],
  ])('%j is %s', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it('writes back what it reads', () => {
    for (let n = 1; n < 100; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });
});
