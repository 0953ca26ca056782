import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnit } from '../../src/model/walk.ts';
import { numeralSum } from '../../src/model/numerals.ts';
import { loadDocumentFile, ORIGINAL_COPY, SOURCE_DOCUMENT } from '../support/load-document.ts';
import { loadTermFiles } from '../support/load-terms.ts';

/** Lines 4–17 of the original web copy: the body of the document. */
const body = readFileSync(ORIGINAL_COPY, 'utf8').split('\n').slice(3, 17).join('\n');
const doc = loadDocumentFile(SOURCE_DOCUMENT);

describe('numeralSum', () => {
  it('adds Chinese numerals and ASCII digits', () => {
    expect(numeralSum('三严三实')).toBe(6);
    expect(numeralSum('四好两优')).toBe(6);
    expect(numeralSum('双培养')).toBe(2);
    expect(numeralSum('12345工程')).toBe(15);
    expect(numeralSum('查、摆、议')).toBe(0);
  });
});

describe('content/terms', () => {
  const files = loadTermFiles();
  const slugs = new Set<string>(files.map((f) => f.entry.slug));

  it('has term files, each parsing against the schema', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('has unique slugs equal to the file names', () => {
    expect(slugs.size).toBe(files.length);
    for (const { file, entry } of files) expect(basename(file, '.yaml'), file).toBe(entry.slug);
  });

  it('has unique terms and aliases across files', () => {
    const names = files.flatMap(({ entry }) => [entry.term, ...entry.aliases]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('relates only to terms that exist, and never to itself', () => {
    for (const { file, entry } of files) {
      for (const rel of entry.related) {
        expect(slugs.has(rel), `${file}: related ${rel}`).toBe(true);
        expect(rel, file).not.toBe(entry.slug);
      }
    }
  });

  it('writes each term (or one of its aliases) verbatim as the body does', () => {
    for (const { file, entry } of files) {
      const found = [entry.term, ...entry.aliases].some((s) => body.includes(s));
      expect(found, `${file}: ${entry.term}`).toBe(true);
    }
  });

  it('quotes the document exactly, in the unit it names', () => {
    for (const { file, entry } of files) {
      if (entry.basis.kind !== 'document') continue;
      const { document, unit, quote } = entry.basis;
      expect(document, file).toBe(doc.meta.slug);
      expect(body.includes(quote), `${file}: quote not in lines 4–17`).toBe(true);
      const u = findUnit(doc, unit);
      expect(u, `${file}: unit ${unit}`).toBeDefined();
      expect(u!.text.includes(quote), `${file}: quote not in unit ${unit}`).toBe(true);
    }
  });

  it('gives the public source for public basis', () => {
    for (const { file, entry } of files) {
      if (entry.basis.kind !== 'public') continue;
      expect(entry.basis.source, file).toMatch(/《.+》/);
      expect(entry.basis.source, file).toMatch(/\d{4}年/);
    }
  });

  it('expands a counting term into as many items as its numerals add up to', () => {
    for (const { file, entry } of files) {
      if (entry.expansion === undefined) continue;
      expect(entry.expansion.length, `${file}: ${entry.term}`).toBe(numeralSum(entry.term));
    }
  });

  it('writes no definition or expansion without a basis', () => {
    for (const { file, entry } of files) {
      if (entry.basis.kind !== 'undefined') continue;
      expect(entry.definition, file).toBeUndefined();
      expect(entry.expansion, file).toBeUndefined();
    }
  });

  it('takes each document-based expansion item from the quoted unit', () => {
    for (const { file, entry } of files) {
      if (entry.basis.kind !== 'document' || entry.expansion === undefined) continue;
      const text = findUnit(doc, entry.basis.unit)!.text;
      for (const item of entry.expansion) expect(text.includes(item), `${file}: ${item}`).toBe(true);
    }
  });
});
