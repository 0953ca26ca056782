/**
 * Source files for the importer's tests, made here rather than committed:
 * a Word file with typed numbers, one with Word's automatic numbering, a
 * GBK-encoded text file and a saved web page. All carry the same kind of
 * text a 工作要点 has: a title, parts and clauses, 一是…二是… items, a 落款.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';

export const TITLE = '教育工委党风廉政建设工作要点';
export const ISSUER = '中共某市教育工作委员会';

/** The body as a maintainer would type it, one paragraph a line. */
export const BODY = [
  '各学校党组织：',
  '现将2017年党风廉政建设工作要点印发给你们，请认真贯彻落实。',
  '一、落实全面从严治党主体责任',
  '（一）强化责任落实。各学校党组织要认真落实“一岗双责”，每季度至少召开1次党风廉政建设专题会议。一是签订责任书。二是开展廉政谈话，每年不少于2次。',
  '（二）加强廉洁教育。深入开展“三会一课”(支部党员大会、支部委员会、党小组会和党课)，全年组织廉政党课2次以上。',
  '二、加强作风建设',
  '（一）严格执行中央八项规定精神。坚决纠正“四风”问题，到年底实现督查全覆盖。',
  '（二）深化“清风校园”创建。教育工委将定期通报各学校的创建情况。',
  '附件：1.党风廉政建设责任分解表',
  '2.廉政谈话记录表',
  ISSUER,
  '2017年2月20日',
];

/** The automatic-numbering variant: headings without typed numbers, numbered by Word lists. */
const AUTO = [
  { text: '落实全面从严治党主体责任', level: 0 },
  { text: '强化责任落实。各学校党组织要认真落实“一岗双责”，每季度至少召开1次党风廉政建设专题会议。', level: 1 },
  { text: '加强廉洁教育。全年组织廉政党课2次以上。', level: 1 },
  { text: '加强作风建设', level: 0 },
  { text: '严格执行中央八项规定精神。到年底实现督查全覆盖。', level: 1 },
  { text: '抓好党风廉政宣传月活动。', level: 2 },
  { text: '开展警示教育。', level: 2 },
  { text: '深化“清风校园”创建。', level: 1 },
] as const;

/** What Word shows for AUTO, as a maintainer reads it on screen. */
export const AUTO_SHOWN = ['一、落实全面从严治党主体责任', '（一）强化责任落实。各学校党组织要认真落实“一岗双责”，每季度至少召开1次党风廉政建设专题会议。', '（二）加强廉洁教育。全年组织廉政党课2次以上。', '二、加强作风建设', '（一）严格执行中央八项规定精神。到年底实现督查全覆盖。', '1.抓好党风廉政宣传月活动。', '2.开展警示教育。', '（二）深化“清风校园”创建。'];

function titleParagraph(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: 44, font: '方正小标宋简体' })] });
}

function bodyParagraph(text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.JUSTIFIED): Paragraph {
  return new Paragraph({ alignment, children: [new TextRun({ text, size: 32, font: '仿宋_GB2312' })] });
}

/** A Word file as an office types it: centred title, justified body, 落款 on the right. */
export async function typedDocx(body: readonly string[] = BODY, title = TITLE): Promise<Uint8Array> {
  const closing = new Set([ISSUER, '2017年2月20日']);
  const doc = new Document({
    sections: [{ children: [titleParagraph(title), ...body.map((t) => bodyParagraph(t, closing.has(t) ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED))] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The same kind of document with its headings numbered by Word (一、 （一） 1.), not typed. */
export async function autoNumberedDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'gongwen',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', start: 1 },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.', start: 1 },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          titleParagraph(TITLE),
          ...AUTO.map((p) => new Paragraph({ numbering: { reference: 'gongwen', level: p.level }, children: [new TextRun({ text: p.text, size: 32 })] })),
          bodyParagraph(ISSUER, AlignmentType.RIGHT),
          bodyParagraph('二〇一七年二月二十日', AlignmentType.RIGHT),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A GBK text file hard-wrapped at 30 columns (15 characters), as old mail clients save it. */
export function gbkTxt(): Uint8Array {
  const lines = [TITLE, ''];
  for (const paragraph of BODY) {
    if (paragraph.length <= 15) lines.push(paragraph);
    else for (let i = 0; i < paragraph.length; i += 15) lines.push(paragraph.slice(i, i + 15));
  }
  return new Uint8Array(iconv.encode(lines.join('\r\n'), 'gbk'));
}

/** A saved page of a document-sharing site: navigation, the article with 时间/导语, 上一篇/下一篇, footer. */
export function savedPage(): Uint8Array {
  const paragraphs = BODY.map((t) => `<p>${t}</p>`).join('\n');
  const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${TITLE}_范文大全</title>
<style>.nav{color:red}</style><script>window.stats = '一、不是正文';</script></head>
<body>
<div class="top-nav"><a href="/">首页</a> | <a href="/gzyd/">工作要点</a> | <a href="/jh/">工作计划</a> | <a href="/zj/">工作总结</a></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/gzyd/">工作要点</a> &gt; 正文</div>
<div class="wrap"><div class="article">
<h1>${TITLE}</h1>
<div class="info">时间:2022-06-21 03:40:11</div>
<div class="lead">导语:${TITLE}一文来源于网友上传,不代表本站观点,欢迎参考。</div>
<div class="content">
${paragraphs}
</div>
<ul class="prevnext"><li>上一篇:<a href="/a.html">教育工委宣传思想工作要点</a></li><li>下一篇:<a href="/b.html">教师队伍集中培训工作方案</a></li></ul>
</div>
<div class="sidebar"><h3>热门阅读</h3><ul><li><a href="/1.html">2017年学校党建工作要点范文</a></li><li><a href="/2.html">党风廉政建设工作总结（精选三篇）</a></li></ul></div></div>
<div class="footer">Copyright © 2022 范文大全 版权所有 京ICP备00000000号</div>
</body></html>`;
  return new TextEncoder().encode(html);
}
