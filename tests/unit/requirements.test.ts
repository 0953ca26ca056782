import { describe, expect, it } from 'vitest';
import { requirementsOfUnit } from '../../src/model/requirements.ts';
import { extractReferences, referenceKey } from '../../src/model/references.ts';
import { parseBody } from '../../src/body/parse.ts';
import { buildDocument } from '../../src/body/document.ts';
import type { DocSlug } from '../../src/model/types.ts';
import { findUnit } from '../../src/model/walk.ts';
import { loadDocumentFile, SOURCE_DOCUMENT } from '../support/load-document.ts';
import { matchGolden } from '../support/golden.ts';

const source = loadDocumentFile(SOURCE_DOCUMENT);

describe('requirements of the source document', () => {
  it('equal the reviewed list (tests/fixtures/requirements/jiceng-zuzhi-jianshe.json)', () => {
    const list = source.requirements.map(({ id, kind, phrase, match, value, who, whoFrom, target, quantified, unread }) => ({ id, kind, phrase, match, value, who, whoFrom, target, quantified, unread }));
    matchGolden('tests/fixtures/requirements/jiceng-zuzhi-jianshe.json', `${JSON.stringify(list, null, 2)}\n`);
  });

  it('gives one row per phrase: no two rows of a unit read the same words as the same kind', () => {
    const keys = source.requirements.map((r) => `${r.unitId}|${r.kind}|${r.match}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('fixes the readings issue 12 names', () => {
    const byMatch = (match: string) => source.requirements.filter((r) => r.match === match);
    // 每月一主题: one theme a month, with no invented unit 次
    expect(byMatch('每月一主题')).toEqual([expect.objectContaining({ kind: 'frequency', value: { per: '月', comparator: '=', amount: 1, counts: '主题' } })]);
    // 1-3: 党员干部 is the object of 对…培训 (对象), not who does it
    expect(source.requirements.find((r) => r.unitId === '1-3')).toMatchObject({ kind: 'coverage', who: null, target: '机关和学校党员干部' });
    // 1-5: the coverage target is not 教育工委's (its sentence plans one meeting, 将…)
    expect(source.requirements.filter((r) => r.unitId === '1-5' && r.phrase.includes('覆盖率')).map((r) => r.who)).toEqual([null, null]);
    // 1-6-2: each class its own row, saying which class it counts
    expect(source.requirements.filter((r) => r.unitId === '1-6-2').map((r) => [r.match, r.value?.amount, r.value?.counts])).toEqual([
      ['2期', 2, '党务干部培训班'],
      ['1期', 1, '入党积极分子培训班'],
    ]);
  });

  it('reads each phrase from the text of the unit it names', () => {
    for (const r of source.requirements) expect(findUnit(source, r.unitId)?.text, r.id).toContain(r.phrase);
  });

  it('counts 20 requirements: 7 frequency, 1 duration, 2 proportion, 2 coverage, 4 count, 3 deadline, 1 occasion; 7 not quantified', () => {
    const by = (k: string) => source.requirements.filter((r) => r.kind === k).length;
    expect(source.requirements).toHaveLength(20);
    expect([by('frequency'), by('duration'), by('proportion'), by('coverage'), by('count'), by('deadline'), by('occasion')]).toEqual([7, 1, 2, 2, 4, 3, 1]);
    expect(source.requirements.filter((r) => !r.quantified)).toHaveLength(7);
  });
});

describe('requirement rules', () => {
  const unit = (text: string) => {
    const outline = parseBody(`一、总则\n${text}`, { file: 'x.md', lineOffset: 0 });
    const clause = outline.parts[0]?.content.find((c) => c.type === 'unit');
    if (!clause || clause.type !== 'unit') throw new Error('no clause');
    return requirementsOfUnit(clause.unit);
  };
  it.each([
    ['(一)甲。各学校要每学期召开1次家长会。', 'frequency', { comparator: '=', amount: 1, unit: '次', per: '学期' }, '各学校'],
    ['(一)甲。每次不少于3小时。', 'duration', { comparator: '≥', amount: 3, unit: '小时' }, null],
    ['(一)甲。教育工委将于6月底前完成。', 'deadline', { by: '06-end' }, '教育工委'],
    ['(一)甲。覆盖率不低于95%。', 'proportion', { comparator: '≥', amount: 95, unit: '%' }, null],
    ['(一)甲。建设示范校10所。', 'count', { comparator: '=', amount: 10, unit: '所' }, null],
  ])('%s → %s', (text, kind, value, who) => {
    const [r] = unit(text);
    expect(r).toMatchObject({ kind, value, who });
  });

  it('lists a frequency without a number as not quantified, never drops it', () => {
    expect(unit('(一)甲。党员干部要定期开展走访。')).toEqual([expect.objectContaining({ kind: 'frequency', value: null, quantified: false, who: '党员干部' })]);
  });

  it('carries the subject over from the sentence before, and says so', () => {
    const [, second] = unit('(一)甲。各学校要制定计划。每月开展2次学习。');
    expect(second).toBeUndefined();
    const [r] = unit('(一)甲。各学校要制定计划。每月开展2次学习。');
    expect(r).toMatchObject({ who: '各学校', whoFrom: 'context' });
  });

  it('does not take document numbers, anniversaries or 第N as counts', () => {
    const kinds = unit('(一)甲。按照昌市党组【2016】15号和第2批名单。').map((r) => r.kind);
    expect(kinds).not.toContain('count');
  });

  it('takes requirements an author marks when the rules cannot read them', () => {
    const raw = '---\n---\n一、总则\n(一)甲。三年内实现全员轮训一遍。\n';
    const doc = buildDocument({ file: 'x.md', raw, body: raw.slice(8), meta: { slug: 'x' as DocSlug, title: '甲', issuer: '乙', issued: null }, notes: [], requirements: [{ quote: '全员轮训一遍', kind: 'count', who: '党员', amount: 1, unit: '遍' }] });
    expect(doc.requirements.find((r) => r.source === 'author')).toMatchObject({ unitId: '1-1', phrase: '全员轮训一遍', who: '党员', value: { amount: 1, unit: '遍' } });
  });
});

describe('cited documents', () => {
  it('are the three 《》 titles of the source, with the number where it follows the title', () => {
    expect(source.references.map((r) => [r.title, r.number, r.citedBy.map((c) => c.unitId)])).toEqual([
      ['关于开展党员组织关系集中排查的通知', '昌市党组【2016】15号', ['1-6-1']],
      ['关于进一步规范党费收缴使用和管理工作的通知', null, ['1-6-3']],
      ['关于进一步加强民族团结教育工作的指导意见', null, ['2-1']],
    ]);
  });

  it('quote the citing sentence exactly', () => {
    expect(source.references[1]?.citedBy[0]?.sentence.startsWith('近期,市委组织部下发了《关于进一步规范党费收缴使用和管理工作的通知》')).toBe(true);
  });

  it('key each reference stably by its title', () => {
    expect(source.references[0]?.key).toBe(referenceKey('关于开展党员组织关系集中排查的通知'));
    expect(referenceKey('甲')).toMatch(/^r-[0-9a-f]{8}$/);
  });

  it('find a bare document number too', () => {
    const raw = '---\n---\n一、总则\n(一)甲。按照市教发〔2015〕3号执行。\n';
    const doc = buildDocument({ file: 'x.md', raw, body: raw.slice(8), meta: { slug: 'x' as DocSlug, title: '甲', issuer: '乙', issued: null }, notes: [] });
    expect(extractReferences(doc).map((r) => [r.title, r.number])).toEqual([[null, '市教发〔2015〕3号']]);
  });
});
