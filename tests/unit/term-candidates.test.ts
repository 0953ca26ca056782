/**
 * New 提法: quoted, 提法-shaped phrases without a glossary entry, each with a
 * ready stub; a basis from the document only when it spells the term out in
 * brackets, quoted exactly; never a definition of our own.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { documentTermCandidates, findTermCandidates, glossarySpellings, looksLikeTerm } from '../../src/model/term-candidates.ts';
import { buildDocument } from '../../src/body/document.ts';
import { buildGlossary, type Term } from '../../src/model/glossary.ts';
import type { DocSlug } from '../../src/model/types.ts';
import { termCandidatesWarning } from '../../src/data/term-candidates-report.ts';
import { termSlug, termStub } from '../../src/model/term-stub.ts';

/** A clause with two 提法 the glossary does not have: one spelled out in brackets, one not. */
const CLAUSE = '（二）加强廉洁教育。深入开展“三会一课”(支部党员大会、支部委员会、党小组会和党课)，认真落实“一岗双责”，深化“三名”工程。';
const KNOWN = ['三名工程', '两学一做'];

describe('findTermCandidates', () => {
  it('finds the two new 提法 and the bracket that spells one of them out', () => {
    expect(findTermCandidates(CLAUSE, KNOWN)).toEqual([
      { term: '三会一课', start: CLAUSE.indexOf('“三会一课”'), bracket: '(支部党员大会、支部委员会、党小组会和党课)', parts: ['支部党员大会', '支部委员会', '党小组会', '党课'] },
      { term: '一岗双责', start: CLAUSE.indexOf('“一岗双责”') },
    ]);
  });

  it('gives exactly these two stubs', () => {
    const stubs = findTermCandidates(CLAUSE, KNOWN).map((c) => termStub({ ...c, document: 'dangfeng-lianzheng', unitId: '1-2' }, termSlug(c.term)));
    expect(stubs).toHaveLength(2);
    expect(stubs[0]).toBe(
      [
        "term: '三会一课'",
        "slug: 'sanhui-yike'",
        'aliases: []',
        'category: null # 必填，从中选一：学习教育、组织制度、队伍建设、党建品牌与活动、意识形态与安全稳定、德育与思想政治',
        "definition: '原文括注为“支部党员大会、支部委员会、党小组会和党课”。' # 只转述原文括注，可据原文补充，不要自拟",
        'expansion:',
        "  - '支部党员大会'",
        "  - '支部委员会'",
        "  - '党小组会'",
        "  - '党课'",
        'basis:',
        "  kind: 'document'",
        "  document: 'dangfeng-lianzheng'",
        "  unit: '1-2'",
        "  quote: '(支部党员大会、支部委员会、党小组会和党课)'",
        'related: []',
        '',
      ].join('\n'),
    );
    expect(stubs[1]).toBe(
      [
        "term: '一岗双责'",
        "slug: 'yigang-shuangze'",
        'aliases: []',
        'category: null # 必填，从中选一：学习教育、组织制度、队伍建设、党建品牌与活动、意识形态与安全稳定、德育与思想政治',
        'basis:',
        "  kind: 'undefined' # 原文未释义：有公开文件写明时改为 public 并写出处",
        'related: []',
        '',
      ].join('\n'),
    );
  });

  it('quotes the bracket exactly as it stands in the text', () => {
    const [spelled] = findTermCandidates(CLAUSE, KNOWN);
    expect(CLAUSE).toContain(`“三会一课”${spelled?.bracket}`);
  });

  it('writes no definition and no expansion when the text does not spell the term out', () => {
    const stub = parse(termStub({ term: '一岗双责', start: 0, document: 'x', unitId: '1' }, 'yigang-shuangze')) as Record<string, unknown>;
    expect(stub.definition).toBeUndefined();
    expect(stub.expansion).toBeUndefined();
    expect(stub.basis).toEqual({ kind: 'undefined' });
  });

  it('keeps a bracket whose parts do not add up to the name as the quote, without an expansion', () => {
    const [c] = findTermCandidates('落实“四个最佳”(最佳主题教育活动、最佳组织生活)要求', []);
    expect(c).toEqual({ term: '四个最佳', start: 2, bracket: '(最佳主题教育活动、最佳组织生活)' });
  });

  it('skips phrases the glossary has, whatever quotes and commas stand between their characters', () => {
    expect(findTermCandidates('深入实施“三名”工程，开展“两学一做”', KNOWN)).toEqual([]);
  });

  it('lists a term once, at the occurrence that spells it out', () => {
    const text = '落实“一岗双责”。再次强调“一岗双责”（党政领导干部既抓业务又抓党风廉政建设）。';
    expect(findTermCandidates(text, []).map((c) => [c.term, c.bracket])).toEqual([['一岗双责', '（党政领导干部既抓业务又抓党风廉政建设）']]);
  });

  it.each([
    ['三会一课', true],
    ['四好两优', true],
    ['一岗双责', true],
    ['12345', false],
    ['12345工程', true],
    ['查、摆、议', true],
    ['第一责任人', false],
    ['政治家办教育', false],
    ['抓好党建是最大的政绩', false],
    ['你中有我、我中有你', false],
  ])('%s looks like a 提法: %s', (phrase, expected) => {
    expect(looksLikeTerm(phrase)).toBe(expected);
  });
});

describe('termSlug', () => {
  it.each([
    ['四好两优', 'sihao-liangyou'],
    ['两学一做', 'liangxue-yizuo'],
    ['一台二岗三示范', 'yitai-ergang-sanshifan'],
    ['查、摆、议', 'cha-bai-yi'],
    ['12345工程', '12345-gongcheng'],
  ])('%s → %s, as the glossary names its files', (term, slug) => {
    expect(termSlug(term)).toBe(slug);
  });

  it('never takes a slug the glossary already has', () => {
    expect(termSlug('四好两优', new Set(['sihao-liangyou']))).toBe('sihao-liangyou-2');
  });
});

describe('in a document and in the build', () => {
  const body = ['一、落实主体责任', CLAUSE.replace('（二）', '（一）'), '（二）开展“两学一做”学习教育。'].join('\n');
  const raw = `---\nslug: demo\n---\n${body}\n`;
  const doc = buildDocument({ file: 'content/documents/demo.md', raw, body: `${body}\n`, meta: { slug: 'demo' as DocSlug, title: '示例', issuer: '教育工委', issued: null }, notes: [] });
  const term = (name: string, slug: string): Term => ({ term: name, slug, aliases: [], category: '学习教育', basis: { kind: 'undefined' }, related: [], file: `content/terms/${slug}.yaml` });
  const glossary = buildGlossary([term('两学一做', 'liangxue-yizuo'), term('三名工程', 'sanming-gongcheng')], () => undefined);

  it('places each candidate in the unit that holds it, for the document basis', () => {
    expect(documentTermCandidates(doc, glossarySpellings(glossary)).map((c) => [c.term, c.document, c.unitId, c.bracket ?? null])).toEqual([
      ['三会一课', 'demo', '1-1', '(支部党员大会、支部委员会、党小组会和党课)'],
      ['一岗双责', 'demo', '1-1', null],
    ]);
  });

  it('warns in the build with each stub, and says the build goes on', () => {
    const warning = termCandidatesWarning([doc], glossary) ?? '';
    expect(warning.split('\n')[0]).toBe('[提法] 提示：正文中有 2 个像提法的引语不在词表中（不影响构建）。');
    expect(warning).toContain('“三会一课”见 content/documents/demo.md（1-1）；如确是提法，新建 content/terms/sanhui-yike.yaml：');
    expect(warning).toContain("      unit: '1-1'");
    expect(warning).toContain('“一岗双责”见 content/documents/demo.md（1-1）；如确是提法，新建 content/terms/yigang-shuangze.yaml：');
  });

  it('is silent when the glossary has every 提法 of the documents', () => {
    const full = buildGlossary([...glossary.terms, term('三会一课', 'sanhui-yike'), term('一岗双责', 'yigang-shuangze')], () => undefined);
    expect(termCandidatesWarning([doc], full)).toBeNull();
  });
});
