/**
 * Word's list numbers, replayed as Word shows them: level text, number
 * formats, start values, start overrides, restarts, and one list continued
 * across two w:num. A number that cannot be shown stops the import.
 */
import { describe, expect, it } from 'vitest';
import { Document, LevelFormat, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ListCounter, numberingRef, readNumbering } from '../../src/import/docx-numbering.ts';
import { formatNumber } from '../../src/import/number-formats.ts';
import { readDocx } from '../../src/import/docx.ts';
import { parseXml } from '../../src/import/xml.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function lvl(ilvl: number, fmt: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

const NUMBERING = `<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${lvl(0, 'chineseLegalSimplified', '第%1部分')}${lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const STYLES = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="4"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="H1x"><w:basedOn w:val="H1"/></w:style></w:styles>`;

function markers(refs: Array<[string, number]>): string[] {
  const counter = new ListCounter(readNumbering(parseXml(NUMBERING), parseXml(STYLES)));
  return refs.map(([numId, ilvl]) => {
    const r = counter.next({ numId, ilvl, pStyle: undefined });
    return r.kind === 'marker' ? r.marker : r.kind;
  });
}

describe('ListCounter', () => {
  it('numbers levels in order and restarts a level under a new parent', () => {
    expect(markers([['1', 0], ['1', 1], ['1', 1], ['1', 0], ['1', 1]])).toEqual(['一、', '（一）', '（二）', '二、', '（一）']);
  });

  it('continues one list across two w:num that share a definition', () => {
    expect(markers([['1', 0], ['2', 0], ['1', 0]])).toEqual(['一、', '二、', '三、']);
  });

  it('starts over where a w:num overrides the start', () => {
    expect(markers([['1', 0], ['3', 0], ['3', 0]])).toEqual(['一、', '五、', '六、']);
  });

  it('does not restart a level whose lvlRestart is 0', () => {
    expect(markers([['1', 0], ['1', 2], ['1', 0], ['1', 2]])).toEqual(['一、', '1.', '二、', '2.']);
  });

  it('shows legal numbering (isLgl) in ASCII digits and 壹贰叁 where asked', () => {
    expect(markers([['4', 0], ['4', 1], ['4', 0], ['4', 1]])).toEqual(['第壹部分', '1.1', '第贰部分', '2.1']);
  });

  it('finds a paragraph’s list through its style and the style it is based on', () => {
    const defs = readNumbering(parseXml(NUMBERING), parseXml(STYLES));
    const pPr = parseXml(`<w:pPr ${W}><w:pStyle w:val="H1x"/></w:pPr>`)[0];
    expect(numberingRef(pPr, defs)).toEqual({ numId: '4', ilvl: 0, pStyle: 'H1x' });
    expect(numberingRef(parseXml(`<w:pPr ${W}><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>`)[0], defs)).toBeNull();
  });
});

describe('formatNumber', () => {
  it.each([
    [3, 'chineseCounting', '三'],
    [10, 'chineseCounting', '十'],
    [21, 'chineseCountingThousand', '二十一'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [2, 'decimalFullWidth', '２'],
    [3, 'ideographTraditional', '丙'],
    [3, 'decimalEnclosedCircle', '③'],
    [4, 'lowerRoman', 'iv'],
    [28, 'lowerLetter', 'bb'],
    [1, 'hebrew1', null],
  ])('%i as %s → %s', (n, fmt, shown) => {
    expect(formatNumber(n, fmt)).toBe(shown);
  });
});

describe('a list number that cannot be shown', () => {
  it('stops the import and names the paragraphs', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'odd', levels: [{ level: 0, format: LevelFormat.UPPER_LETTER, text: '%1.' }] }] },
      sections: [{ children: [new Paragraph({ text: '教育工委工作要点' }), new Paragraph({ text: '加强党的建设', numbering: { reference: 'odd', level: 0 } })] }],
    });
    // The docx library writes only the formats it knows; put in one Word has and the importer does not.
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
    const numbering = strFromU8(files['word/numbering.xml'] ?? new Uint8Array());
    expect(numbering).toContain('w:val="upperLetter"');
    files['word/numbering.xml'] = strToU8(numbering.replace('w:val="upperLetter"', 'w:val="hebrew1"'));
    await expect(readDocx(zipSync(files))).rejects.toThrow(/第 2 段“加强党的建设”：编号格式“hebrew1”无法还原/u);
  });
});
