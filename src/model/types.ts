/**
 * The document model: one parse of a 工作要点, every page a view of it.
 *
 * Parts, clauses, deeper levels and 一是-items are all `Unit`s; they differ by
 * `kind` and nest through `content`. Text is kept exactly as written: a unit's
 * `heading` plus the text runs in its `content`, in order, reproduce the
 * source characters with nothing added or removed.
 */
import type { DocumentFrontmatter } from '../schemas/document.ts';
import type { RequirementKind, RequirementValue } from './requirements/reading.ts';

export type { DocSlug, UnitId } from './ids.ts';
import type { DocSlug, UnitId } from './ids.ts';

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

/** One occurrence of a glossary term in the text (see term-linker.ts). */
export interface TermOccurrence {
  slug: string;
  /** The unit whose own text holds it (the deepest: an item rather than its clause). */
  unitId: UnitId;
  /** The characters as written in the text. */
  text: string;
  /** The sentence around it, for term pages; `start`/`end` locate the term inside it. */
  sentence: string;
  start: number;
  end: number;
  /** True for the occurrence that carries the link (first in its clause). */
  linked: boolean;
}

/** A document the text cites, and where (see references.ts). */
export interface Citing {
  unitId: UnitId;
  /** The sentence that cites it, exactly as written. */
  sentence: string;
}

export interface Reference {
  /** Stable anchor key from the title (or number): `r-` and 8 hex digits. */
  key: string;
  title: string | null;
  number: string | null;
  citedBy: Citing[];
}

/** A requirement read from the text, or marked by an author (see requirements.ts). */
export interface Requirement {
  /** `<unit>:<n>`: stable within the document while its text stays the same. */
  id: string;
  unitId: UnitId;
  kind: RequirementKind;
  /** The stretch of text (between commas) that holds it, exactly as written. */
  phrase: string;
  /** The exact characters it was read from: 每月开展2次, 不少于2小时, 3月31日前. */
  match: string;
  /** null when the text gives no value (定期, 不定期, 一批, 全覆盖). */
  value: RequirementValue | null;
  /** 责任主体: who does it, as the text names them; null when it does not. */
  who: string | null;
  /** Whether `who` is named in the same sentence or carried over from an earlier one. */
  whoFrom: 'sentence' | 'context' | null;
  /** 对象: who it is for (对机关和学校党员干部进行…培训), when the text says. */
  target: string | null;
  /** False when the text gives no figure: shown as 未量化. */
  quantified: boolean;
  /** In plain words, what the rules could not read; null when they read it all. */
  unread: string | null;
  /** Rules, or an author's explicit entry in the frontmatter. */
  source: 'rules' | 'author';
}
