import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allUnits, bodyText, clausesOf, findUnit } from '../../src/model/walk.ts';
import { loadDocumentFile, ORIGINAL_COPY, SOURCE_DOCUMENT } from '../support/load-document.ts';
import { buildDocument, issuedDate } from '../../src/body/document.ts';
import type { DocSlug } from '../../src/model/types.ts';

const doc = loadDocumentFile(SOURCE_DOCUMENT);

describe('the model of 教育工委基层组织建设工作要点', () => {
  it('has two parts and the twelve clauses 1-1 … 1-10, 2-1, 2-2', () => {
    expect(doc.parts.map((p) => p.id)).toEqual(['1', '2']);
    expect(clausesOf(doc).map((c) => c.id)).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5', '1-6', '1-7', '1-8', '1-9', '1-10', '2-1', '2-2']);
  });

  it('finds the 一是/二是/三是 items of clause 1-6 and no others', () => {
    const items = allUnits(doc).filter((u) => u.kind === 'item');
    expect(items.map((u) => [u.id, u.marker, u.title])).toEqual([
      ['1-6-1', '一是', '做好党员组织关系转接工作'],
      ['1-6-2', '二是', '认真执行发展党员各项制度'],
      ['1-6-3', '三是', '做好党费测算收缴等工作'],
    ]);
  });

  it('titles a clause with its text after the number up to the first 。', () => {
    expect(findUnit(doc, '1-1')?.title).toBe('全面落实管党治党责任');
    expect(findUnit(doc, '1-7')?.title).toBe('着力打造党建“特色”品牌,积极创建党建示范点');
    expect(findUnit(doc, '2')?.title).toBe('突出依法治教,统领教育事业改革发展');
    expect(findUnit(doc, '1-6')?.marker).toBe('(六)');
  });

  it('keeps the body exactly as the original web copy has it (lines 4–17)', () => {
    const original = readFileSync(ORIGINAL_COPY, 'utf8').split('\n');
    expect(bodyText(doc)).toBe(original.slice(3, 17).join('\n'));
  });

  it('points each unit at its line in the content file', () => {
    const lines = readFileSync(SOURCE_DOCUMENT, 'utf8').split('\n');
    for (const unit of allUnits(doc)) {
      expect(lines[unit.line - 1]).toContain(unit.heading.text);
    }
  });

  it('places the three 校注 on the glitches without touching the text', () => {
    expect(doc.notes.map((n) => [n.number, n.quote, n.unitId])).toEqual([
      [1, '述职评议工作工作', '1-1'],
      [2, '认真开展“”', '1-6'],
      [3, '年内将彰命名', '1-7'],
    ]);
    expect(doc.notes.every((n) => findUnit(doc, n.unitId)?.text.includes(n.quote))).toBe(true);
  });

  it('records the issuing date as unknown, with the 2016 inference worded as one', () => {
    expect(doc.meta.issued).toBeNull();
    expect(doc.meta.issuedInference).toMatch(/推断/);
    expect(doc.meta.issuedInference).toMatch(/2016/);
    expect(doc.meta.webCopy?.postedAt).toBe('2022-06-21 03:40:11');
  });
});

describe('a document whose original numbering is irregular, declared in the frontmatter', () => {
  const raw = ['---', 'slug: x', 'title: 甲', 'issuer: 乙', 'issued: null', 'irregular:', '  - line: 10', '    reason: 原件如此。', '---', '一、总则', '（一）第一条。'].join('\n');
  const body = '一、总则\n（一）第一条。\n（三）第三条。';
  const source = { file: 'x.md', raw: `${raw}\n（三）第三条。`, body, lineOffset: 9, meta: { slug: 'x' as DocSlug, title: '甲', issuer: '乙', issued: null }, notes: [] };

  it('is refused until declared, then shows a 校注 on the marker, the text untouched', () => {
    expect(() => buildDocument(source)).toThrow(/x\.md:12:1: 编号跳号.+\[numbering\/gap\]/u);
    const doc = buildDocument({ ...source, irregular: [{ line: 12, reason: '原件如此。' }] });
    expect(doc.notes).toEqual([{ number: 1, quote: '（三）', note: '原件“（一）”之后即是“（三）”，编号未作改动。原件如此。', unitId: '1-3' }]);
    expect(findUnit(doc, '1-3')?.heading.marks).toEqual([{ kind: 'note', start: 0, end: 3, target: '1' }]);
    expect(findUnit(doc, '1-3')?.text).toBe('（三）第三条。');
  });
});

describe('the issuing date', () => {
  it('is the frontmatter’s when it gives one, else a whole date in the 落款, said to come from there', () => {
    const signature = { issuers: ['乙'], date: '2017年2月20日', isoDate: '2017-02-20', line: 9 };
    expect(issuedDate({ issued: '2017-02-21' }, signature)).toEqual({ date: '2017-02-21', source: 'frontmatter' });
    expect(issuedDate({ issued: null }, signature)).toEqual({ date: '2017-02-20', source: 'signature' });
    expect(issuedDate({ issued: null }, null)).toBeNull();
  });
});
