/**
 * Content collections: the documents (one Markdown file each) and the
 * glossary (one YAML file a term). Adding a document means adding a file
 * here, with its original copy in `content/sources/` when it has one; no code
 * changes. Every file is checked against its schema first, with errors at
 * file:line (see data/checked-glob.ts).
 */
import { defineCollection } from 'astro:content';
import { documentSchema } from './schemas/document.ts';
import { termSchema } from './schemas/term.ts';
import { contentPath } from './data/content-root.ts';
import { checkedGlob } from './data/checked-glob.ts';

const documents = defineCollection({
  loader: checkedGlob({ base: contentPath('documents'), extensions: ['md', 'mdx'], kind: 'frontmatter', schema: documentSchema }),
  schema: documentSchema,
});

/** The glossary of 提法: one YAML file a term, the file name being its slug. */
const terms = defineCollection({
  loader: checkedGlob({ base: contentPath('terms'), extensions: ['yaml'], kind: 'yaml', schema: termSchema }),
  schema: termSchema,
});

export const collections = { documents, terms };
