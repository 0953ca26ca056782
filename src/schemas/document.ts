/**
 * Frontmatter of a document in `content/documents/`. What the source says is
 * recorded as said; what is inferred says so (`issuedInference`), and what is
 * unknown stays `null`, never guessed.
 */
import { z } from 'astro/zod';
import { isDocSlug, isUnitId } from '../model/ids.ts';

const baseFields = z.object({
  /** ASCII URL slug, lower case with hyphens. Published URLs depend on it: never change it. */
  slug: z.string().refine((s: string): boolean => isDocSlug(s), { message: '只能用小写字母、数字和连字符，如 jiceng-zuzhi-jianshe' }),
  /** The document's title as the original gives it. */
  title: z.string().min(1),
  /** 发文字号 (e.g. 昌市党组〔2016〕15号) when the original gives one; `null` when the import found none. */
  docNumber: z.string().min(1).nullable().optional(),
  /** 发文机关 as far as the source shows it. */
  issuer: z.string().min(1),
  /** How the issuer is known, when the source does not state it outright. */
  issuerBasis: z.string().optional(),
  /** 成文日期 (YYYY-MM-DD) when the original states it; `null` when unknown. */
  issued: z.union([z.iso.date(), z.null()], { error: '应为日期（YYYY-MM-DD，如 2016-03-01），不知道时写 null' }),
  /** When `issued` is unknown: what the text suggests, worded as an inference. */
  issuedInference: z.string().optional(),
  /** The original file (a .docx or .txt) this text was imported from, kept unchanged under content/sources/. */
  source: z.string().regex(/^content\/sources\//, { message: '原件副本放在 content/sources/ 下' }).optional(),
  /** Where our copy comes from, when it is a web copy rather than the original. */
  webCopy: z
    .object({
      /** When the web page was posted (not the document's date). */
      postedAt: z.string(),
      /** The unchanged copy kept in this project, relative to its root. */
      source: z.string().regex(/^content\/sources\//, { message: '原始副本放在 content/sources/ 下' }),
      /** The web site's own disclaimer, kept as provenance, not as text. */
      disclaimer: z.string().optional(),
      /** 上一篇 / 下一篇 as the page names them; we do not have those documents. */
      siblings: z.object({ previous: z.string().optional(), next: z.string().optional() }).optional(),
    })
    .optional(),
  /** Said on the page when the available text is incomplete. */
  textEnds: z.string().optional(),
  /** 校注: editor's notes on apparent glitches, each naming the exact characters. */
  notes: z.array(z.object({ quote: z.string().min(1), note: z.string().min(1) })).default([]),
  /**
   * Numbering the original itself has irregular (a real gap, duplicate or
   * inversion): the line of this file and why. The build then accepts it and
   * the page shows a 校注; the text is never renumbered.
   */
  irregular: z.array(z.object({ line: z.number().int().positive(), reason: z.string().min(1) })).default([]),
  /** Requirements the rules cannot read, marked by hand: the exact words, the kind, and what is known. */
  requirements: z
    .array(
      z.object({
        quote: z.string().min(1),
        kind: z.enum(['frequency', 'duration', 'proportion', 'count', 'deadline', 'coverage', 'occasion']),
        who: z.string().optional(),
        amount: z.number().optional(),
        unit: z.string().optional(),
      }),
    )
    .default([]),
});

// ── Issue 14: declarations that keep published links true, and the document's series. ──
// Kept apart from the fields above so that changes on either side merge cleanly.

const unitIdField = z.string().refine((s: string): boolean => isUnitId(s), { message: '应为条目编号，如 1-6 或 1-6-2' });
// YAML reads an unquoted 2017-03-01 as a timestamp: take it back to the date as written.
const dateField = z.preprocess((v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date({ error: '应为日期（YYYY-MM-DD，如 2017-03-01）' }));

const editionFields = {
  /**
   * 勘误: a published unit's text corrected against the original. The unit keeps
   * its ID; its page shows the date, the reason and the previous wording.
   */
  corrections: z.array(z.object({ unit: unitIdField, date: dateField, reason: z.string().min(1) })).optional(),
  /**
   * Declared renumbering: on `date`, units moved from one ID to another (old → new),
   * e.g. a clause missing from the web copy was restored and those after it moved down.
   */
  renumbered: z
    .array(
      z.object({
        date: dateField,
        reason: z.string().min(1),
        moves: z.record(unitIdField, unitIdField).refine((m: Record<string, string>): boolean => Object.keys(m).length > 0, { message: '至少写一项移动，如 "1-9": "1-10"' }),
      }),
    )
    .optional(),
  /** The series of yearly documents this one belongs to (e.g. jiceng-zuzhi-jianshe-yaodian); ASCII slug. */
  series: z.string().refine((s: string): boolean => isDocSlug(s), { message: '只能用小写字母、数字和连字符' }).optional(),
  /** The year the document is for; with `series`, finds last year's document to compare with. */
  year: z.number().int().min(1949).max(2100).optional(),
};

export const documentSchema = baseFields.extend(editionFields);

export type DocumentFrontmatter = z.infer<typeof documentSchema>;
