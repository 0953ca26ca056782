/**
 * The corpus: every document in `content/documents/`, parsed once into the
 * model, checked against the registry of published links. Build-time only:
 * pages ask for the corpus and render it; they never read files themselves.
 */
import { getCollection } from 'astro:content';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDocument, lineOfText } from '../model/document.ts';
import { ContentError } from '../model/errors.ts';
import { checkRegistry, mergeRegistry, publishedBy, REDIRECTS_FILE, REGISTRY_FILE, unregistered, type Redirects, type Registry } from '../model/registry.ts';
import type { DocSlug, DocumentModel } from '../model/types.ts';
import { contentPath } from './content-root.ts';
import { buildGlossary, checkDocumentBasis, type Glossary } from '../model/glossary.ts';
import { linkTerms } from '../model/term-linker.ts';
import { termCandidatesWarning } from './term-candidates-report.ts';

export interface Corpus {
  documents: DocumentModel[];
  glossary: Glossary;
  redirects: Redirects;
  /** Slugs of documents published once and since removed (their units all redirect elsewhere). */
  retiredSlugs: string[];
}

let corpus: Promise<Corpus> | undefined;

/** The parsed corpus, built on first use and shared by every page of the build. */
export function getCorpus(): Promise<Corpus> {
  corpus ??= loadCorpus();
  return corpus;
}

async function loadCorpus(): Promise<Corpus> {
  // In file order, so that a duplicate slug is always reported on the same file.
  const entries = (await getCollection('documents')).sort((a, b) => a.id.localeCompare(b.id));
  const documents = entries.map((entry) => {
    // The ID is the file name (see checked-glob): name files from the content root, as the maintainer knows it.
    const file = contentPath(`documents/${entry.id}`);
    const { notes, slug, requirements, ...meta } = entry.data;
    return buildDocument({ file, raw: readFileSync(file, 'utf8'), body: entry.body ?? '', meta: { ...meta, slug: slug as DocSlug }, notes, requirements });
  });
  rejectDuplicateSlugs(documents);
  documents.sort((a, b) => a.meta.slug.localeCompare(b.meta.slug));
  const glossary = await loadGlossary();
  checkDocumentBasis(glossary, documents, lineInFile);
  for (const doc of documents) doc.terms = linkTerms(doc, glossary);
  const candidates = termCandidatesWarning(documents, glossary);
  if (candidates) console.warn(candidates);
  const redirects = readJson<Redirects>(contentPath(REDIRECTS_FILE));
  const registry = keepPublishedLinks(documents, redirects);
  const retiredSlugs = Object.keys(registry).filter((slug) => !documents.some((d) => d.meta.slug === slug));
  return { documents, glossary, redirects, retiredSlugs };
}

async function loadGlossary(): Promise<Glossary> {
  const entries = await getCollection('terms');
  const terms = entries.map((entry) => ({ ...entry.data, file: contentPath(`terms/${entry.id}`) }));
  terms.sort((a, b) => a.slug.localeCompare(b.slug));
  return buildGlossary(terms, lineInFile);
}

function lineInFile(file: string, needle: string): number | undefined {
  return lineOfText(readFileSync(file, 'utf8'), needle);
}

function rejectDuplicateSlugs(documents: readonly DocumentModel[]): void {
  const seen = new Map<string, string>();
  for (const doc of documents) {
    const other = seen.get(doc.meta.slug);
    if (other) {
      throw new ContentError({
        file: doc.file,
        line: lineInFile(doc.file, `slug: ${doc.meta.slug}`),
        problem: `文档标识 slug“${doc.meta.slug}”与 ${other} 重复`,
        fix: '每个文档的 slug 必须唯一：为新文档另取一个小写拼音标识',
      });
    }
    seen.set(doc.meta.slug, doc.file);
  }
}

/**
 * Checks the registry, then records units published for the first time, as a
 * lock file would be. In CI the registry must already be complete, so that
 * every published ID is in the repository.
 */
function keepPublishedLinks(documents: readonly DocumentModel[], redirects: Redirects): Registry {
  const files = { registry: contentPath(REGISTRY_FILE), redirects: contentPath(REDIRECTS_FILE) };
  const registry = readJson<Registry>(files.registry);
  const current = publishedBy(documents);
  checkRegistry(registry, current, redirects, lineInFile, files);
  const added = unregistered(registry, current);
  if (added.length === 0) return registry;
  if (process.env.CI) {
    throw new ContentError({
      file: files.registry,
      problem: `有 ${added.length} 个新条目未登记：${added.slice(0, 5).join('、')}${added.length > 5 ? '……' : ''}`,
      fix: `在本地运行 npm run build，它会登记新条目；再提交 ${files.registry}`,
    });
  }
  const merged = mergeRegistry(registry, current);
  writeFileSync(files.registry, `${JSON.stringify(merged, null, 2)}\n`);
  console.info(`[registry] 已登记 ${added.length} 个新发布的条目到 ${files.registry}，请一并提交。`);
  return merged;
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (cause) {
    throw new ContentError({ file, problem: '无法读取或解析这个 JSON 文件', fix: '检查 JSON 语法（引号、逗号、括号）；空登记表写作 {}' }, { cause });
  }
}
