/**
 * The genre corpus built as a maintainer would publish it: every document of
 * tests/fixtures/documents is added to a copy of the content and the site is
 * built. Then, for each document, checked against its hand-written expected
 * outline and its own text (not against the parser's output):
 * - data.json lists exactly the expected unit IDs;
 * - every unit has its anchor on the document page, and every clause or
 *   article (the units with a page: depth 2 under 一、 parts, the top level
 *   when it is （一） or 1., every 第X条) has its own page holding its anchor;
 * - every sentence of the body, 附件, 落款 and 抄送/印发 is on the document
 *   page, in order.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { parse } from 'yaml';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { buildSite } from '../support/build-site.ts';
import { corpusDocuments, type CorpusDocument } from '../support/corpus-documents.ts';

const documents = corpusDocuments();
const content = join(mkdtempSync(join(tmpdir(), 'yaodian-corpus-')), 'content');
cpSync('content', content, { recursive: true });
for (const d of documents) cpSync(d.file, join(content, 'documents', `${d.name}.md`));
const build = buildSite(content);

function slugOf(d: CorpusDocument): string {
  return (parse(splitFrontmatter(readFileSync(d.file, 'utf8'))?.yaml ?? '') as { slug: string }).slug;
}

const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
const classes = (e: Element) => (Array.isArray(e.properties.className) ? e.properties.className.map(String) : []);

/** The text of the body and what follows it on a document page, with the 校注 markers set aside. */
function documentText(html: string): string {
  const parts: string[] = [];
  const text = (node: Nodes): string => {
    if (node.type === 'text') return node.value;
    if (node.type === 'element' && classes(node).includes('note-ref')) return '';
    return 'children' in node ? node.children.map(text).join('') : '';
  };
  const find = (node: Nodes): void => {
    if (node.type === 'element' && (classes(node).includes('doc-text') || classes(node).includes('doc-end'))) parts.push(text(node));
    else if ('children' in node) node.children.forEach(find);
  };
  find(fromHtml(html));
  return parts.join('\n');
}

/** The file's own lines after the frontmatter, split after 。；！？ (the 附件 label is shown as a heading). */
function sentencesOf(file: string): string[] {
  const body = splitFrontmatter(readFileSync(file, 'utf8'))?.body ?? '';
  return body
    .split(/\r\n|\r|\n/u)
    .map((l) => l.trim().replace(/^附件[：:]/u, ''))
    .filter(Boolean)
    .flatMap((l) => l.split(/(?<=[。；！？])/u))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Which expected units have their own page, by the README's rule (not by asking the parser). */
function hasPage(d: CorpusDocument, id: string): boolean {
  if (d.expected.kind === 'articles') return /^\d+$/u.test(id);
  const partsAtTop = /^[一二三四五六七八九十百]+、/u.test(d.expected.units[0]?.marker ?? '');
  return partsAtTop ? /^\d+-\d+$/u.test(id) : /^\d+$/u.test(id);
}

describe('the genre corpus, built into the site', () => {
  it('builds', () => {
    expect(build.ok, build.output.slice(-3000)).toBe(true);
  });

  it('has valid HTML on every document page and every clause or article page', async () => {
    // The build is outside the repository, so name the repository's rules rather than search up from the file.
    const validator = new HtmlValidate(new FileSystemConfigLoader(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'))));
    const errors: string[] = [];
    for (const d of documents) {
      const slug = slugOf(d);
      const paths = [slug, ...d.expected.units.filter((u) => hasPage(d, u.id)).map((u) => join(slug, u.id))];
      for (const path of paths) {
        const report = await validator.validateFile(join(build.outDir, path, 'index.html'));
        for (const result of report.results) for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  describe.each(documents.map((d) => [d.name, d] as const))('%s', (_, d) => {
    const slug = slugOf(d);

    it('exports exactly the expected units in data.json', () => {
      const data = JSON.parse(readFileSync(join(build.outDir, slug, 'data.json'), 'utf8')) as { parts: { id: string; children: unknown[] }[] };
      const ids: string[] = [];
      const walk = (units: { id: string; children: unknown[] }[]) => units.forEach((u) => (ids.push(u.id), walk(u.children as typeof units)));
      walk(data.parts);
      expect(ids).toEqual(d.expected.units.map((u) => u.id));
    });

    it('gives every unit an anchor on the document page, and every clause or article its own page', () => {
      const html = page(slug);
      for (const u of d.expected.units) {
        expect(html, `#${u.id}`).toContain(`id="${u.id}"`);
        if (!hasPage(d, u.id)) continue;
        expect(existsSync(join(build.outDir, slug, u.id, 'index.html')), `/${slug}/${u.id}/`).toBe(true);
        expect(page(join(slug, u.id)), `/${slug}/${u.id}/#${u.id}`).toContain(`id="${u.id}"`);
      }
    });

    it('shows every sentence of the file on the document page, in order', () => {
      const text = documentText(page(slug));
      const sentences = sentencesOf(d.file);
      expect(sentences.length).toBeGreaterThan(5);
      let from = 0;
      for (const sentence of sentences) {
        const at = text.indexOf(sentence, from);
        expect(at, `not found in order: ${sentence}`).toBeGreaterThanOrEqual(0);
        from = at + sentence.length;
      }
    });
  });
});
