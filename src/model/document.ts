/**
 * Builds the document model from a content file's parts: its validated
 * frontmatter and its body. The one entry point every view goes through.
 */
import { parseBody } from '../markdown/pipeline.ts';
import { placeNotes, type NoteInput } from './notes.ts';
import { ContentError } from './errors.ts';
import { extractReferences } from './references.ts';
import { extractRequirements } from './requirements.ts';
import { placeAuthoredRequirements, type AuthoredRequirement } from './requirements-authored.ts';
import type { DocumentMeta, DocumentModel } from './types.ts';
import { crossingMarks } from './marks.ts';
import { runsInOrder } from './walk.ts';

export interface DocumentSource {
  /** Content-relative path, for error messages: `content/documents/x.md`. */
  file: string;
  /** The whole file as written, to point errors at frontmatter lines. */
  raw: string;
  /** The Markdown body (after the frontmatter). */
  body: string;
  meta: DocumentMeta;
  notes: readonly NoteInput[];
  /** Requirements marked by hand in the frontmatter. */
  requirements?: readonly AuthoredRequirement[];
}

export function buildDocument(source: DocumentSource): DocumentModel {
  const bodyStart = source.raw.indexOf(source.body);
  const lineOffset = bodyStart > 0 ? countLines(source.raw.slice(0, bodyStart)) : 0;
  const outline = parseBody(source.body, { file: source.file, lineOffset });
  const doc: DocumentModel = { meta: source.meta, file: source.file, preamble: outline.preamble, parts: outline.parts, notes: [], terms: [], requirements: [], references: [] };
  doc.notes = placeNotes(doc, source.notes, (needle) => lineOfText(source.raw, needle));
  const authored = placeAuthoredRequirements(doc, source.requirements ?? [], (quote, problem) => {
    throw new ContentError({ file: source.file, line: lineOfText(source.raw, quote), problem, fix: '按正文原字符填写 quote，使它只在一个条目中出现一次' });
  });
  doc.requirements = [...extractRequirements(doc), ...authored];
  doc.references = extractReferences(doc);
  rejectCrossingMarks(doc, source);
  return doc;
}

/** A 校注 and a cited title that overlap without one holding the other cannot both be shown: say so, never drop one. */
function rejectCrossingMarks(doc: DocumentModel, source: DocumentSource): void {
  for (const { run } of runsInOrder(doc)) {
    for (const [a, b] of crossingMarks(run.marks)) {
      const [note, other] = a.kind === 'note' ? [a, b] : [b, a];
      const quote = run.text.slice(note.start, note.end);
      throw new ContentError({
        file: source.file,
        line: lineOfText(source.raw, quote) ?? run.line,
        problem: `校注所指文字“${quote}”与“${run.text.slice(other.start, other.end)}”部分重叠，两者无法同时标出`,
        fix: `调整这条校注的 quote，使它完整包含“${run.text.slice(other.start, other.end)}”或与之不相交；正文不改`,
      });
    }
  }
}

function countLines(s: string): number {
  return s.split('\n').length - 1;
}

/** The 1-based line where `needle` first occurs in `raw`, if it does. */
export function lineOfText(raw: string, needle: string): number | undefined {
  const at = raw.indexOf(needle);
  return at === -1 ? undefined : countLines(raw.slice(0, at)) + 1;
}
