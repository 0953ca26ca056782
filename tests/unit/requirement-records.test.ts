/**
 * The requirements as records: the one description of a row that the built
 * table, search/requirements.json and the browser's drawing of found rows share.
 */
import { describe, expect, it } from 'vitest';
import { loadDocumentFile, SOURCE_DOCUMENT } from '../support/load-document.ts';
import { requirementRows } from '../../src/views/requirement-rows.ts';
import { hasDocumentRequirementPages, ONE_PAGE_MAX_ROWS, recordsToJson, requirementRecords, requirementsOnOnePage } from '../../src/views/requirement-records.ts';
import { recordsFromJson, type RequirementRecord } from '../../src/views/requirement-record.ts';
import { escapeHtml, requirementCsvRow, requirementRowHtml } from '../../src/views/requirement-row-html.ts';

const doc = loadDocumentFile(SOURCE_DOCUMENT);
/** A 规定 of articles: its clause pages are the articles (page level 1). */
const articles = loadDocumentFile('tests/fixtures/documents/beiling-daxue-fazhan-dangyuan-guiding.md');

describe('requirement records', () => {
  const records = requirementRecords([doc], '/yaodian/', undefined);

  it('hold every requirement in text order, with links below the base, the document said once', () => {
    expect(records.rows).toHaveLength(20);
    expect(records.docs).toEqual([{ slug: 'jiceng-zuzhi-jianshe', title: '教育工委基层组织建设工作要点', pageLevel: 2, kind: '工作要点', year: '日期不详', issuer: '教育工委', count: 20 }]);
    expect(records.rows.map((r) => r.order)).toEqual([...records.rows.keys()]);
    const first = records.rows[0]!;
    expect(first).toMatchObject({ unit: '1-2', place: '第一部分第（二）条', anchor: 'jiceng-zuzhi-jianshe/#1-2', clause: 'jiceng-zuzhi-jianshe/1-2/', match: '每月开展2次', whoLabel: '各学校（据上一句）', valueSort: 2 });
    expect(first.sentence).toContain('每月开展2次党员远程教育培训,每次不少于2小时');
    // The next requirement of the same sentence does not repeat it.
    expect(records.rows[1]).toMatchObject({ same: true, sentence: '' });
  });

  it('write a sentence out once: every row that does not is marked as sharing the one above', () => {
    const rows = requirementRows(doc, '/');
    records.rows.forEach((r, i) => {
      const row = rows[i]!;
      if (r.same) expect(row.sentence).toBe(rows[i - 1]!.sentence);
      else expect(r.sentence).toBe(row.sentence === row.phrase ? '' : row.sentence);
    });
  });

  it('come back from search/requirements.json as they went in, links made again from the unit IDs', () => {
    expect(recordsFromJson(JSON.parse(recordsToJson(records)))).toEqual(records);
    const both = requirementRecords([doc, articles], '/', undefined);
    expect(both.docs.map((d) => d.pageLevel)).toEqual([2, 1]);
    expect(both.rows.some((r) => r.doc === 1 && /^beiling-daxue-fazhan-dangyuan-guiding\/\d+\/#\d+-\d+$/.test(r.clause))).toBe(true);
    expect(recordsFromJson(JSON.parse(recordsToJson(both)))).toEqual(both);
    // Words many rows repeat are written once.
    const file = JSON.parse(recordsToJson(both)) as { strings: string[] };
    expect(new Set(file.strings).size).toBe(file.strings.length);
    const withSite = requirementRecords([doc], '/', new URL('https://dj.example.cn/'));
    expect(recordsFromJson(JSON.parse(recordsToJson(withSite))).site).toBe('https://dj.example.cn/');
  });

  it('keep the rows on one page up to ONE_PAGE_MAX_ROWS, and give documents their own pages when there are several', () => {
    const many = (n: number, docs: number) => ({ ...records, docs: Array.from({ length: docs }, () => records.docs[0]!), rows: Array.from({ length: n }, () => records.rows[0]!) });
    expect(requirementsOnOnePage(many(ONE_PAGE_MAX_ROWS, 2))).toBe(true);
    expect(requirementsOnOnePage(many(ONE_PAGE_MAX_ROWS + 1, 2))).toBe(false);
    expect(hasDocumentRequirementPages(records)).toBe(false);
    expect(hasDocumentRequirementPages(many(20, 2))).toBe(true);
  });
});

describe('a requirement row as HTML', () => {
  const record: RequirementRecord = {
    doc: 0, order: 7, unit: '1-2', place: '第一部分第（二）条', anchor: 'a/#1-2', clause: 'a/1-2/', kind: 'count', kindLabel: '数量',
    before: '组织<b>&', match: '2期', after: '"培训"', authored: true, sentence: '组织<b>&2期"培训"。', same: false,
    valueLabel: '2 期', valueSort: 2, quantified: false, who: '', whoLabel: '原文未明确', target: '',
  };

  it('escapes the text, and says what the filters and sorting read', () => {
    const html = requirementRowHtml(record, { anchor: '/a/#1-2', clause: '/a/1-2/', url: 'https://x/a/1-2/?q="' });
    expect(html).toContain('<tr data-who="-" data-kind="count" data-order="7" data-value="2" data-url="https://x/a/1-2/?q=&quot;">');
    expect(html).toContain('<span class="req-phrase">组织&lt;b&gt;&amp;<mark class="req-match">2期</mark>&quot;培训&quot;</span><small class="req-authored">（人工标注）</small><span class="req-sentence">原句：组织&lt;b&gt;&amp;2期&quot;培训&quot;。</span>');
    expect(html).toContain('<td data-col="value" data-label="数值" class="unquantified">2 期</td>');
    expect(html).toContain('<td data-col="target" data-label="对象">—</td>');
    expect(html).toContain('<a href="/a/#1-2">第一部分第（二）条</a><a class="req-clause-link" href="/a/1-2/" aria-label="本条页面：第一部分第（二）条所在的那一条（单独一页，可打印、扫码）">本条页面</a>');
    expect(requirementRowHtml({ ...record, valueSort: null, same: true, sentence: '' }, { anchor: '', clause: '', url: '' })).toMatch(/^<tr data-who="-" data-kind="count" data-order="7" data-value data-same-sentence data-url="">/);
    expect(escapeHtml('<&>"')).toBe('&lt;&amp;&gt;&quot;');
  });

  it('gives the CSV the same columns as the table', () => {
    expect(requirementCsvRow(record, '整句。', '文件甲', 'https://x/a/1-2/')).toEqual(['文件甲', '第一部分第（二）条', '组织<b>&2期"培训"', '整句。', '2期', '数量', '2 期', '原文未明确', '—', 'https://x/a/1-2/']);
    expect(requirementCsvRow(record, '', '文件甲', '')[3]).toBe('组织<b>&2期"培训"');
  });
});
