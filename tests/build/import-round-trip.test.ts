/**
 * Round trips: each kind of source the tests make (a typed Word file, one
 * numbered by Word, a GBK text file, a saved web page) is imported into a
 * copy of the content, checked clean, and every sentence of its body is
 * found in the document model's text in order (its body, 附件, 落款 and
 * 版记 together). The typed Word file also goes
 * through a full site build: its page shows the title, every sentence in
 * order, the issuer and the issuing date.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/import-file.ts';
import { bodyText } from '../../src/model/walk.ts';
import type { DocumentModel } from '../../src/model/types.ts';
import { buildSite } from '../support/build-site.ts';
import { contentCopy } from '../support/import-root.ts';
import { loadDocumentFile, ORIGINAL_COPY, SOURCE_DOCUMENT } from '../support/load-document.ts';
import { AUTO_SHOWN, BODY, ISSUER, TITLE, autoNumberedDocx, gbkTxt, savedPage, typedDocx } from '../support/import-fixtures.ts';

/**
 * Sentences as a reader would look for them: cut after 。；！？, one line at
 * least. The 附件 label stands apart from its first entry: the model keeps the
 * entries and the page heads them 附件.
 */
function sentences(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((p) => p.replace(/^附件：/u, '附件\n').split(/(?<=[。；！？\n])/u)).map((s) => s.trim()).filter((s) => s !== '');
}

/** The sentences that are not found, in order, in `text`. */
function missingInOrder(text: string, wanted: readonly string[]): string[] {
  let from = 0;
  const missing: string[] = [];
  for (const sentence of wanted) {
    const at = text.indexOf(sentence, from);
    if (at === -1) missing.push(sentence);
    else from = at + sentence.length;
  }
  return missing;
}

/** Every line of the document the model holds: the body, then the 附件 list, the 落款 and the 版记, which it keeps apart. */
function wholeText(model: DocumentModel): string {
  const signature = model.signature ? [...model.signature.issuers, ...(model.signature.date ? [model.signature.date] : [])] : [];
  return [bodyText(model), ...(model.attachments.length ? ['附件'] : []), ...model.attachments.map((l) => l.text), ...signature, ...model.closing.map((l) => l.text)].join('\n');
}

const SOURCES: Array<[string, string, () => Promise<Uint8Array> | Uint8Array, string[]]> = [
  ['a typed Word file', '文件.docx', typedDocx, BODY],
  ['a Word file with automatic numbering', '自动编号.docx', autoNumberedDocx, [...AUTO_SHOWN, ISSUER, '二〇一七年二月二十日']],
  ['a GBK text file', '文件.txt', gbkTxt, BODY],
  ['a saved web page', '文件.html', savedPage, BODY],
];

describe('import round trip (model)', () => {
  it.each(SOURCES)('%s: checked clean, every sentence in the model in order', async (_, name, make, body) => {
    const root = contentCopy();
    const file = join(root, '..', name);
    writeFileSync(file, await make());
    const result = await importFile(file, { contentRoot: root });
    expect(result.problems).toEqual([]);
    expect(result.proposal).toMatchObject({ title: TITLE, issuer: ISSUER, issued: '2017-02-20' });
    const model = loadDocumentFile(result.documentFile);
    expect(model.meta.title).toBe(TITLE);
    expect(missingInOrder(wholeText(model), sentences(body))).toEqual([]);
    expect(model.signature).toMatchObject({ issuers: [ISSUER], isoDate: '2017-02-20' });
    expect(readFileSync(result.sourceFile)).toEqual(readFileSync(file));
  });
});

describe('importing the seed’s web copy', () => {
  it('gives the seed’s body character for character, its web-copy facts, and the slug made by hand', async () => {
    const root = contentCopy();
    rmSync(join(root, 'documents', 'jiceng-zuzhi-jianshe.md'));
    const result = await importFile(ORIGINAL_COPY, { contentRoot: root });
    const seed = splitFrontmatter(readFileSync(SOURCE_DOCUMENT, 'utf8'));
    const imported = splitFrontmatter(readFileSync(result.documentFile, 'utf8'));
    expect(imported?.body).toBe(seed?.body);
    expect(result.proposal.slug).toBe('jiceng-zuzhi-jianshe');
    const meta = parse(seed?.yaml ?? '') as { title: string; webCopy: { postedAt: string; disclaimer: string; siblings: object } };
    expect(result.proposal.title).toBe(meta.title);
    expect(result.proposal.webCopy).toEqual({ postedAt: meta.webCopy.postedAt, disclaimer: meta.webCopy.disclaimer, ...meta.webCopy.siblings });
    // The web copy has no 落款: nothing is guessed.
    expect(result.proposal).toMatchObject({ issuer: null, issued: null, docNumber: null });
  });
});

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && ['script', 'style', 'template'].includes(node.tagName)) return '';
  return node.children.map(textOf).join('');
}

function findMain(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'main') return child;
    const found = findMain(child);
    if (found) return found;
  }
  return undefined;
}

describe('import round trip (site)', () => {
  it('a Word file imported and built is on the site with its title, text, issuer and date', async () => {
    const root = contentCopy();
    const file = join(root, '..', '文件.docx');
    writeFileSync(file, await typedDocx());
    const result = await importFile(file, { contentRoot: root });
    const build = buildSite(root);
    expect(build.ok, build.output).toBe(true);
    const page = fromHtml(readFileSync(join(build.outDir, result.proposal.slug, 'index.html'), 'utf8'));
    const main = findMain(page);
    expect(main).toBeDefined();
    const text = main ? textOf(main) : '';
    expect(text).toContain(TITLE);
    expect(missingInOrder(text, sentences(BODY))).toEqual([]);
    expect(text).toContain(ISSUER);
    expect(text).toContain('2017-02-20');
  });
});
