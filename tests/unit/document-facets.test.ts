import { describe, expect, it } from 'vitest';
import { byYear, documentKind, documentYear } from '../../src/model/document-facets.ts';

describe('the kind of a document, from its title', () => {
  it.each([
    ['教育工委基层组织建设工作要点', '工作要点'],
    ['教育工委宣传思想工作要点', '工作要点'],
    ['教师队伍集中培训工作方案', '方案'],
    ['中小学校党组织会议和议事规则', '规则'],
    ['党费收缴使用和管理实施办法', '办法'],
    ['关于印发《党费管理办法》的通知', '通知'],
    ['关于进一步加强民族团结教育工作的指导意见', '意见'],
    ['合成测试文档第001号（基准用，非真实文件）', '其他'],
    ['合成测试文档第002号管理规定（基准用，非真实文件）', '规定'],
  ])('%s → %s', (title, kind) => expect(documentKind(title)).toBe(kind));
});

describe('the year of a document', () => {
  it('is the stated year, never an inferred one', () => {
    expect(documentYear({ issued: '2016-03-01' })).toBe('2016');
    expect(documentYear({ issued: null })).toBe('日期不详');
  });

  it('sorts newest first, unknown last', () => {
    expect(['2016', '日期不详', '2024', '2019'].sort(byYear)).toEqual(['2024', '2019', '2016', '日期不详']);
  });
});

describe('the search box’s document and part filters', () => {
  it('list each document’s parts in the order it has them (一 before 二)', async () => {
    const { searchFacets } = await import('../../src/search/facets.ts');
    const { loadDocumentFile, SOURCE_DOCUMENT } = await import('../support/load-document.ts');
    const [facet] = searchFacets([loadDocumentFile(SOURCE_DOCUMENT)]);
    expect(facet?.kind).toBe('工作要点');
    expect(facet?.parts.map((p) => p.slice(0, 2))).toEqual(['一、', '二、']);
  });
});
