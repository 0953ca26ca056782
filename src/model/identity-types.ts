/**
 * What the registry check knows of one document: its units' identities and
 * the changes its maintainer declared. Its own module, so that the check and
 * its messages can both name it without importing each other.
 */
import type { UnitIdentity } from './fingerprint.ts';

export interface Correction {
  unit: string;
  date: string;
  reason: string;
}

export interface Renumbering {
  date: string;
  reason: string;
  /** Old ID → new ID, all at once (1-9 → 1-10 and 1-10 → 1-11 is one shift, not a chain). */
  moves: Record<string, string>;
}

export interface DocumentIdentity {
  slug: string;
  /** The document's content file, for messages. */
  file: string;
  identities: readonly UnitIdentity[];
  corrections: readonly Correction[];
  renumbered: readonly Renumbering[];
  /** Line of a needle in the document's file (to point at a declaration). */
  lineOf: (needle: string) => number | undefined;
}
