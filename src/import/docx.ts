/**
 * A .docx to paragraphs. mammoth reads the text of each paragraph (runs,
 * hyperlinks, fields, tables) with its alignment, font size and whether it
 * is in a list; mammoth does not say what number Word shows for a list
 * paragraph, so word/numbering.xml and each paragraph's numPr are read here
 * (docx-numbering.ts) and the marker put back in front of the text. A list
 * number that cannot be restored stops the import, naming the paragraphs:
 * numbers are never dropped silently.
 */
import CFB from 'cfb';
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import mammoth from 'mammoth';
import { ImportError } from './errors.ts';
import { ListCounter, numberingRef, readNumbering } from './docx-numbering.ts';
import { trimLine } from './lines.ts';
import type { SourceDocument, SourceParagraph } from './source.ts';
import { child, findAll, parseXml } from './xml.ts';

/** The parts of mammoth's document tree read here (its `transformDocument` hands over plain objects). */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  alignment?: string;
  fontSize?: number | null;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
}

interface XmlParagraph {
  text: string;
  marker: ReturnType<ListCounter['next']> | null;
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An Office file in an OLE container: a password-protected .docx, or an old .doc renamed. */
function rejectCompoundFile(bytes: Uint8Array): void {
  if (!CFB_MAGIC.every((b, i) => bytes[i] === b)) return;
  let streams: string[] = [];
  try {
    streams = CFB.read(bytes, { type: 'buffer' }).FullPaths;
  } catch {
    // Not even a readable container: reported as damaged below.
  }
  if (streams.some((p) => p.endsWith('/EncryptionInfo') || p.endsWith('/EncryptedPackage'))) {
    throw new ImportError('这个 Word 文件设置了打开密码（已加密），无法读取', '在 Word 或 WPS 中输入密码打开，通过“文件 → 信息 → 保护文档 → 用密码进行加密”清除密码后另存为 .docx，再导入');
  }
  if (streams.some((p) => p.endsWith('/WordDocument'))) {
    throw new ImportError('这是旧版 Word 97-2003 文档（.doc），只是扩展名写成了 .docx', '在 Word 或 WPS 中打开，另存为“Word 文档（*.docx）”后再导入');
  }
  throw new ImportError('文件已损坏，或不是 Word 文档', '在 Word 或 WPS 中打开确认能正常显示，再另存为 .docx 后导入');
}

function unzip(bytes: Uint8Array): Unzipped {
  rejectCompoundFile(bytes);
  try {
    return unzipSync(bytes);
  } catch (cause) {
    throw new ImportError('文件已损坏，或不是 Word 文档（无法作为 .docx 打开）', '在 Word 或 WPS 中打开确认能正常显示，再另存为 .docx 后导入；若打不开，请向发文单位重新索取', { cause });
  }
}

function textOf(element: MammothElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  // Footnote and comment references, images and breaks carry no characters of the text.
  if (['noteReference', 'commentReference', 'comment', 'image', 'break'].includes(element.type)) return '';
  return (element.children ?? []).map(textOf).join('');
}

function largestSize(element: MammothElement): number | undefined {
  const own = element.type === 'run' && element.fontSize ? [element.fontSize] : [];
  const sizes = [...own, ...(element.children ?? []).map(largestSize).filter((s): s is number => s !== undefined)];
  return sizes.length ? Math.max(...sizes) : undefined;
}

function collect(element: MammothElement, paragraphs: MammothElement[], images: { count: number }): void {
  if (element.type === 'image') images.count++;
  if (element.type === 'paragraph') paragraphs.push(element);
  for (const c of element.children ?? []) collect(c, paragraphs, images);
}

/** Body paragraphs as the XML has them, each with the list marker Word would show (if any). */
function xmlParagraphs(files: Unzipped): XmlParagraph[] {
  const part = (name: string) => (files[name] ? parseXml(strFromU8(files[name])) : undefined);
  const defs = readNumbering(part('word/numbering.xml'), part('word/styles.xml'));
  const counter = new ListCounter(defs);
  const body = findAll(part('word/document.xml') ?? [], 'body');
  return findAll(body, 'p').map((p) => {
    const ref = numberingRef(child(p, 'pPr'), defs);
    const text = findAll(p.children, 't').map((t) => t.children.map((c) => c.text ?? '').join('')).join('');
    return { text, marker: ref ? counter.next(ref) : null };
  });
}

const squash = (s: string): string => s.replace(/\s+/gu, '');

/** Puts each restored marker before the text of the mammoth paragraph it belongs to. */
function restoreMarkers(paragraphs: readonly MammothElement[], xml: readonly XmlParagraph[], notices: string[]): SourceParagraph[] {
  // Mammoth marks a paragraph as numbered only when its list level exists: the same test here keeps the two in step.
  const numbered = xml.filter((p) => p.marker !== null && p.marker.kind !== 'none');
  const problems: string[] = [];
  let next = 0;
  const out = paragraphs.map((p, index) => {
    const text = textOf(p);
    const base: SourceParagraph = { text: trimLine(text), centred: p.alignment === 'center', ...(largestSize(p) ? { size: largestSize(p) } : {}), ...(p.styleName ? { styleName: p.styleName } : {}) };
    if (!p.numbering) return base;
    const from = numbered[next++];
    const where = `第 ${index + 1} 段“${trimLine(text).slice(0, 20)}”`;
    if (!from || squash(from.text) !== squash(text)) {
      problems.push(`${where}：找不到它的编号定义`);
      return base;
    }
    const marker = from.marker;
    if (marker?.kind === 'unknown') problems.push(`${where}：编号格式“${marker.numFmt}”无法还原`);
    if (marker?.kind === 'bullet') notices.push(`${where}前是项目符号（不是编号），未写入正文`);
    return marker?.kind === 'marker' ? { ...base, text: trimLine(marker.marker + text) } : base;
  });
  if (problems.length) {
    throw new ImportError(`这些段落用了 Word 的自动编号，但编号无法按 Word 的显示还原：${problems.join('；')}`, '在 Word 中选中这些段落，用“开始 → 编号 → 定义新编号格式”改成“一、”“（一）”“1.”式编号，或把编号改为直接输入的文字后另存，再导入');
  }
  const restored = numbered.filter((p) => p.marker?.kind === 'marker').length;
  if (restored) notices.push(`已按 Word 的编号定义还原 ${restored} 个自动编号`);
  return out;
}

export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  if (bytes.length === 0) throw new ImportError('文件是空的（0 字节）', '确认选对了文件；从邮件或聊天软件保存的文件请重新下载');
  const files = unzip(bytes);
  if (!files['word/document.xml']) {
    throw new ImportError('这个压缩文件里没有 Word 正文（缺少 word/document.xml），不是 .docx 文档', '确认文件是 Word 文档；WPS 文件请另存为“Word 文档（*.docx）”后导入');
  }
  const paragraphs: MammothElement[] = [];
  const images = { count: 0 };
  try {
    const transformDocument = (doc: MammothElement): MammothElement => {
      collect(doc, paragraphs, images);
      return doc;
    };
    await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { transformDocument });
  } catch (cause) {
    throw new ImportError('Word 文件内容已损坏，无法读取', '在 Word 或 WPS 中打开确认能正常显示，再另存为 .docx 后导入', { cause });
  }
  const notices: string[] = [];
  const out = restoreMarkers(paragraphs, xmlParagraphs(files), notices);
  if (out.every((p) => p.text === '')) {
    if (images.count > 0) throw new ImportError(`这个 Word 文件只有图片（${images.count} 张），没有文字，可能是扫描件`, '图片中的文字需要先识别（OCR）成文字并逐字核对，再导入；或向发文单位索取文字版的 Word 文件');
    throw new ImportError('Word 文件里没有文字', '确认选对了文件');
  }
  return { kind: 'docx', paragraphs: out, notices };
}
