/**
 * Builds the document model from a content file's parts: its validated
 * frontmatter and its body. The one entry point every view goes through.
 */
import { readBody } from './parse.ts';
import type { IrregularDeclaration } from './outline.ts';
import { placeNotes, type NoteInput } from '../model/notes.ts';
import { ContentError, type ContentProblem } from '../model/errors.ts';
import { extractReferences } from '../model/references.ts';
import { extractRequirements } from '../model/requirements.ts';
import { placeAuthoredRequirements, type AuthoredRequirement } from '../model/requirements-authored.ts';
import type { DocumentMeta, DocumentModel, IssuedDate, Signature } from '../model/types.ts';
import { crossingMarks } from '../model/marks.ts';
import { runsInOrder } from '../model/walk.ts';

export interface DocumentSource {
  /** Content-relative path, for error messages: `content/documents/x.md`. */
  file: string;
  /** The whole file as written, to point errors at frontmatter lines. */
  raw: string;
  /** The plain-text body (after the frontmatter). */
  body: string;
  /** How many lines of the file come before the body; found from `raw` when absent. */
  lineOffset?: number;
  meta: DocumentMeta;
  notes: readonly NoteInput[];
  /** Requirements marked by hand in the frontmatter. */
  requirements?: readonly AuthoredRequirement[];
  /** Numbering irregularities of the original, declared in the frontmatter. */
  irregular?: readonly IrregularDeclaration[];
}

/** The model, or every problem the file has (numbering, notes, marked requirements). */
export function readDocument(source: DocumentSource): { doc: DocumentModel | null; problems: ContentProblem[] } {
  const lineOffset = source.lineOffset ?? offsetOf(source.raw, source.body);
  const { outline, problems: found } = readBody(source.body, { file: source.file, lineOffset, irregular: source.irregular ?? [] });
  const problems: ContentProblem[] = found.map((p) => ({ file: source.file, ...p }));
  if (problems.length > 0) return { doc: null, problems };
  const { irregularities, ...body } = outline;
  const doc: DocumentModel = { meta: source.meta, file: source.file, ...body, issued: issuedDate(source.meta, outline.signature), notes: [], terms: [], requirements: [], references: [] };
  const lineOf = (needle: string) => lineOfText(source.raw, needle);
  try {
    doc.notes = placeNotes(doc, source.notes, lineOf, irregularities);
    const authored = placeAuthoredRequirements(doc, source.requirements ?? [], (quote, problem) => {
      throw new ContentError({ file: source.file, line: lineOfText(source.raw, quote), ruleId: 'requirements/quote', problem, fix: '按正文原字符填写 quote，使它只在一个条目中出现一次' });
    });
    doc.requirements = [...extractRequirements(doc), ...authored];
  } catch (error) {
    if (error instanceof ContentError) return { doc: null, problems: [...error.problems] };
    throw error;
  }
  doc.references = extractReferences(doc);
  try {
    rejectCrossingMarks(doc, source);
  } catch (error) {
    if (error instanceof ContentError) return { doc: null, problems: [...error.problems] };
    throw error;
  }
  return { doc, problems: [] };
}

/** The model; a ContentError naming every problem when the file has any. */
export function buildDocument(source: DocumentSource): DocumentModel {
  const { doc, problems } = readDocument(source);
  if (!doc) throw new ContentError(problems);
  return doc;
}

/** The frontmatter's date when it gives one; else a whole date in the 落款, said to come from there. */
export function issuedDate(meta: Pick<DocumentMeta, 'issued'>, signature: Signature | null): IssuedDate | null {
  if (meta.issued) return { date: meta.issued, source: 'frontmatter' };
  if (signature?.isoDate) return { date: signature.isoDate, source: 'signature' };
  return null;
}

function offsetOf(raw: string, body: string): number {
  const bodyStart = raw.indexOf(body);
  return bodyStart > 0 ? countLines(raw.slice(0, bodyStart)) : 0;
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
