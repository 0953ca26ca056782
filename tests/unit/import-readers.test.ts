/**
 * The importer's readers on files the tests make themselves: a Word file with
 * typed numbers and a 落款, one numbered by Word's lists, a GBK text file
 * hard-wrapped at a fixed width, and a saved web page with its site's chrome.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readDocx } from '../../src/import/docx.ts';
import { readTxt, unwrap } from '../../src/import/txt.ts';
import { readHtml } from '../../src/import/html.ts';
import { readHead } from '../../src/import/head.ts';
import { readClosing } from '../../src/import/closing.ts';
import { readChineseDate } from '../../src/import/date.ts';
import { findDocNumber } from '../../src/import/doc-number.ts';
import { decodeText } from '../../src/import/decode.ts';
import { AUTO_SHOWN, BODY, ISSUER, TITLE, autoNumberedDocx, gbkTxt, savedPage, typedDocx } from '../support/import-fixtures.ts';

describe('a Word file', () => {
  it('gives its paragraphs in order, exactly, the centred large first paragraph as the title', async () => {
    const source = await readDocx(await typedDocx());
    const head = readHead(source);
    expect(head.title).toBe(TITLE);
    expect(head.titleFrom).toBe('开头居中的标题段落');
    expect(head.body).toEqual(BODY);
  });

  it('restores the numbers Word shows for list paragraphs: 一、 （一） 1. with restarts', async () => {
    const source = await readDocx(await autoNumberedDocx());
    const head = readHead(source);
    expect(head.title).toBe(TITLE);
    expect(head.body.slice(0, AUTO_SHOWN.length)).toEqual(AUTO_SHOWN);
    expect(source.notices).toContain(`已按 Word 的编号定义还原 ${AUTO_SHOWN.length} 个自动编号`);
  });

  it('reads a title over two centred lines, under a 版头 and a 文号', () => {
    const paragraphs = [
      { text: '中共某市教育工作委员会文件', centred: true, size: 36 },
      { text: '教党〔2016〕15号', centred: true, size: 16 },
      { text: '关于印发《2017年全市教育系统', centred: true, size: 22 },
      { text: '党建工作要点》的通知', centred: true, size: 22 },
      { text: '各学校党组织：', centred: false, size: 16 },
      { text: '一、总体要求', centred: false, size: 16 },
    ];
    const head = readHead({ kind: 'docx', paragraphs, notices: [] });
    expect(head).toEqual({
      title: '关于印发《2017年全市教育系统党建工作要点》的通知',
      titleFrom: '开头居中的标题段落（分行，已连成一行）',
      docNumber: '教党〔2016〕15号',
      redHead: '中共某市教育工作委员会文件',
      body: ['各学校党组织：', '一、总体要求'],
    });
  });
});

describe('a text file', () => {
  it('decodes GBK and joins hard-wrapped lines back into paragraphs', () => {
    const source = readTxt(gbkTxt());
    expect(source.notices).toContain('文本编码：GB18030（GBK）');
    const head = readHead(source);
    expect(head.title).toBe(TITLE);
    expect(head.body).toEqual(BODY);
  });

  it('reads UTF-8 with a BOM and UTF-16 from Notepad', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('一、总则')]))).toEqual({ text: '一、总则', encoding: 'UTF-8（带 BOM）' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...iconv.encode('一、总则', 'utf-16le')])).text).toBe('一、总则');
  });

  it('leaves a file of whole-paragraph lines line for line', () => {
    const lines = ['一、总则', '本办法适用于全市各学校', '二、职责'];
    expect(unwrap(lines)).toEqual(lines);
  });

  it('breaks a wrapped paragraph at a unit, an indented line or a blank line', () => {
    const lines = ['（一）强化责任落实。各学校党组织要认', '真落实责任，每季度至少召开1次会议。', '　　会议由党组织书记主持，班子成员参', '加，并形成会议纪要，报教育工委备案。', '（二）加强廉洁教育。全年组织廉政党课', '2次以上。', '', '附件：责任分解表'];
    expect(unwrap(lines)).toEqual(['（一）强化责任落实。各学校党组织要认真落实责任，每季度至少召开1次会议。', '会议由党组织书记主持，班子成员参加，并形成会议纪要，报教育工委备案。', '（二）加强廉洁教育。全年组织廉政党课2次以上。', '附件：责任分解表']);
  });

  it('takes a web copy’s 时间, 导语 and 上一篇/下一篇 lines out of the text', () => {
    const text = ['教育工委基层组织建设工作要点', '时间:2022-06-21 03:40:11', '导语:本文来源于网友上传,不代表本站观点。', '一、突出政治要求', '- 上一篇:教育工委宣传思想工作要点', '- 下一篇:教师队伍集中培训工作方案'].join('\n');
    const source = readTxt(new TextEncoder().encode(text));
    expect(source.webCopy).toEqual({ postedAt: '2022-06-21 03:40:11', disclaimer: '本文来源于网友上传,不代表本站观点。', previous: '教育工委宣传思想工作要点', next: '教师队伍集中培训工作方案' });
    expect(source.paragraphs.map((p) => p.text)).toEqual(['教育工委基层组织建设工作要点', '一、突出政治要求']);
  });
});

describe('a saved web page', () => {
  it('gives the article without navigation, side bar, scripts or footer, and the page’s facts', () => {
    const source = readHtml(savedPage());
    expect(source.title).toBe(TITLE);
    expect(readHead(source).body).toEqual(BODY);
    expect(source.webCopy).toEqual({ postedAt: '2022-06-21 03:40:11', disclaimer: `${TITLE}一文来源于网友上传,不代表本站观点,欢迎参考。`, previous: '教育工委宣传思想工作要点', next: '教师队伍集中培训工作方案' });
  });
});

describe('a saved web page whose site name is a heading too', () => {
  it('takes the heading the page’s <title> begins with', () => {
    const html = `<html><head><title>${TITLE}_范文大全</title></head><body><div id="site"><h1>范文大全</h1></div><div class="article"><h1>${TITLE}</h1><div class="content"><p>${BODY[2]}</p><p>${BODY[3]}</p></div></div></body></html>`;
    const source = readHtml(new TextEncoder().encode(html));
    expect(source.title).toBe(TITLE);
    expect(readHead(source).body).toEqual([BODY[2], BODY[3]]);
  });
});

describe('a Word file whose title is set in the title style', () => {
  it('takes that paragraph as the title', () => {
    const paragraphs = [{ text: TITLE, styleName: 'Title' }, { text: '各学校党组织：' }, { text: '一、总体要求' }];
    expect(readHead({ kind: 'docx', paragraphs, notices: [] })).toMatchObject({ title: TITLE, body: ['各学校党组织：', '一、总体要求'] });
  });
});

describe('the 落款', () => {
  it('gives the issuer and the date, before the 版记', () => {
    expect(readClosing(['一、总则', '附件：责任分解表', ISSUER, '二〇一七年二月二十日', '（此件公开发布）', '抄送：市委组织部。', '中共某市教育工作委员会办公室　　2017年2月21日印发'])).toEqual({ issuer: ISSUER, issuerLines: [ISSUER], issued: '2017-02-20', dateLine: '二〇一七年二月二十日' });
  });

  it('joins joint issuers and finds nothing when there is no 落款', () => {
    expect(readClosing(['一、总则', '中共某市教育工作委员会', '某市教育局', '2016年3月1日']).issuer).toBe('中共某市教育工作委员会、某市教育局');
    expect(readClosing(['一、总则', '（一）全年开展2次。'])).toEqual({ issuer: null, issuerLines: [], issued: null, dateLine: null });
  });

  it('does not take the last sentence of the body for an issuer', () => {
    expect(readClosing(['（二）深化“清风校园”创建，年底前完成验收。', '2017年2月20日']).issuer).toBeNull();
  });
});

describe('dates and 文号', () => {
  it.each([
    ['二〇一七年二月二十日', '2017-02-20'],
    ['二○一六年十二月三十一日', '2016-12-31'],
    ['2016年3月1日', '2016-03-01'],
    ['２０１６年３月１日', '2016-03-01'],
    ['（2017年2月20日）', '2017-02-20'],
    ['二〇一七年二月三十日', null],
    ['2017年2月20日召开会议', null],
  ])('%s → %s', (line, date) => {
    expect(readChineseDate(line)).toBe(date);
  });

  it.each([
    ['教党〔2016〕15号', '教党〔2016〕15号'],
    ['昌市党组【2016】15号', '昌市党组【2016】15号'],
    ['教党[2016]15号', '教党[2016]15号'],
    ['按照《关于开展党员组织关系集中排查的通知》昌市党组【2016】15号,加强对党组织关系转接和失联党员排查工作', null],
  ])('%s → %s', (line, number) => {
    expect(findDocNumber(line)).toBe(number);
  });
});
