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

interface UnitIndex {
  all: readonly Unit[];
  byId: ReadonlyMap<string, Unit>;
  clauses: readonly Unit[];
}

/**
 * Built once per document, on first use: the model's units do not change
 * after parsing, and pages ask for units by ID thousands of times in a large
 * document (one walk per lookup made the build quadratic).
 */
const indexes = new WeakMap<DocumentModel, UnitIndex>();

function unitIndex(doc: DocumentModel): UnitIndex {
  let index = indexes.get(doc);
  if (!index) {
    const all = [...unitsOf(doc.parts)];
    index = { all, byId: new Map(all.map((u) => [u.id, u])), clauses: all.filter((u) => u.kind === 'clause' || u.kind === 'article') };
    indexes.set(doc, index);
  }
  return index;
}

export function allUnits(doc: DocumentModel): Unit[] {
  return [...unitIndex(doc).all];
}

export function findUnit(doc: DocumentModel, id: string): Unit | undefined {
  return unitIndex(doc).byId.get(id);
}

/** The units with a page of their own, in text order: clauses, or articles (条 either way). */
export function clausesOf(doc: DocumentModel): Unit[] {
  return [...unitIndex(doc).clauses];
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
