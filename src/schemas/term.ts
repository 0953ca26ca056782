/**
 * A policy term (提法) in `content/terms/<slug>.yaml`. The basis says where its
 * meaning comes from; with basis `undefined` the site says 原文未释义 and the
 * file carries no definition or expansion, so nothing is invented.
 */
import { z } from 'astro/zod';
import { isDocSlug } from '../model/ids.ts';
import { TERM_CATEGORIES } from '../model/term-categories.ts';

export { TERM_CATEGORIES };

const basisSchema = z.discriminatedUnion('kind', [
  z.object({
    /** The document itself spells the term out. */
    kind: z.literal('document'),
    /** Slug of the document that spells it out. */
    document: z.string().refine((s: string): boolean => isDocSlug(s)),
    /** The unit (clause or item ID) where it does. */
    unit: z.string().regex(/^[1-9]\d*(?:-[1-9]\d*)*$/),
    /** The defining words, exactly as in that unit's text (checked at build). */
    quote: z.string().min(1),
  }),
  z.object({
    /** A standard expansion published elsewhere; only when certain. */
    kind: z.literal('public'),
    /** The publication that gives it: issuer, title, year. */
    source: z.string().min(4),
  }),
  z.object({
    /** Neither the document nor a source we are sure of defines it: shown as 原文未释义. */
    kind: z.literal('undefined'),
  }),
]);

export const termSchema = z
  .object({
    /** The term as the document writes it, without surrounding quotes: 三重一大. */
    term: z.string().min(1),
    /** ASCII slug for `/terms/<slug>/`: pinyin, lower case, hyphens. */
    slug: z.string().refine((s: string): boolean => isDocSlug(s), { message: '只能用小写字母、数字和连字符，如 sanzhong-yida' }),
    /** Other spellings that should link to the term, exactly as they may be written. */
    aliases: z.array(z.string().min(1)).default([]),
    category: z.enum(TERM_CATEGORIES),
    /** One or two plain sentences; absent when the basis is `undefined`. */
    definition: z.string().min(1).optional(),
    /** The things a counting term enumerates, in order: 三严三实 → six items. */
    expansion: z.array(z.string().min(1)).optional(),
    basis: basisSchema,
    /** Slugs of related terms. */
    related: z.array(z.string()).default([]),
  })
  .refine((t) => t.basis.kind !== 'undefined' || (t.definition === undefined && t.expansion === undefined), {
    message: 'basis 为 undefined（原文未释义）时不能写 definition 或 expansion：不要自拟释义；有可靠依据时改写 basis',
    path: ['definition'],
  })
  .refine((t) => t.basis.kind === 'undefined' || t.definition !== undefined, { message: '有依据的提法要写 definition', path: ['definition'] });

export type TermEntry = z.infer<typeof termSchema>;
