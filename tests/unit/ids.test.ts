import { describe, expect, it } from 'vitest';
import { baseDir, canonicalUnitPath, clauseIdOf, clausePath, dataPath, indexFile, isDocSlug, isUnitId, isWithin, parseUnitKey, referencePath, requirementsPath, sitePagePath, termPath, unitId, unitKey, unitPath, withBase } from '../../src/model/ids.ts';
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
    ['zhang-1', null],
  ])('in a plan with parts, the clause page of %s is %s', (s, clause) => expect(clauseIdOf(id(s), 2)).toBe(clause));

  it.each([
    ['6', '6'],
    ['6-2', '6'],
    ['6-2-1', '6'],
    ['zhang-1', null],
    ['zhang-2-jie-1', null],
  ])('in an article document, the page of %s is %s', (s, page) => expect(clauseIdOf(id(s), 1)).toBe(page));

  it.each([
    ['zhang-1', true],
    ['zhang-12-jie-3', true],
    ['jie-2', true],
    ['zhang-0', false],
    ['zhang-1-jie', false],
    ['chapter-1', false],
  ])('isUnitId(%j) for chapters is %s', (s, ok) => expect(isUnitId(s)).toBe(ok));
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
    expect(canonicalUnitPath(base, slug, id('1-6-2'), 2)).toBe(canonicalItem);
    expect(canonicalUnitPath(base, slug, id('1-6'), 2)).toBe(clause);
    expect(canonicalUnitPath(base, slug, id('1'), 2)).toBe(part);
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
    ['一百', 100],
    ['一百零一', 101],
    ['一百一十', 110],
    ['一百二十三', 123],
    ['一百十', null],
    ['零', null],
    ['十十', null],
    ['一一', null],
    ['', null],
  ])('%j is %s', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it('writes back what it reads', () => {
    for (let n = 1; n < 1000; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
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

describe('one way to each URL', () => {
  it.each([
    ['/', '/terms/', '/terms/sanzhong-yida/', '/references/', '/references/#r-1a2b', '/jiceng-zuzhi-jianshe/data.json', '/requirements/', '/requirements/jiceng-zuzhi-jianshe/'],
    ['/yaodian/', '/yaodian/terms/', '/yaodian/terms/sanzhong-yida/', '/yaodian/references/', '/yaodian/references/#r-1a2b', '/yaodian/jiceng-zuzhi-jianshe/data.json', '/yaodian/requirements/', '/yaodian/requirements/jiceng-zuzhi-jianshe/'],
  ])('under base %s', (base, terms, term, refs, ref, data, reqs, docReqs) => {
    expect(termPath(base)).toBe(terms);
    expect(termPath(base, 'sanzhong-yida')).toBe(term);
    expect(referencePath(base)).toBe(refs);
    expect(referencePath(base, 'r-1a2b')).toBe(ref);
    expect(dataPath(base, slug)).toBe(data);
    expect(sitePagePath(base, 'requirements')).toBe(reqs);
    expect(requirementsPath(base)).toBe(reqs);
    expect(requirementsPath(base, slug)).toBe(docReqs);
  });

  it('writes and reads slug#id keys, refusing what is not one', () => {
    expect(unitKey(slug, '1-6-2')).toBe('jiceng-zuzhi-jianshe#1-6-2');
    expect(parseUnitKey('jiceng-zuzhi-jianshe#1-6-2')).toEqual({ slug, id: '1-6-2' });
    expect(parseUnitKey('jiceng-zuzhi-jianshe')).toBeNull();
    expect(parseUnitKey('Jiceng#1')).toBeNull();
    expect(parseUnitKey('doc#1-x')).toBeNull();
  });
});

describe('handed-out URLs', () => {
  it('are absolute on the public site when the build knows it, and the path alone when it does not', async () => {
    const { publicUrl } = await import('../../src/model/ids.ts');
    expect(publicUrl(new URL('https://dj.example.cn'), '/yaodian/jiceng-zuzhi-jianshe/1-6/')).toBe('https://dj.example.cn/yaodian/jiceng-zuzhi-jianshe/1-6/');
    expect(publicUrl(undefined, '/yaodian/jiceng-zuzhi-jianshe/1-6/#1-6-2')).toBe('/yaodian/jiceng-zuzhi-jianshe/1-6/#1-6-2');
  });
});
