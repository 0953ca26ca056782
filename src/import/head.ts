/**
 * The head of a document: an optional 版头 (`中共××委员会文件`), the 文号
 * and the title. The title is the large centred paragraph at the top (a
 * .docx says which paragraphs are centred and how large), or the first line
 * of a text file; a title broken over two centred lines is joined.
 *
 *   [版头 中共某教育工委文件, 教党〔2016〕15号, 关于……的通知, 各学校：, 一、……]
 *   → { title: '关于……的通知', docNumber: '教党〔2016〕15号', body: ['各学校：', '一、……'] }
 */
import { DATE_LINE } from './date.ts';
import { findDocNumber } from './doc-number.ts';
import type { SourceDocument, SourceParagraph } from './source.ts';
import { startsParagraph } from './lines.ts';

export interface Head {
  title: string | null;
  /** How the title was found, for the frontmatter comment. */
  titleFrom: string;
  docNumber: string | null;
  /** The 版头 line (`……文件`), if the document has one. */
  redHead: string | null;
  /** The paragraphs after the head, in order. */
  body: string[];
}

const RED_HEAD = /^\S{2,28}文件$/u;
const BRACKETED = /^[（(].*[）)]$/u;
/** A document's head never runs longer than this many paragraphs. */
const MAX_HEAD = 12;

/** Centred by direct formatting, or set in Word's title style (which centres it). */
function isCentred(p: SourceParagraph): boolean {
  return p.centred === true || /^(?:title|标题)$/iu.test(p.styleName ?? '');
}

function isHeadOnly(text: string): boolean {
  return findDocNumber(text) !== null || RED_HEAD.test(text);
}

export function readHead(source: SourceDocument): Head {
  const paragraphs = source.paragraphs.filter((p) => p.text !== '');
  const docNumber = paragraphs.slice(0, MAX_HEAD).map((p) => findDocNumber(p.text)).find((n) => n !== null) ?? null;
  const redHead = paragraphs.slice(0, 3).find((p) => RED_HEAD.test(p.text))?.text ?? null;
  const titleIndices = source.title !== undefined ? titleLineOf(paragraphs, source.title) : paragraphs.some(isCentred) ? centredTitle(paragraphs) : firstLineTitle(paragraphs);
  const title = source.title ?? (titleIndices.length ? titleIndices.map((i) => paragraphs[i]?.text ?? '').join('') : null);
  const last = titleIndices.at(-1) ?? -1;
  // Everything after the title is body, except 文号 and 版头 lines still in the head.
  const body = paragraphs.filter((p, i) => i > last && !(i < MAX_HEAD && isHeadOnly(p.text) && !startsParagraph(p.text)) && !(i === last + 1 && p.text === title)).map((p) => p.text);
  const titleFrom = source.title !== undefined ? '网页的标题' : titleIndices.length > 1 ? '开头居中的标题段落（分行，已连成一行）' : paragraphs.some(isCentred) ? '开头居中的标题段落' : '第一行';
  return { title, titleFrom, docNumber, redHead, body };
}

function titleLineOf(paragraphs: readonly SourceParagraph[], title: string): number[] {
  const at = paragraphs.slice(0, MAX_HEAD).findIndex((p) => p.text === title);
  return at === -1 ? [] : [at];
}

/** The leading centred paragraphs that are not 版头, 文号, a date or a bracketed note; the largest among them. */
function centredTitle(paragraphs: readonly SourceParagraph[]): number[] {
  const candidates: number[] = [];
  for (let i = 0; i < Math.min(paragraphs.length, MAX_HEAD); i++) {
    const p = paragraphs[i];
    if (!p) break;
    if (isHeadOnly(p.text)) continue;
    if (!isCentred(p)) break;
    if (BRACKETED.test(p.text) || DATE_LINE.test(p.text) || startsParagraph(p.text)) break;
    candidates.push(i);
  }
  if (candidates.length === 0) return firstLineTitle(paragraphs);
  const size = (i: number): number => paragraphs[i]?.size ?? 0;
  const largest = Math.max(...candidates.map(size));
  const first = candidates.findIndex((i) => size(i) === largest);
  // A long title broken over lines: consecutive centred paragraphs of the same (largest) size.
  const run = [candidates[first] ?? 0];
  for (const i of candidates.slice(first + 1)) {
    if (i !== (run.at(-1) ?? 0) + 1 || size(i) !== largest) break;
    run.push(i);
  }
  return run;
}

function firstLineTitle(paragraphs: readonly SourceParagraph[]): number[] {
  const at = paragraphs.findIndex((p) => !isHeadOnly(p.text));
  const first = paragraphs[at];
  if (!first || startsParagraph(first.text)) return [];
  return [at];
}
