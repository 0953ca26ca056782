/**
 * Files the importer cannot use: each is refused with a message in Chinese
 * saying what is wrong and what to do, and nothing is written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import CFB from 'cfb';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/errors.ts';
import { importFile } from '../../src/import/import-file.ts';
import { contentCopy, listFiles } from '../support/import-root.ts';
import { typedDocx } from '../support/import-fixtures.ts';

/** A password-protected .docx as Office saves it: an OLE container with EncryptionInfo and EncryptedPackage streams. */
function encryptedDocx(): Uint8Array {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(4096, 0x5a));
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
}

/** A scanned document: a Word file holding one picture and no text. */
async function imageOnlyDocx(): Promise<Uint8Array> {
  const png = new PNG({ width: 8, height: 8 });
  png.data.fill(200);
  const data = PNG.sync.write(png);
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data, transformation: { width: 600, height: 800 } })] })] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

let root: string;
let dir: string;
const cases: Array<[string, string, () => Promise<Uint8Array> | Uint8Array, RegExp]> = [
  ['an encrypted .docx', '加密.docx', encryptedDocx, /设置了打开密码（已加密）.*处理：.*清除密码后另存为 \.docx/u],
  ['a corrupt .docx (cut short)', '损坏.docx', async () => (await typedDocx()).slice(0, 400), /文件已损坏，或不是 Word 文档.*处理：/u],
  ['a .docx that is really a text file', '改名.docx', () => new TextEncoder().encode('一、总则'), /文件已损坏，或不是 Word 文档.*处理：/u],
  ['an empty .docx', '空.docx', () => new Uint8Array(), /文件是空的（空\.docx，0 字节）.*处理：/u],
  ['an empty .txt', '空.txt', () => new Uint8Array(), /文件是空的.*处理：/u],
  ['a .txt of blank lines', '空行.txt', () => new TextEncoder().encode('\r\n　　\r\n'), /文件是空的（没有任何文字）.*处理：/u],
  ['an image-only .docx', '扫描件.docx', imageOnlyDocx, /只有图片（1 张），没有文字，可能是扫描件.*处理：.*OCR/u],
  ['an image-only saved page', '扫描件.html', () => new TextEncoder().encode('<html><body><nav><a href="/">首页</a></nav><div class="content"><img src="p1.jpg"><img src="p2.jpg"></div></body></html>'), /正文只有图片（2 张）.*处理：/u],
  ['a .pdf', '文件.pdf', () => new Uint8Array([0x25, 0x50, 0x44, 0x46]), /不支持“\.pdf”文件.*处理：.*\.docx/u],
  ['an old .doc', '文件.doc', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), /不支持“\.doc”文件.*处理：.*另存为“Word 文档（\*\.docx）”/u],
  ['a file without extension', '文件', () => new Uint8Array([1]), /不支持“无扩展名”文件.*处理：能导入的是/u],
];

beforeAll(() => {
  root = contentCopy();
  dir = join(root, '..');
});

describe('bad input', () => {
  it.each(cases)('%s is refused with a clear message, and nothing is written', async (_, name, make, message) => {
    const file = join(dir, name);
    writeFileSync(file, await make());
    const before = listFiles(root);
    const attempt = importFile(file, { contentRoot: root });
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toThrow(message);
    expect(listFiles(root)).toEqual(before);
  });

  it('does not overwrite an existing document without --force', async () => {
    const file = join(dir, '文件.docx');
    writeFileSync(file, await typedDocx());
    const first = await importFile(file, { contentRoot: root, slug: 'dangfeng' });
    const before = listFiles(root);
    await expect(importFile(file, { contentRoot: root, slug: 'dangfeng' })).rejects.toThrow(/已有文档使用标识“dangfeng”.*处理：.*--force/u);
    expect(listFiles(root)).toEqual(before);
    const again = await importFile(file, { contentRoot: root, slug: 'dangfeng', force: true });
    expect(again.documentFile).toBe(first.documentFile);
  });

  it('refuses a site route or a malformed name as --slug', async () => {
    const file = join(dir, '文件.docx');
    writeFileSync(file, await typedDocx());
    await expect(importFile(file, { contentRoot: root, slug: 'terms' })).rejects.toThrow(/网站自己的地址/u);
    await expect(importFile(file, { contentRoot: root, slug: 'Dang Feng' })).rejects.toThrow(/不合格式/u);
  });
});
