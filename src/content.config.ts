/**
 * Content collections: the documents (one Markdown file each) and the
 * glossary (one YAML file a term). Adding a
 * document means adding a file here, with its original copy in
 * `content/sources/` when it has one; no code changes.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document.ts';
import { termSchema } from './schemas/term.ts';
import { contentPath } from './data/content-root.ts';

const documents = defineCollection({
  // IDs are file paths, so two files claiming one slug both arrive and the corpus can name them.
  loader: glob({ pattern: '*.{md,mdx}', base: contentPath('documents'), generateId: ({ entry }) => entry }),
  schema: documentSchema,
});

/** The glossary of 提法: one YAML file a term, the file name being its slug. */
const terms = defineCollection({
  loader: glob({ pattern: '*.yaml', base: contentPath('terms'), generateId: ({ entry }) => entry }),
  schema: termSchema,
});

export const collections = { documents, terms };
