/**
 * Editions of a renumbered document. Each declared renumbering starts a new
 * edition, named by its date. A link copied from a renumbered document carries
 * the edition it was copied under (`/doc/1-10/?v=2017-03-01`); a link without
 * one was copied before the first renumbering. Either way the ID it means
 * today follows from the declared moves, for good, however many renumberings
 * come later:
 *
 *   moves 2017-03-01 { 1-9: 1-10, 1-10: 1-11 }
 *   resolveUnitId('1-9', undefined)      → '1-10'   (an old, unmarked link)
 *   resolveUnitId('1-9-2', undefined)    → '1-10-2' (units below move with their clause)
 *   resolveUnitId('1-9', '2017-03-01')   → '1-9'    (copied after the change: the restored clause)
 *
 * Browser-safe: the page script resolves links with the same code.
 */
export interface EditionMoves {
  date: string;
  moves: Record<string, string>;
}

/** The current edition: the date of the latest renumbering, or null for a document never renumbered. */
export function currentEdition(renumberings: readonly EditionMoves[]): string | null {
  return renumberings.reduce<string | null>((latest, r) => (latest === null || r.date > latest ? r.date : latest), null);
}

/** Where a unit ID, as linked under `edition` (undefined: before any renumbering), is now. */
export function resolveUnitId(id: string, edition: string | undefined, renumberings: readonly EditionMoves[]): string {
  const later = renumberings.filter((r) => edition === undefined || r.date > edition).sort((a, b) => a.date.localeCompare(b.date));
  return later.reduce((now, r) => moveId(now, r.moves), id);
}

/** One renumbering, applied once: the deepest moved ancestor (or the ID itself) takes its new number. */
function moveId(id: string, moves: Record<string, string>): string {
  const parts = id.split('-');
  for (let n = parts.length; n > 0; n--) {
    const head = parts.slice(0, n).join('-');
    const to = moves[head];
    if (to !== undefined) return [to, ...parts.slice(n)].join('-');
  }
  return id;
}

/** A path with its edition marker, before any fragment: `/doc/1-6/#1-6-2` → `/doc/1-6/?v=2017-03-01#1-6-2`. */
export function withEdition(path: string, edition: string | null): string {
  if (!edition) return path;
  const hash = path.indexOf('#');
  const [before, after] = hash === -1 ? [path, ''] : [path.slice(0, hash), path.slice(hash)];
  return `${before}?v=${edition}${after}`;
}
