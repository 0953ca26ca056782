import { describe, expect, it } from 'vitest';
import { buildGlossary, type Term } from '../../src/model/glossary.ts';
import { findTerms, linkTerms, matchersFor } from '../../src/model/term-linker.ts';
import { parseBody } from '../../src/body/parse.ts';
import { ContentError } from '../../src/model/errors.ts';
import type { DocSlug, DocumentModel } from '../../src/model/types.ts';
import { allUnits } from '../../src/model/walk.ts';
import { loadDocumentFile, SOURCE_DOCUMENT } from '../support/load-document.ts';
import { loadTermFiles } from '../support/load-terms.ts';

const term = (t: Partial<Term> & Pick<Term, 'term' | 'slug'>): Term => ({ aliases: [], category: '组织制度', basis: { kind: 'undefined' }, related: [], file: `content/terms/${t.slug}.yaml`, ...t });
const noLine = () => undefined;

const glossary = buildGlossary(
  [
    term({ term: '三名工程', slug: 'sanming', aliases: ['“三名”工程'] }),
    term({ term: '名师工程', slug: 'mingshi' }),
    term({ term: '庭州名师工程', slug: 'tingzhou' }),
    term({ term: '党政同责、一岗双责', slug: 'dangzheng', aliases: ['党政同责,一岗双责'] }),
    term({ term: '查、摆、议', slug: 'chabaiyi', aliases: ['查摆议'] }),
    term({ term: '三重一大', slug: 'sanzhong' }),
  ],
  noLine,
);
const matchers = matchersFor(glossary);
const found = (text: string) => findTerms(text, matchers).map((h) => [h.term.slug, text.slice(h.start, h.end)]);

describe('finding terms in text', () => {
  it('prefers the longest match: 庭州名师工程 is one term, not 名师工程 inside it', () => {
    expect(found('做好“庭州名师工程”高层次人才的培养')).toEqual([['tingzhou', '庭州名师工程']]);
  });

  it('matches across quotes inside a term: 三名工程 finds “三名”工程', () => {
    expect(found('深入实施“三名”工程,着力加强')).toEqual([['sanming', '三名”工程']]);
  });

  it('matches any separator between parts: 、 , or ，', () => {
    expect(found('全面落实“党政同责,一岗双责”要求')).toEqual([['dangzheng', '党政同责,一岗双责']]);
    expect(found('党政同责，一岗双责')).toEqual([['dangzheng', '党政同责，一岗双责']]);
    expect(found('开展“查、摆、议”活动与查摆议')).toEqual([
      ['chabaiyi', '查、摆、议'],
      ['chabaiyi', '查摆议'],
    ]);
  });

  it('resolves overlapping candidates without double counting', () => {
    expect(found('三重一大三重一大')).toEqual([
      ['sanzhong', '三重一大'],
      ['sanzhong', '三重一大'],
    ]);
    expect(found('没有提法的句子。')).toEqual([]);
  });
});

describe('linking terms into a document', () => {
  const body = ['一、总则', '(一)第一条。坚持“三重一大”。再说三重一大。一是落实三重一大。', '(二)第二条。三重一大。'].join('\n');
  const outline = parseBody(body, { file: 'x.md', lineOffset: 0 });
  const doc: DocumentModel = { meta: { slug: 'x' as DocSlug, title: '甲', issuer: '乙', issued: null }, file: 'x.md', notes: [], terms: [], requirements: [], references: [], issued: null, ...outline };
  const occurrences = linkTerms(doc, glossary);

  it('records every occurrence with the unit that holds it and its sentence', () => {
    expect(occurrences.map((o) => [o.unitId, o.linked, o.sentence])).toEqual([
      ['1-1', true, '坚持“三重一大”。'],
      ['1-1', false, '再说三重一大。'],
      ['1-1-1', false, '一是落实三重一大。'],
      ['1-2', true, '三重一大。'],
    ]);
  });

  it('links only the first occurrence in each clause, leaving the characters as they are', () => {
    const marks = allUnits(doc).flatMap((u) => [u.heading, ...u.content.flatMap((c) => (c.type === 'text' ? [c] : []))].flatMap((r) => r.marks.map((m) => r.text.slice(m.start, m.end))));
    expect(marks).toEqual(['三重一大', '三重一大']);
    expect(allUnits(doc).map((u) => u.text).join('\n')).toContain('坚持“三重一大”。再说三重一大。一是落实三重一大。');
  });
});

describe('the glossary check', () => {
  it('rejects a counting term whose expansion has the wrong number of parts, saying how many and why', () => {
    const bad = term({ term: '三严三实', slug: 'sanyan', expansion: ['严以修身', '严以用权', '严以律己', '谋事要实', '创业要实'], definition: '…', basis: { kind: 'public', source: '《某文件》2015年' } });
    expect(() => buildGlossary([bad], () => 6)).toThrow(ContentError);
    expect(() => buildGlossary([bad], () => 6)).toThrow(
      'content/terms/sanyan.yaml:6: 提法“三严三实”的名称含 6 项（3 + 3），expansion 却列出 5 项。处理：核对依据，把 expansion 改为 6 项；依据不能确定时删去 expansion 并把 basis 改为 undefined。',
    );
  });

  it('rejects a spelling made only of quote marks: “” would match at every position of the text', () => {
    const bad = term({ term: '“”', slug: 'kong' });
    expect(() => buildGlossary([bad], () => 1)).toThrow(
      'content/terms/kong.yaml:1: 提法写法““””去掉引号、顿号和空格后一个字也不剩，会在正文每个位置都匹配。处理：写出提法的完整名称（至少 2 个字，如“三重一大”），引号不必写；不需要的别名直接删去。',
    );
  });

  it('rejects an alias of one character after normalisation, naming the file and line of the alias', () => {
    const bad = term({ term: '三重一大', slug: 'szyd', aliases: ['“党”'] });
    expect(() => buildGlossary([bad], (_file, needle) => (needle === '“党”' ? 4 : undefined))).toThrow(/^content\/terms\/szyd\.yaml:4: 提法写法““党””.*只剩一个字“党”/);
  });

  it('accepts two-character spellings with quotes and separators around them', () => {
    expect(() => buildGlossary([term({ term: '“双培养”', slug: 'sp', aliases: ['查、摆'] })], noLine)).not.toThrow();
  });

  it('rejects an expansion on a term whose name counts nothing', () => {
    const bad = term({ term: '查、摆、议', slug: 'cby', expansion: ['查', '摆', '议'], definition: '…', basis: { kind: 'public', source: '《某文件》2015年' } });
    expect(() => buildGlossary([bad], noLine)).toThrow(/名称不含数字/);
  });

  it('rejects a related term that does not exist, and a spelling claimed twice', () => {
    expect(() => buildGlossary([term({ term: '甲乙', slug: 'a', related: ['nope'] })], noLine)).toThrow(/related 中的“nope”/);
    expect(() => buildGlossary([term({ term: '甲乙', slug: 'a' }), term({ term: '丙丁', slug: 'b', aliases: ['甲乙'] })], noLine)).toThrow(/同时属于/);
  });
});

describe('the glossary over the source document', () => {
  const doc = loadDocumentFile(SOURCE_DOCUMENT);
  const real = buildGlossary(
    loadTermFiles().map(({ file, entry }) => ({ ...entry, file })),
    noLine,
  );
  const occurrences = linkTerms(doc, real);

  it('finds every term of the glossary in the text at least once', () => {
    const seen = new Set(occurrences.map((o) => o.slug));
    expect(real.terms.filter((t) => !seen.has(t.slug)).map((t) => t.term)).toEqual([]);
  });

  it('links 四个不直接分管, 三重一大 and 末尾表态制 in clause 1-3', () => {
    expect(occurrences.filter((o) => o.unitId === '1-3' && o.linked).map((o) => o.text)).toEqual(['四个不直接分管', '三重一大', '末尾表态制', '双培养']);
  });
});
