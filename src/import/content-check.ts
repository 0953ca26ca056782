/**
 * The content check run after an import: the ONE place that decides how.
 * When package.json has a `check:content` script (the plain-text content
 * check, run before every build), it is run on the same content root and
 * every `file:line:column` problem it prints is passed on; without it, the
 * imported document alone is checked the way that check reads a document.
 * Either way the document's model, when it reads, gives the summary.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readData } from '../check/frontmatter.ts';
import { lineOfText, readDocument } from '../body/document.ts';
import { ContentError, formatProblem, type ContentProblem } from '../model/errors.ts';
import { buildGlossary, checkDocumentBasis, type Glossary, type Term } from '../model/glossary.ts';
import { linkTerms } from '../model/term-linker.ts';
import type { DocSlug, DocumentModel } from '../model/types.ts';
import { documentSchema } from '../schemas/document.ts';
import { termSchema } from '../schemas/term.ts';

export interface CheckOutcome {
  /** Each problem as the check prints it: file:line:column, the problem, the fix. */
  problems: string[];
  /** The document's model with its terms linked, when it reads. */
  model: DocumentModel | null;
  glossary: Glossary | null;
}

/** Checks the content root after `file` (a path under it) was written; every problem found. */
export function checkImported(contentRoot: string, file: string): CheckOutcome {
  const own = readImported(contentRoot, file);
  if (!hasScript('check:content')) return own;
  const run = spawnSync('npm', ['run', '--silent', 'check:content'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: contentRoot } });
  const problems = `${run.stdout}\n${run.stderr}`.split('\n').map((l) => l.trim()).filter((l) => l.includes('处理：'));
  if (run.status !== 0 && problems.length === 0) problems.push(`npm run check:content 未通过（退出码 ${run.status}）：${`${run.stderr}${run.stdout}`.trim().split('\n').slice(-3).join(' ')}`);
  return { ...own, problems };
}

function hasScript(name: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> };
    return typeof pkg.scripts?.[name] === 'string';
  } catch {
    return false;
  }
}

/** The imported document and the glossary, read as `check:content` reads them. */
function readImported(contentRoot: string, file: string): CheckOutcome {
  const problems: ContentProblem[] = [];
  const raw = readFileSync(file, 'utf8');
  const read = readData(raw, 'frontmatter', documentSchema);
  problems.push(...read.problems.map((p) => ({ file, ...p })));
  let model: DocumentModel | null = null;
  if (read.data) {
    const { notes, slug, requirements, irregular, ...meta } = documentSchema.parse(read.data);
    const doc = readDocument({ file, raw, body: read.body, lineOffset: read.bodyOffset, meta: { ...meta, slug: slug as DocSlug }, notes, requirements, irregular });
    problems.push(...doc.problems);
    model = doc.doc;
  }
  const glossary = readGlossary(contentRoot, problems);
  if (model && glossary) {
    // Only the terms that cite this document: the others cite documents not read here.
    const citing = { ...glossary, terms: glossary.terms.filter((t) => t.basis.kind === 'document' && t.basis.document === model.meta.slug) };
    collect(problems, () => checkDocumentBasis(citing, [model], (f, needle) => lineOfText(readFileSync(f, 'utf8'), needle)));
    model.terms = linkTerms(model, glossary);
  }
  return { problems: problems.map(formatProblem), model, glossary };
}

function readGlossary(contentRoot: string, problems: ContentProblem[]): Glossary | null {
  const dir = join(contentRoot, 'terms');
  const terms: Term[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const read = readData(readFileSync(file, 'utf8'), 'yaml', termSchema);
    problems.push(...read.problems.map((p) => ({ file, ...p })));
    if (read.data) terms.push({ ...termSchema.parse(read.data), file });
  }
  let glossary: Glossary | null = null;
  collect(problems, () => (glossary = buildGlossary(terms, (f, needle) => lineOfText(readFileSync(f, 'utf8'), needle))));
  return glossary;
}

function collect(problems: ContentProblem[], check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
}
