/**
 * The corpus as the build makes it (src/data/corpus.ts), without Astro, for
 * unit tests of the page data: documents parsed and linked to the glossary,
 * frozen; the committed registry and its history. Never writes the registry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/data/corpus.ts';
import { identitiesOf } from '../../src/model/fingerprint.ts';
import { freezeModel } from '../../src/model/freeze.ts';
import { buildGlossary } from '../../src/model/glossary.ts';
import { parseRegistry, REDIRECTS_FILE, REGISTRY_FILE, WORDING_FILE, type Redirects, type Wording } from '../../src/model/registry.ts';
import { linkTerms } from '../../src/model/term-linker.ts';
import { documentHistory } from '../../src/model/unit-history.ts';
import { loadDocumentFile } from './load-document.ts';
import { loadTermFiles } from './load-terms.ts';

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The corpus of the given document files, with the glossary and registry of `contentRoot`. */
export function loadCorpus(files: readonly string[], contentRoot = 'content'): Corpus {
  const glossary = buildGlossary(
    loadTermFiles(join(contentRoot, 'terms')).map(({ file, entry }) => ({ ...entry, file })),
    () => undefined,
  );
  const documents = files
    .map((file) => loadDocumentFile(file))
    .sort((a, b) => a.meta.slug.localeCompare(b.meta.slug))
    .map((doc) => freezeModel({ ...doc, terms: linkTerms(doc, glossary) }));
  const registry = parseRegistry(readJson(join(contentRoot, REGISTRY_FILE)));
  const wordingFile = join(contentRoot, WORDING_FILE);
  const wording = existsSync(wordingFile) ? readJson<Wording>(wordingFile) : {};
  const history = new Map(
    documents.map((doc) => [
      doc.meta.slug as string,
      documentHistory({ entries: registry[doc.meta.slug] ?? {}, wording: wording[doc.meta.slug] ?? {}, identities: identitiesOf(doc), corrections: doc.meta.corrections ?? [], renumbered: doc.meta.renumbered ?? [] }),
    ]),
  );
  const retiredSlugs = Object.keys(registry).filter((slug) => !documents.some((d) => d.meta.slug === slug));
  return { documents, glossary, redirects: readJson<Redirects>(join(contentRoot, REDIRECTS_FILE)), registry, retiredSlugs, history };
}
