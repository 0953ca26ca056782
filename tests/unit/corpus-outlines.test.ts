/**
 * Each document of the genre corpus reads into exactly the outline written
 * by hand beside it (tests/fixtures/documents/*.expected.json): structure,
 * 主送机关, preamble, every unit's ID, marker and title, 附件, 落款 and 抄送/印发.
 */
import { describe, expect, it } from 'vitest';
import { corpusDocuments } from '../support/corpus-documents.ts';
import { loadDocumentFile } from '../support/load-document.ts';
import { outlineOf } from '../support/outline-of.ts';

const documents = corpusDocuments();

describe('the genre corpus', () => {
  it('has at least 20 documents, plans and article documents both', () => {
    expect(documents.length).toBeGreaterThanOrEqual(20);
    expect(new Set(documents.map((d) => d.expected.kind))).toEqual(new Set(['plan', 'articles']));
  });

  it.each(documents.map((d) => [d.name, d] as const))('%s reads into its expected outline', (_, d) => {
    expect(outlineOf(loadDocumentFile(d.file))).toEqual(d.expected);
  });
});
