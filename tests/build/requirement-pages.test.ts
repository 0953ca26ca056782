/**
 * The requirements of several documents, built under a base path: one table on
 * /requirements/ while they fit (ONE_PAGE_MAX_ROWS), each row group headed by
 * its document's title linking to the document's own requirements page, and
 * the records the filters of a larger corpus search (search/requirements.json).
 * The larger corpus itself, in a browser: tests/e2e/requirements-many.spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { writeSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { recordsFromJson } from '../../src/views/requirement-record.ts';
import { ONE_PAGE_MAX_ROWS } from '../../src/views/requirement-records.ts';

const SLUGS = ['synthetic-001', 'synthetic-002'];

describe('the requirements of two documents, under /yaodian/', () => {
  const build = buildSite(writeSyntheticCorpus(2), { base: '/yaodian/' });
  const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
  const counts = build.ok ? SLUGS.map((slug) => (JSON.parse(read(`${slug}/data.json`)) as { requirements: unknown[] }).requirements.length) : [];
  const total = counts.reduce((a, b) => a + b, 0);
  const rowsIn = (html: string) => (html.match(/<tr[^>]*\sdata-kind=/g) ?? []).length;

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
    expect(total).toBeLessThanOrEqual(ONE_PAGE_MAX_ROWS);
  });

  it('keeps every row on /requirements/, each document’s rows headed by its title linking to its own page', () => {
    const html = read('requirements/index.html');
    expect(rowsIn(html)).toBe(total);
    for (const slug of SLUGS) expect(html).toMatch(new RegExp(`<th colspan="6" scope="rowgroup"><a href="/yaodian/requirements/${slug}/">《合成测试文档第\\d{3}号[^<]*》</a></th>`));
  });

  it('gives each document a requirements page of its own rows, with its filters but no choice of document', () => {
    SLUGS.forEach((slug, i) => {
      const html = read(`requirements/${slug}/index.html`);
      expect(rowsIn(html)).toBe(counts[i]);
      expect(html).toContain('<a href="/yaodian/requirements/">工作要求一览</a>');
      expect(html).toContain(`<a href="/yaodian/${slug}/">阅读全文</a>`);
      expect(html).toContain('<select name="who">');
      expect(html).not.toContain('<select name="document">');
    });
  });

  it('links only to files the build wrote', () => {
    for (const page of ['requirements/index.html', ...SLUGS.map((s) => `requirements/${s}/index.html`)]) {
      for (const [, href] of read(page).matchAll(/href="\/yaodian\/([^"#?]*)/g)) {
        const file = href === '' || href!.endsWith('/') ? `${href}index.html` : href!;
        expect(existsSync(join(build.outDir, file)), `${page} → ${href}`).toBe(true);
      }
    }
  });

  it('writes every requirement as records, with paths below the base, for the filters of a larger corpus', () => {
    const records = recordsFromJson(JSON.parse(read('search/requirements.json')));
    expect(records.base).toBe('/yaodian/');
    expect(records.docs.map((d) => [d.slug, d.count])).toEqual(SLUGS.map((s, i) => [s, counts[i]]));
    expect(records.rows).toHaveLength(total);
    expect(records.rows.every((r) => r.anchor.startsWith(`${records.docs[r.doc]!.slug}/#`) && r.clause.startsWith(`${records.docs[r.doc]!.slug}/`))).toBe(true);
  });

  it('precaches the new pages and the records for offline use', () => {
    const sw = read('sw.js');
    for (const url of ['/yaodian/requirements/synthetic-001/index.html', '/yaodian/search/requirements.json']) expect(sw, url).toContain(`"${url}"`);
  });
});
