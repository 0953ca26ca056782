/**
 * The corpus: every document in `content/documents/`, parsed once into the
 * model, checked against the registry of published links. Build-time only:
 * pages ask for the corpus and render it; they never read files themselves.
 */
import { getCollection } from 'astro:content';
import { readFileSync, writeFileSync } from 'node:fs';
import { lineOfText, readDocument } from '../model/document.ts';
import { ContentError, type ContentProblem } from '../model/errors.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { slugProblems } from '../check/slugs.ts';
import { reservedSlugs } from './reserved-slugs.ts';
import { checkRegistry, mergeRegistry, publishedBy, REDIRECTS_FILE, REGISTRY_FILE, unregistered, type Redirects, type Registry } from '../model/registry.ts';
import type { DocSlug, DocumentModel } from '../model/types.ts';
import { contentPath } from './content-root.ts';
import { buildGlossary, checkDocumentBasis, type Glossary } from '../model/glossary.ts';
import { linkTerms } from '../model/term-linker.ts';

export interface Corpus {
  documents: DocumentModel[];
  glossary: Glossary;
  redirects: Redirects;
  /** Every unit ID ever published, with its URL (content/registry/published.json, new units included). */
  registry: Registry;
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
  // In file order, so that problems are always reported in the same order.
  const entries = (await getCollection('documents')).sort((a, b) => a.id.localeCompare(b.id));
  const problems: ContentProblem[] = [];
  const sources = entries.map((entry) => {
    // The ID is the file name (see checked-glob): name files from the content root, as the maintainer knows it.
    const file = contentPath(`documents/${entry.id}`);
    const raw = readFileSync(file, 'utf8');
    return { file, raw, body: entry.body ?? '', data: entry.data };
  });
  const documents = sources.flatMap(({ file, raw, body, data }) => {
    const { notes, slug, requirements, irregular, ...meta } = data;
    const read = readDocument({ file, raw, body, lineOffset: splitFrontmatter(raw)?.bodyOffset, meta: { ...meta, slug: slug as DocSlug }, notes, requirements, irregular });
    problems.push(...read.problems);
    return read.doc ? [read.doc] : [];
  });
  problems.push(...slugProblems(sources.map((s) => ({ file: s.file, raw: s.raw, slug: s.data.slug })), reservedSlugs()));
  if (problems.length > 0) throw new ContentError(problems);
  documents.sort((a, b) => a.meta.slug.localeCompare(b.meta.slug));
  const glossary = await loadGlossary();
  checkDocumentBasis(glossary, documents, lineInFile);
  for (const doc of documents) doc.terms = linkTerms(doc, glossary);
  const redirects = readJson<Redirects>(contentPath(REDIRECTS_FILE));
  const registry = keepPublishedLinks(documents, redirects);
  const retiredSlugs = Object.keys(registry).filter((slug) => !documents.some((d) => d.meta.slug === slug));
  return { documents, glossary, redirects, registry, retiredSlugs };
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
