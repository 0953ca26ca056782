/**
 * Content collections: the documents (one `.md` file each: YAML frontmatter,
 * then the official text as plain text) and the glossary (one YAML file a
 * term). Adding a document means adding a file here, with its original copy
 * in `content/sources/` when it has one; no code changes. Every file is
 * checked against its schema first, with errors at file:line:column (see
 * data/checked-glob.ts); bodies are never rendered as Markdown.
 */
import { defineCollection } from 'astro:content';
import { documentSchema } from './schemas/document.ts';
import { termSchema } from './schemas/term.ts';
import { contentPath } from './data/content-root.ts';
import { checkedGlob, plainTextDocuments } from './data/checked-glob.ts';

const documents = defineCollection({
  loader: plainTextDocuments({ base: contentPath('documents'), schema: documentSchema }),
  schema: documentSchema,
});

/** The glossary of 提法: one YAML file a term, the file name being its slug. */
const terms = defineCollection({
  loader: checkedGlob({ base: contentPath('terms'), extensions: ['yaml'], kind: 'yaml', schema: termSchema }),
  schema: termSchema,
});

export const collections = { documents, terms };
