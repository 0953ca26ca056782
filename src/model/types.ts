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

/** A unit's numbering path in ASCII digits: `1`, `1-6`, `1-6-2`. */
export type UnitId = string & { readonly __brand: 'UnitId' };

/** A document's ASCII URL slug, e.g. `jiceng-zuzhi-jianshe`. */
export type DocSlug = string & { readonly __brand: 'DocSlug' };

/**
 * The numbering levels of GB/T 9704-2012 §7.3.3 (`一、` → `（一）` → `1.` →
 * `（1）`), plus in-paragraph enumerations (`一是…二是…`).
 */
export type UnitKind = 'part' | 'clause' | 'section' | 'subsection' | 'item';

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
  /** The number as written: `一、`, `(六)`, `（六）`, `1.`, `（1）`, `一是`. */
  marker: string;
  /** The number's value: 6 for `(六)`. */
  ordinal: number;
  /** Text after the marker up to the first `。` (exclusive), or the whole line. */
  title: string;
  /** Marker + title + its `。`, exactly as written; rendered as the unit's heading. */
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
export type DocumentMeta = Omit<DocumentFrontmatter, 'notes' | 'slug' | 'requirements'> & { slug: DocSlug };

export interface DocumentModel {
  meta: DocumentMeta;
  /** Content-relative path of the file the model was parsed from. */
  file: string;
  /** Text before the first part (主送机关, preamble), if any. */
  preamble: TextRun[];
  parts: Unit[];
  notes: EditorNote[];
  /** Every occurrence of a glossary term, in text order (filled in once the glossary is linked). */
  terms: TermOccurrence[];
  /** Quantified and dated requirements, in text order. */
  requirements: Requirement[];
  /** Documents the text cites. */
  references: Reference[];
}
