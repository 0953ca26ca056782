/**
 * Checks all content at once, as `npm run check:content` runs it before the
 * build: every document (frontmatter, body, 校注, marked requirements), the
 * slugs, the glossary and the registry of published links. Every problem of
 * every file is collected; nothing stops at the first.
 *
 *   readContent('content') → { documents: 1, terms: 27, problems: [] }
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineOfText, readDocument } from '../body/document.ts';
import { ContentError, type ContentProblem } from '../model/errors.ts';
import { buildGlossary, checkDocumentBasis, type Term } from '../model/glossary.ts';
import { checkRegistry, parseRegistry, publishedBy, REDIRECTS_FILE, REGISTRY_FILE, unregistered } from '../model/registry.ts';
import type { DocSlug, DocumentModel } from '../model/types.ts';
import { documentSchema } from '../schemas/document.ts';
import { termSchema } from '../schemas/term.ts';
import { reservedSlugs } from '../data/reserved-slugs.ts';
import { readData } from './frontmatter.ts';
import { slugProblems } from './slugs.ts';

export interface ContentCheck {
  documents: number;
  terms: number;
  problems: ContentProblem[];
}

const filesIn = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith(ext))
    .sort()
    .map((n) => join(dir, n));

/** Runs a check that throws ContentErrors, keeping its problems (under `rule` when they name none). */
function collect(problems: ContentProblem[], rule: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems.map((p) => ({ ruleId: rule, ...p })));
  }
}

export function readContent(root: string): ContentCheck {
  const problems: ContentProblem[] = [];
  const owners: { file: string; raw: string; slug: string }[] = [];
  const documents: DocumentModel[] = [];
  const documentFiles = filesIn(join(root, 'documents'), '.md');
  for (const file of documentFiles) {
    const raw = readFileSync(file, 'utf8');
    const read = readData(raw, 'frontmatter', documentSchema);
    problems.push(...read.problems.map((p) => ({ file, ...p })));
    if (!read.data) continue;
    const { notes, slug, requirements, irregular, ...meta } = documentSchema.parse(read.data);
    owners.push({ file, raw, slug });
    const doc = readDocument({
      file,
      raw,
      body: read.body,
      lineOffset: read.bodyOffset,
      meta: { ...meta, slug: slug as DocSlug },
      notes,
      requirements,
      irregular,
    });
    problems.push(...doc.problems);
    if (doc.doc) documents.push(doc.doc);
  }
  problems.push(...slugProblems(owners, reservedSlugs()));

  const terms: Term[] = [];
  for (const file of filesIn(join(root, 'terms'), '.yaml')) {
    const read = readData(readFileSync(file, 'utf8'), 'yaml', termSchema);
    problems.push(...read.problems.map((p) => ({ file, ...p })));
    if (read.data) terms.push({ ...termSchema.parse(read.data), file });
  }
  const lineInFile = (file: string, needle: string) => lineOfText(readFileSync(file, 'utf8'), needle);
  // The glossary and the registry are checked against the whole corpus, so only once every document reads.
  if (problems.length === 0) {
    collect(problems, 'terms/glossary', () => checkDocumentBasis(buildGlossary(terms, lineInFile), documents, lineInFile));
    collect(problems, 'registry/published', () => checkPublished(root, documents, lineInFile));
  }
  return { documents: documentFiles.length, terms: terms.length, problems };
}

function checkPublished(root: string, documents: readonly DocumentModel[], lineOf: (file: string, needle: string) => number | undefined): void {
  const files = {
    registry: join(root, REGISTRY_FILE),
    redirects: join(root, REDIRECTS_FILE),
  };
  // Read as the build reads it: the registry's old one-string entries become { path }.
  const registry = parseRegistry(JSON.parse(readFileSync(files.registry, 'utf8')));
  const current = publishedBy(documents);
  checkRegistry(registry, current, JSON.parse(readFileSync(files.redirects, 'utf8')), lineOf, files);
  const added = unregistered(registry, current);
  // Locally the build registers new units (like a lock file); in CI they must be registered already.
  if (process.env.CI && added.length > 0) {
    throw new ContentError({
      file: files.registry,
      ruleId: 'registry/unregistered',
      problem: `有 ${added.length} 个新条目未登记：${added.slice(0, 5).join('、')}${added.length > 5 ? '……' : ''}`,
      fix: `在本地运行 npm run build，它会登记新条目；再提交 ${files.registry}`,
    });
  }
}
