/**
 * Walking the model in text order: units depth-first, and the text runs each
 * unit owns (its heading, then its own content runs).
 */
import type { DocumentModel, TextRun, Unit } from './types.ts';

export function* unitsOf(units: readonly Unit[]): Generator<Unit> {
  for (const unit of units) {
    yield unit;
    yield* unitsOf(unit.content.flatMap((c) => (c.type === 'unit' ? [c.unit] : [])));
  }
}

export function allUnits(doc: DocumentModel): Unit[] {
  return [...unitsOf(doc.parts)];
}

export function findUnit(doc: DocumentModel, id: string): Unit | undefined {
  return allUnits(doc).find((u) => u.id === id);
}

/** The units with a page of their own, in text order: clauses, or articles (条 either way). */
export function clausesOf(doc: DocumentModel): Unit[] {
  return allUnits(doc).filter((u) => u.kind === 'clause' || u.kind === 'article');
}

/** The runs a unit itself holds, heading first (not those of its sub-units). */
export function ownRuns(unit: Unit): TextRun[] {
  return [unit.heading, ...unit.content.flatMap((c) => (c.type === 'text' ? [c] : []))];
}

/** Every text run of the document with the unit that owns it, in text order. */
export function* runsInOrder(doc: DocumentModel): Generator<{ run: TextRun; unit: Unit | null }> {
  for (const run of doc.preamble) yield { run, unit: null };
  for (const unit of doc.parts) yield* runsOfUnit(unit);
}

function* runsOfUnit(unit: Unit): Generator<{ run: TextRun; unit: Unit | null }> {
  yield { run: unit.heading, unit };
  for (const piece of unit.content) {
    if (piece.type === 'text') yield { run: piece, unit };
    else yield* runsOfUnit(piece.unit);
  }
}

/** The whole body text, exactly as the model holds it: one line per source line (addressee first, when there is one). */
export function bodyText(doc: DocumentModel): string {
  return [...(doc.addressee ? [doc.addressee.text] : []), ...doc.preamble.map((r) => r.text), ...doc.parts.map((p) => p.text)].join('\n');
}
