/**
 * A unit's identity: its own exact text and its place. The registry keeps
 * both for every published unit, so a link that opened one text can never
 * quietly open another.
 *
 *   clause 1-2 '(二)第二条。每月开展2次学习。' at 第一部分第（二）条
 *   → { place: '第一部分第（二）条', text: 'sha256:…', wording: '(二)第二条。每月开展2次学习。' }
 *
 * "Own" text: a unit's sub-units are elided (each run of them becomes
 * `……`), since each sub-unit is guarded under its own ID. A changed
 * character is then reported once, at the unit that holds it, and not again
 * for its clause and its part.
 */
import { createHash } from 'node:crypto';
import { unitPlace } from './citation.ts';
import { canonicalUnitPath } from './ids.ts';
import type { DocumentModel, Unit, UnitId } from './types.ts';
import { allUnits } from './walk.ts';

/** What stands in for sub-units in a unit's own wording. */
export const ELIDED = '……';

export interface UnitIdentity {
  id: UnitId;
  /** Canonical path below the site's base, as published. */
  path: string;
  place: string;
  /** `sha256:<hex>` of `wording`. */
  text: string;
  /** The unit's own exact text, sub-units elided, line endings normalised. */
  wording: string;
  /** The number as written at the start of `wording` (`(九)`, `一是`). */
  marker: string;
  line: number;
}

/** Line endings are the only thing normalised: every other character counts. */
export function normaliseLineEndings(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

export function textFingerprint(wording: string): string {
  return `sha256:${createHash('sha256').update(normaliseLineEndings(wording), 'utf8').digest('hex')}`;
}

/** The unit's text with each run of its direct sub-units replaced by `……`. */
export function ownWording(unit: Unit): string {
  const text = unit.text;
  let from = 0;
  let out = '';
  for (const piece of unit.content) {
    if (piece.type !== 'unit') continue;
    const at = text.indexOf(piece.unit.text, from);
    // The model promises a unit's text contains its sub-units' texts in order.
    if (at === -1) throw new Error(`unit ${piece.unit.id}'s text is not inside ${unit.id}'s text`);
    const before = text.slice(from, at);
    // Line breaks between two sub-units only join them: a run of sub-units reads as one `……`.
    const joinOnly = /^\s*$/u.test(before) && out.endsWith(ELIDED);
    out += joinOnly ? '' : `${before}${ELIDED}`;
    from = at + piece.unit.text.length;
  }
  out += text.slice(from);
  return normaliseLineEndings(out);
}

/** Every unit's identity, in text order. */
export function identitiesOf(doc: DocumentModel): UnitIdentity[] {
  return allUnits(doc).map((unit) => {
    const wording = ownWording(unit);
    return { id: unit.id, path: canonicalUnitPath('/', doc.meta.slug, unit.id, doc.pageLevel), place: unitPlace(doc, unit), text: textFingerprint(wording), wording, marker: unit.marker, line: unit.line };
  });
}

/** How long a number as written can be: `(十一)`, `第二十三条`. Longer prefixes are text, not a number. */
const MAX_MARKER = 8;

/**
 * Whether a published wording is this unit's wording under another number:
 * `(九)深入实施…` and the unit now written `(十)深入实施…`. What moved is
 * the number; every other character must be the same.
 */
export function sameApartFromNumber(published: string, unit: Pick<UnitIdentity, 'wording' | 'marker'>): boolean {
  const body = unit.wording.startsWith(unit.marker) ? unit.wording.slice(unit.marker.length) : unit.wording;
  return body.length > 0 && published.endsWith(body) && published.length - body.length <= MAX_MARKER;
}
