/**
 * The content check run after an import: the ONE place that decides how.
 * When package.json has a `check:content` script (the plain-text content
 * check), it is run and its `file:line:column` problems are passed on;
 * otherwise the document is checked the way the build does it: frontmatter
 * against the schema, then the model (numbering), the glossary and the term
 * links. Either way the model, when it builds, gives the summary.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkFile } from '../data/checked-glob.ts';
import { buildDocument } from '../model/document.ts';
import { ContentError } from '../model/errors.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { buildGlossary, checkDocumentBasis, type Glossary } from '../model/glossary.ts';
import { lineOfText } from '../model/document.ts';
import { linkTerms } from '../model/term-linker.ts';
import type { DocSlug, DocumentModel } from '../model/types.ts';
import { documentSchema } from '../schemas/document.ts';
import { termSchema } from '../schemas/term.ts';

export interface CheckOutcome {
  /** Each problem as the check prints it: file:line, the problem, the fix. */
  problems: string[];
  /** The document's model with its terms linked, when it builds. */
  model: DocumentModel | null;
  glossary: Glossary | null;
}

const PROBLEM_LINE = /^\S+\.(?:md|ya?ml|json):\d+(?::\d+)?: /u;

/** Checks `file` (a path under `contentRoot`) and returns every problem found. */
export function checkImported(contentRoot: string, file: string): CheckOutcome {
  const fromModel = modelCheck(contentRoot, file);
  if (!hasContentCheckScript()) return fromModel;
  const run = spawnSync('npm', ['run', '--silent', 'check:content'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: contentRoot } });
  const problems = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => PROBLEM_LINE.test(l.trim())).map((l) => l.trim());
  if (run.status !== 0 && problems.length === 0) problems.push(`npm run check:content 失败（退出码 ${run.status}）：${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}`);
  return { ...fromModel, problems };
}

function hasContentCheckScript(): boolean {
  try {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> };
    return typeof pkg.scripts?.['check:content'] === 'string';
  } catch {
    return false;
  }
}

function modelCheck(contentRoot: string, file: string): CheckOutcome {
  const problems: string[] = [];
  const attempt = <T>(work: () => T): T | null => {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(error.message);
      return null;
    }
  };
  const model = attempt(() => loadModel(file));
  const glossary = attempt(() => loadGlossary(contentRoot));
  if (model && glossary) {
    // Only the terms that cite this document: the others cite documents not loaded here.
    const citing = { ...glossary, terms: glossary.terms.filter((t) => t.basis.kind === 'document' && t.basis.document === model.meta.slug) };
    attempt(() => checkDocumentBasis(citing, [model], (f, needle) => lineOfText(readFileSync(f, 'utf8'), needle)));
    model.terms = linkTerms(model, glossary);
  }
  return { problems, model, glossary };
}

function loadModel(file: string): DocumentModel {
  const raw = readFileSync(file, 'utf8');
  checkFile(file, raw, 'frontmatter', documentSchema);
  const split = splitFrontmatter(raw);
  const { notes, slug, requirements, ...meta } = documentSchema.parse(parse(split?.yaml ?? ''));
  return buildDocument({ file, raw, body: split?.body ?? '', meta: { ...meta, slug: slug as DocSlug }, notes, requirements });
}

function loadGlossary(contentRoot: string): Glossary {
  const dir = join(contentRoot, 'terms');
  const terms = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const raw = readFileSync(file, 'utf8');
      checkFile(file, raw, 'yaml', termSchema);
      return { ...termSchema.parse(parse(raw)), file };
    });
  return buildGlossary(terms, (f, needle) => lineOfText(readFileSync(f, 'utf8'), needle));
}
