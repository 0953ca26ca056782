import { describe, expect, it } from 'vitest';
import { citeByWords, citedTitle, citePlain, citeUnit, itemOpening, unitLocation, unitPlace } from '../../src/model/citation.ts';
import { parseBody } from '../../src/body/parse.ts';
import type { DocSlug, DocumentModel, Unit } from '../../src/model/types.ts';
import { findUnit } from '../../src/model/walk.ts';
import { loadDocumentFile, SOURCE_DOCUMENT } from '../support/load-document.ts';

const source = loadDocumentFile(SOURCE_DOCUMENT);

function fixture(body: string, docNumber?: string): DocumentModel {
  const outline = parseBody(body, { file: 'x.md', lineOffset: 0 });
  return { meta: { slug: 'x' as DocSlug, title: '示例工作要点', issuer: '甲', issued: null, ...(docNumber ? { docNumber } : {}) }, file: 'x.md', notes: [], terms: [], requirements: [], references: [], issued: null, ...outline };
}
const deep = fixture(['一、总则', '（一）组织', '1.成立小组。', '（1）设办公室。', '（2）定期开会。', '（二）措施。一是学习。二是培训。'].join('\n'));
const unit = (doc: DocumentModel, id: string): Unit => {
  const u = findUnit(doc, id);
  if (!u) throw new Error(`no unit ${id}`);
  return u;
};

describe('citations', () => {
  it.each([
    ['1', '《教育工委基层组织建设工作要点》第一部分'],
    ['1-6', '《教育工委基层组织建设工作要点》第一部分第（六）条'],
    ['1-10', '《教育工委基层组织建设工作要点》第一部分第（十）条'],
    ['1-6-2', '《教育工委基层组织建设工作要点》第一部分第（六）条第二项'],
    ['2-2', '《教育工委基层组织建设工作要点》第二部分第（二）条'],
  ])('cite %s of the source as %s', (id, plain) => {
    expect(citeUnit(source, unit(source, id), 'https://example.org/u').plain).toBe(plain);
  });

  it.each([
    ['1-1-1', '《示例工作要点》第一部分第（一）条第1项'],
    ['1-1-1-2', '《示例工作要点》第一部分第（一）条第1项第（2）目'],
    ['1-2-2', '《示例工作要点》第一部分第（二）条第二项'],
  ])('cite the deeper level %s as %s', (id, plain) => {
    expect(citeUnit(deep, unit(deep, id), 'u').plain).toBe(plain);
  });

  it.each([
    ['一、总则\n1.抓学习。一是学党章。二是学讲话。', '1-1', '第一部分第1条'],
    ['一、总则\n1.抓学习。一是学党章。二是学讲话。', '1-1-2', '第一部分第1条第二项'],
    ['（一）抓学习。\n（1）学党章。', '1-1', '第（一）条第（1）项'],
    ['1.抓学习。\n（1）学党章。', '1', '第1条'],
    ['第一章 总则\n第一条 为加强管理，制定本办法。\n第二章 内容\n第二条 内容如下：\n（一）学习；\n（二）考核。\n1.每年一次。', '2-2', '第二条第（二）项'],
    ['第一章 总则\n第一条 为加强管理，制定本办法。\n第二章 内容\n第二条 内容如下：\n（一）学习；\n（二）考核。\n1.每年一次。', '2-2-1', '第二条第（二）项第1目'],
    ['第一章 总则\n第一条 为加强管理，制定本办法。\n第二章 内容\n第二条 内容如下：\n（一）学习；\n（二）考核。\n1.每年一次。', 'zhang-2', '第二章'],
    ['第一条 各学校一要学习；二要考核。', '1-2', '第一条第二项'],
  ])('cites by what a unit is in its own document: in %j, %s is %s', (body, id, place) => {
    const doc = fixture(body);
    expect(unitPlace(doc, unit(doc, id))).toBe(place);
  });

  it('puts the document number after the title when there is one', () => {
    expect(citedTitle({ title: '关于开展党员组织关系集中排查的通知', docNumber: '昌市党组【2016】15号' })).toBe('《关于开展党员组织关系集中排查的通知》（昌市党组【2016】15号）');
    expect(citedTitle({ title: '甲' })).toBe('《甲》');
  });

  it('adds the URL, and quotes the exact text followed by the citation with URL', () => {
    const c = citeUnit(source, unit(source, '1-6-2'), 'https://dj.example.cn/jiceng-zuzhi-jianshe/1-6/#1-6-2');
    expect(c.withUrl).toBe('《教育工委基层组织建设工作要点》第一部分第（六）条第二项（https://dj.example.cn/jiceng-zuzhi-jianshe/1-6/#1-6-2）');
    expect(c.quoted.startsWith('二是认真执行发展党员各项制度。按照“坚持标准、改善结构、保证质量、慎重发展”的方针')).toBe(true);
    expect(c.quoted.endsWith('组织党务干部培训班2期、入党积极分子培训班1期。\n——摘自《教育工委基层组织建设工作要点》第一部分第（六）条第二项（https://dj.example.cn/jiceng-zuzhi-jianshe/1-6/#1-6-2）')).toBe(true);
  });

  it('gives the place alone and the plain citation from the same parts', () => {
    const item = unit(source, '1-6-2');
    expect(unitPlace(source, item)).toBe('第一部分第（六）条第二项');
    expect(citePlain(source, item)).toBe(citeUnit(source, item, 'u').plain);
  });

  it('names every level’s place', () => {
    expect(unitLocation(unit(deep, '1'))).toBe('第一部分');
    expect(unitLocation(unit(deep, '1-1'))).toBe('第（一）条');
  });

  it('cites an enumerated item by its own opening words as well as by number', () => {
    expect(citeByWords(source, unit(source, '1-6-2'))).toBe('《教育工委基层组织建设工作要点》第一部分第（六）条“二是认真执行发展党员各项制度”');
    expect(citeByWords(deep, unit(deep, '1-2-2'))).toBe('《示例工作要点》第一部分第（二）条“二是培训”');
  });

  it('gives no by-words citation for parts, clauses and numbered levels', () => {
    for (const id of ['1', '1-1', '1-1-1', '1-1-1-2']) expect(citeByWords(deep, unit(deep, id)), id).toBeNull();
  });

  it.each([
    ['二是认真执行发展党员各项制度。按照……', '二是认真执行发展党员各项制度'],
    ['一是开展“两学一做”学习教育，巩固成果。', '一是开展‘两学一做’学习教育'],
    ['三是查、摆、议;四是……', '三是查、摆、议'],
    ['一是学习', '一是学习'],
  ])('takes the opening words of %s up to the first mark that ends a clause', (text, opening) => {
    expect(itemOpening(text)).toBe(opening);
  });
});
