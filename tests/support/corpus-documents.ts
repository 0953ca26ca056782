/**
 * The genre corpus (tests/fixtures/documents): realistic documents, each with
 * its hand-written expected outline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExpectedOutline } from './outline-of.ts';

export const CORPUS_DIR = 'tests/fixtures/documents';

export interface CorpusDocument {
  name: string;
  file: string;
  expected: ExpectedOutline;
}

export function corpusDocuments(): CorpusDocument[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.md') && f === f.toLowerCase())
    .sort()
    .map((f) => {
      const name = f.replace(/\.md$/u, '');
      return { name, file: join(CORPUS_DIR, f), expected: JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.expected.json`), 'utf8')) as ExpectedOutline };
    });
}
