/**
 * Loads a content file the way the build does (schema-checked frontmatter,
 * then the model), without Astro, for unit tests.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildDocument } from '../../src/body/document.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import type { DocSlug, DocumentModel } from '../../src/model/types.ts';
import { documentSchema } from '../../src/schemas/document.ts';

export function loadDocumentFile(file: string): DocumentModel {
  const raw = readFileSync(file, 'utf8');
  const split = splitFrontmatter(raw);
  if (!split) throw new Error(`${file}: no frontmatter`);
  const { notes, slug, requirements, irregular, ...meta } = documentSchema.parse(parse(split.yaml));
  return buildDocument({ file, raw, body: split.body, lineOffset: split.bodyOffset, meta: { ...meta, slug: slug as DocSlug }, notes, requirements, irregular });
}

export const SOURCE_DOCUMENT = 'content/documents/jiceng-zuzhi-jianshe.md';
export const ORIGINAL_COPY = 'content/sources/000_c1021f51c8f61c45.txt';
