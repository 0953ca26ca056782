/**
 * The corpus: every document in `content/documents/`, parsed once into the
 * model, checked against the registry of published links. Build-time only:
 * pages ask for the corpus and render it; they never read files themselves.
 */
import { getCollection } from 'astro:content';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { lineOfText, readDocument } from '../body/document.ts';
import { ContentError, type ContentProblem } from '../model/errors.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { slugProblems } from '../check/slugs.ts';
import { reservedSlugs } from './reserved-slugs.ts';
import { checkRegistry, parseRegistry, publishedBy, REDIRECTS_FILE, REGISTRY_FILE, WORDING_FILE, type Redirects, type Registry, type Wording } from '../model/registry.ts';
import { identitiesOf } from '../model/fingerprint.ts';
import { reconcile } from '../model/identity.ts';
import { resolveUnitId } from '../model/editions.ts';
import { unitKey } from '../model/ids.ts';
import { documentHistory, type DocumentHistory } from '../model/unit-history.ts';
import type { DocSlug, DocumentModel } from '../model/types.ts';
import { contentPath } from './content-root.ts';
import { buildGlossary, checkDocumentBasis, type Glossary } from '../model/glossary.ts';
import { linkTerms } from '../model/term-linker.ts';
import { freezeModel } from '../model/freeze.ts';
import { termCandidatesWarning } from './term-candidates-report.ts';

export interface Corpus {
  documents: DocumentModel[];
  glossary: Glossary;
  redirects: Redirects;
  /** Every unit ID ever published, with its URL (content/registry/published.json, new units included). */
  registry: Registry;
  /** Slugs of documents published once and since removed (their units all redirect elsewhere). */
  retiredSlugs: string[];
  /** Per slug: declared corrections and renumberings, as readers are told about them. */
  history: Map<string, DocumentHistory>;
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
  const parsed = sources.flatMap(({ file, raw, body, data }) => {
    const { notes, slug, requirements, irregular, ...meta } = data;
    const read = readDocument({ file, raw, body, lineOffset: splitFrontmatter(raw)?.bodyOffset, meta: { ...meta, slug: slug as DocSlug }, notes, requirements, irregular });
    problems.push(...read.problems);
    return read.doc ? [read.doc] : [];
  });
  problems.push(...slugProblems(sources.map((s) => ({ file: s.file, raw: s.raw, slug: s.data.slug })), reservedSlugs()));
  if (problems.length > 0) throw new ContentError(problems);
  parsed.sort((a, b) => a.meta.slug.localeCompare(b.meta.slug));
  const glossary = await loadGlossary();
  checkDocumentBasis(glossary, parsed, lineInFile);
  // The last step that writes: term links. From here on the model is read-only.
  const documents = parsed.map((doc) => freezeModel({ ...doc, terms: linkTerms(doc, glossary) }));
  const candidates = termCandidatesWarning(documents, glossary);
  if (candidates) console.warn(candidates);
  const redirects = { ...readJson<Redirects>(contentPath(REDIRECTS_FILE)), ...vacatedByRenumbering(documents) };
  const { registry, wording } = keepPublishedLinks(documents, redirects);
  const retiredSlugs = Object.keys(registry).filter((slug) => !documents.some((d) => d.meta.slug === slug));
  const history = new Map(
    documents.map((doc) => [
      doc.meta.slug as string,
      documentHistory({ entries: registry[doc.meta.slug] ?? {}, wording: wording[doc.meta.slug] ?? {}, identities: identitiesOf(doc), corrections: doc.meta.corrections ?? [], renumbered: doc.meta.renumbered ?? [] }),
    ]),
  );
  return { documents, glossary, redirects, registry, retiredSlugs, history };
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
 * An ID a declared renumbering moved away from, and that no unit holds any
 * more, forwards to where its text went: the declaration is its redirect.
 */
function vacatedByRenumbering(documents: readonly DocumentModel[]): Redirects {
  return Object.fromEntries(
    documents.flatMap((doc) => {
      const renumbered = doc.meta.renumbered ?? [];
      const ids = new Set(identitiesOf(doc).map((u) => u.id as string));
      return renumbered.flatMap((r) =>
        Object.keys(r.moves)
          .filter((from) => !ids.has(from))
          .map((from) => [unitKey(doc.meta.slug, from), unitKey(doc.meta.slug, resolveUnitId(from, undefined, renumbered.filter((x) => x.date >= r.date)))]),
      );
    }),
  );
}

/**
 * Checks the registry: every published ID still exists (or redirects), and
 * still holds its published wording and place unless a correction or a
 * renumbering is declared. Then records, as a lock file would, units published
 * for the first time and declarations not yet recorded. A plain build never
 * accepts a changed text by itself. In CI the registry must already be
 * complete, so that every published ID and fingerprint is in the repository.
 */
function keepPublishedLinks(documents: readonly DocumentModel[], redirects: Redirects): { registry: Registry; wording: Wording } {
  const files = { registry: contentPath(REGISTRY_FILE), redirects: contentPath(REDIRECTS_FILE), wording: contentPath(WORDING_FILE) };
  const registry = parseRegistry(readJson(files.registry));
  const wording = existsSync(files.wording) ? readJson<Wording>(files.wording) : {};
  checkRegistry(registry, publishedBy(documents), redirects, lineInFile, files);
  const result = reconcile(
    registry,
    wording,
    documents.map((doc) => ({
      slug: doc.meta.slug,
      file: doc.file,
      identities: identitiesOf(doc),
      corrections: doc.meta.corrections ?? [],
      renumbered: doc.meta.renumbered ?? [],
      lineOf: (needle: string) => lineInFile(doc.file, needle),
    })),
  );
  if (result.problems.length > 0) throw new ContentError(result.problems.flatMap((e) => e.problems));
  if (result.updates.length === 0) return result;
  if (process.env.CI) {
    const { updates } = result;
    throw new ContentError({
      file: files.registry,
      problem: `登记表没有跟上内容，有 ${updates.length} 处未登记：${updates.slice(0, 5).join('；')}${updates.length > 5 ? '……' : ''}`,
      fix: `在本地运行 npm run build，它会登记新条目和已声明的更改；再提交 ${files.registry} 和 ${files.wording}`,
    });
  }
  writeFileSync(files.registry, `${JSON.stringify(result.registry, null, 2)}\n`);
  writeFileSync(files.wording, `${JSON.stringify(result.wording, null, 2)}\n`);
  console.info(`[registry] 已登记 ${result.updates.length} 处（${result.updates.slice(0, 3).join('；')}${result.updates.length > 3 ? '……' : ''}）到 ${files.registry} 和 ${files.wording}，请一并提交。`);
  return result;
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (cause) {
    throw new ContentError({ file, problem: '无法读取或解析这个 JSON 文件', fix: '检查 JSON 语法（引号、逗号、括号）；空登记表写作 {}' }, { cause });
  }
}
