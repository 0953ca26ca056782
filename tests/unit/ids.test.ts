import { describe, expect, it } from 'vitest';
import { baseDir, canonicalUnitPath, clauseIdOf, clausePath, indexFile, isDocSlug, isUnitId, isWithin, unitId, unitPath, withBase } from '../../src/model/ids.ts';
import { sentenceAround } from '../../src/model/sentences.ts';
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

  it('makes a base a directory, and a directory path a file', () => {
    expect(baseDir('/yaodian')).toBe('/yaodian/');
    expect(baseDir('/')).toBe('/');
    expect(indexFile('')).toBe('index.html');
    expect(indexFile('terms/')).toBe('terms/index.html');
    expect(indexFile('a/data.json')).toBe('a/data.json');
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

describe('the sentence around a span', () => {
  it.each([
    ['甲。坚持“三重一大”。乙', 5, 9, '坚持“三重一大”。', 3],
    ['无句号的一段话', 1, 3, '无句号的一段话', 1],
    ['一；二！三？四', 4, 5, '三？', 0],
  ])('in %j, [%i, %i) lies in %j at %i', (text, start, end, sentence, at) => {
    expect(sentenceAround(text, start, end)).toEqual({ sentence, start: at, end: at + (end - start) });
  });
});

describe('handed-out URLs', () => {
  it('are absolute on the public site when the build knows it, and the path alone when it does not', async () => {
    const { publicUrl } = await import('../../src/model/ids.ts');
    expect(publicUrl(new URL('https://dj.example.cn'), '/yaodian/jiceng-zuzhi-jianshe/1-6/')).toBe('https://dj.example.cn/yaodian/jiceng-zuzhi-jianshe/1-6/');
    expect(publicUrl(undefined, '/yaodian/jiceng-zuzhi-jianshe/1-6/#1-6-2')).toBe('/yaodian/jiceng-zuzhi-jianshe/1-6/#1-6-2');
  });
});
