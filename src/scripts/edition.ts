/**
 * A link copied from a renumbered document carries the edition it was copied
 * under (`?v=2017-03-01`). If a later renumbering moved the unit it meant, the
 * page sends the reader to the unit's present place; if the link is of the
 * present edition, it means exactly this text, and the notice that the number
 * now holds other text is not for this reader. Unmarked links may be old or
 * typed by hand: they stay, and the static notice explains.
 */
import { resolveUnitId, withEdition, type EditionMoves } from '../model/editions.ts';
import { canonicalUnitPath, type PageLevel } from '../model/ids.ts';
import type { DocSlug, UnitId } from '../model/types.ts';

interface EditionData {
  slug: string;
  page: string | null;
  pageLevel: PageLevel;
  base: string;
  edition: string;
  renumberings: EditionMoves[];
}

export function followEditionLink(): void {
  const raw = document.getElementById('edition-data')?.textContent;
  const marked = new URLSearchParams(location.search).get('v');
  if (!raw || !marked) return;
  const data = JSON.parse(raw) as EditionData;
  const id = decodeURIComponent(location.hash.slice(1)) || data.page;
  if (!id) return;
  const now = resolveUnitId(id, marked, data.renumberings);
  if (now !== id) {
    location.replace(withEdition(canonicalUnitPath(data.base, data.slug as DocSlug, now as UnitId, data.pageLevel), data.edition));
    return;
  }
  for (const notice of document.querySelectorAll<HTMLElement>('[data-renumber-notice]')) {
    if ((notice.dataset.renumberNotice ?? '') <= marked) notice.hidden = true;
  }
}
