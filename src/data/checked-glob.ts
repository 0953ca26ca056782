/**
 * Loaders for the content collections. Every file is checked against its
 * schema first, and all problems of all files are reported together, each at
 * file:line:column, before Astro's own validation can give its terser report.
 *
 * Document bodies are plain official text: `plainTextDocuments` stores each
 * body as written and never renders it as Markdown (the document model reads
 * it line by line, once, in data/corpus.ts).
 */
import { glob, type Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ZodType } from 'astro/zod';
import { ContentError, type ContentProblem } from '../model/errors.ts';
import { readData, type DataKind } from '../check/frontmatter.ts';

function filesIn(base: string, extensions: readonly string[]): string[] {
  return readdirSync(base)
    .filter((n) => extensions.some((e) => n.endsWith(`.${e}`)))
    .sort();
}

/** Reads and checks every file; throws one ContentError listing every problem of every file. */
function readAll(base: string, extensions: readonly string[], kind: DataKind, schema: ZodType) {
  const problems: ContentProblem[] = [];
  const read = filesIn(base, extensions).map((name) => {
    const file = join(base, name);
    const raw = readFileSync(file, 'utf8');
    const result = readData(raw, kind, schema);
    problems.push(...result.problems.map((p) => ({ file, ...p })));
    return { name, file, raw, ...result };
  });
  if (problems.length > 0) throw new ContentError(problems);
  return read;
}

/** Astro's glob loader over `base`, with every file checked first. IDs are file names. */
export function checkedGlob(options: { base: string; extensions: string[]; kind: DataKind; schema: ZodType }): Loader {
  const pattern = options.extensions.length === 1 ? `*.${options.extensions[0]}` : `*.{${options.extensions.join(',')}}`;
  const inner = glob({ pattern, base: options.base, generateId: ({ entry }) => entry });
  return {
    ...inner,
    load: async (context) => {
      readAll(options.base, options.extensions, options.kind, options.schema);
      await inner.load(context);
    },
  };
}

/** The documents: checked frontmatter as data, the body kept as plain text (never rendered as Markdown). IDs are file names. */
export function plainTextDocuments(options: { base: string; schema: ZodType }): Loader {
  return {
    name: 'plain-text-documents',
    load: async ({ store, parseData, generateDigest, config }) => {
      const files = readAll(options.base, ['md'], 'frontmatter', options.schema);
      store.clear();
      for (const f of files) {
        // Astro wants paths relative to the project, as its glob loader gives them.
        const filePath = relative(fileURLToPath(config.root), f.file);
        const data = await parseData({ id: f.name, data: f.data ?? {}, filePath });
        store.set({ id: f.name, data, body: f.body, filePath, digest: generateDigest(f.raw) });
      }
    },
  };
}
