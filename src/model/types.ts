/**
 * The document model: one parse of a 工作要点, every page a view of it.
 *
 * Parts, clauses, deeper levels and 一是-items are all `Unit`s; they differ by
 * `kind` and nest through `content`. Text is kept exactly as written: a unit's
 * `heading` plus the text runs in its `content`, in order, reproduce the
 * source characters with nothing added or removed.
 */
import type { DocumentFrontmatter } from '../schemas/document.ts';
import type { TermOccurrence } from './term-linker.ts';
import type { Requirement } from './requirements.ts';
import type { Reference } from './references.ts';

/**
 * A unit's numbering path in ASCII digits: `1`, `1-6`, `1-6-2`. In article
 * documents an article's ID is its number (`6`, `6-2`), and chapters and their
 * sections, which articles do not count under, are `zhang-1`, `zhang-1-jie-2`.
 */
export type UnitId = string & { readonly __brand: 'UnitId' };

/** A document's ASCII URL slug, e.g. `jiceng-zuzhi-jianshe`. */
export type DocSlug = string & { readonly __brand: 'DocSlug' };

/**
 * What a unit is in its own document, which is how it is cited. In a 工作要点
 * the top level written `一、` is a part (部分), the level below the parts (or
 * the top level, when there are no parts) a clause (条), then section (项) and
 * subsection (目), whatever marker each level uses (`一、` then `1.` makes `1.`
 * a clause). In-paragraph enumerations (`一是…二是…`) are items. Article
 * documents (办法, 规定) have chapters (章), chapter sections (节) and articles
 * (条); the levels inside an article are sections and subsections.
 */
export type UnitKind = 'part' | 'clause' | 'section' | 'subsection' | 'item' | 'chapter' | 'chapter-section' | 'article';

/**
 * How a unit's number is written, whatever the width of its brackets and digits:
 * `dun` 一、 · `paren-cn` （一） · `dot` 1. 1、 １． · `paren-digit` （1） ·
 * `enumeration` 一是 一要 第一， · `chapter` 第一章 · `chapter-section` 第一节 · `article` 第一条.
 */
export type MarkerStyle = 'dun' | 'paren-cn' | 'dot' | 'paren-digit' | 'enumeration' | 'chapter' | 'chapter-section' | 'article';

/** A span of a text run that a later stage decorates (a 校注 marker, a term link…). */
export interface Mark {
  /** Offset in UTF-16 code units within the run's `text`. */
  start: number;
  end: number;
  kind: 'note' | 'term' | 'reference';
  /** What the mark points at: a note number, a term slug, a reference key. */
  target: string;
}

/** Text exactly as written, with the source line it starts on. */
export interface TextRun {
  type: 'text';
  text: string;
  line: number;
  marks: Mark[];
}

export interface UnitRef {
  type: 'unit';
  unit: Unit;
}

export interface Unit {
  id: UnitId;
  kind: UnitKind;
  /** The number as written: `一、`, `(六)`, `（六）`, `1.`, `（1）`, `一是`, `第六条`. */
  marker: string;
  /** How the marker is written; citations write the number the same way. */
  style: MarkerStyle;
  /** The number in the unit's ID: its written value, unless a declared irregularity (a duplicate) took it. */
  ordinal: number;
  /** The number's value as written: 6 for `(六)`. */
  number: number;
  /** 1 for the document's top level, 2 below it, and so on (chapters count). */
  depth: number;
  /** Text after the marker up to the first `。` or `；` (exclusive), or the whole line. */
  title: string;
  /** Marker + title + its `。`/`；`, exactly as written; rendered as the unit's heading. */
  heading: TextRun;
  /** What follows the heading, in source order: own text and sub-units. */
  content: Array<TextRun | UnitRef>;
  /** The unit's exact text: heading and content, blocks joined by `\n`. */
  text: string;
  /** 1-based line in the content file where the unit starts. */
  line: number;
  parentId: UnitId | null;
}

/** An editor's note (校注) on an apparent glitch; never part of the text. */
export interface EditorNote {
  /** 1-based, in text order; shown as 〔校注N〕. */
  number: number;
  /** The characters the note is about, exactly as in the text. */
  quote: string;
  note: string;
  unitId: UnitId;
}

/** A document's frontmatter, less the notes (which the model places as `notes`). */
export type DocumentMeta = Omit<DocumentFrontmatter, 'notes' | 'slug' | 'requirements' | 'irregular'> & { slug: DocSlug };

/** A line of the document outside its body (an attachment's title, a 抄送 line), as written. */
export interface SourceLine {
  text: string;
  line: number;
}

/** The 落款: who signs the document and when, as written at its end. */
export interface Signature {
  /** The issuing organ(s), one line each, as written; empty when only a date is given. */
  issuers: string[];
  /** The date as written (`2017年2月20日`, `二〇一七年二月二十日`), or null. */
  date: string | null;
  /** That date as YYYY-MM-DD, when it is a whole date. */
  isoDate: string | null;
  line: number;
}

/** The issuing date the page shows, and where it comes from. */
export interface IssuedDate {
  /** YYYY-MM-DD */
  date: string;
  /** `frontmatter` when the maintainer recorded it; `signature` when read from the 落款 because the frontmatter left it null. */
  source: 'frontmatter' | 'signature';
}

/**
 * What the body's numbering says about the document as a whole. A plan (工作要点)
 * numbers `一、`/（一）/1./（1）; an article document (办法, 规定) numbers 第一章/第一条.
 */
export type DocumentStructure = 'plan' | 'articles';

export interface DocumentModel {
  meta: DocumentMeta;
  /** Content-relative path of the file the model was parsed from. */
  file: string;
  structure: DocumentStructure;
  /**
   * How many segments the ID of a unit with its own page has: 2 where a plan has
   * parts (`1-6`), 1 where clauses or articles are the top numbered level (`6`).
   */
  pageLevel: 1 | 2;
  /** 主送机关 (`各学校党组织：`), when the body opens with one. */
  addressee: TextRun | null;
  /** Text before the first unit (总体要求 …), the addressee not included. */
  preamble: TextRun[];
  /** The top-level units: parts, clauses, chapters or articles. */
  parts: Unit[];
  /** The `附件：` list, entry by entry as written; never units. */
  attachments: SourceLine[];
  signature: Signature | null;
  /** 抄送 / 印发 lines after the 落款, as written. */
  closing: SourceLine[];
  /** The issuing date: the frontmatter's, or else the 落款's; null when neither gives one. */
  issued: IssuedDate | null;
  notes: EditorNote[];
  /** Every occurrence of a glossary term, in text order (filled in once the glossary is linked). */
  terms: TermOccurrence[];
  /** Quantified and dated requirements, in text order. */
  requirements: Requirement[];
  /** Documents the text cites. */
  references: Reference[];
}
