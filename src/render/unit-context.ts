/**
 * What a page tells UnitView about the site it renders for: where notes live,
 * and each unit's canonical absolute URL and citation (one function for all).
 */
import { citeByWords, citePlain, citedTitle } from '../model/citation.ts';
import { withEdition } from '../model/editions.ts';
import { canonicalUnitPath, publicUrl, referencePath, termPath } from '../model/ids.ts';
import type { DocumentModel, Unit } from '../model/types.ts';
import { historyOfUnit, type DocumentHistory } from '../model/unit-history.ts';
import type { InlineContext } from './inline.ts';

export interface UnitContext extends InlineContext {
  /**
   * The unit's handed-out URL (absolute with SITE_URL, else a path the browser resolves
   * against where the page is served), its plain citation, and for an enumerated item the
   * citation by its own opening words. A renumbered document's URLs carry its edition
   * (`?v=2017-03-01`), so a link copied now keeps opening this text (see model/editions.ts).
   */
  /** The unit's URL and citations; `title` is the 《title》（文号） that starts each citation, so a script can show the place alone. */
  cite: (unit: Unit) => { url: string; plain: string; byWords: string | null; title: string };
  /** Declared corrections and renumbering notices for one unit. */
  changes: (unit: Unit) => ReturnType<typeof historyOfUnit>;
  /** Where a unit ID is read today (for links in notices). */
  unitHref: (id: string) => string;
}

export function unitContext(doc: DocumentModel, site: URL | undefined, base: string, history?: DocumentHistory): UnitContext {
  const edition = history?.edition ?? null;
  return {
    changes: (unit) => (history ? historyOfUnit(history, unit.id) : { corrections: [], notices: [] }),
    unitHref: (id) => withEdition(canonicalUnitPath(base, doc.meta.slug, id as Unit['id'], doc.pageLevel), edition),
    notesHref: (n) => `#note-${n}`,
    termHref: (slug) => termPath(base, slug),
    referenceHref: (key) => referencePath(base, key),
    cite: (unit) => {
      const url = publicUrl(site, withEdition(canonicalUnitPath(base, doc.meta.slug, unit.id, doc.pageLevel), edition));
      return { url, plain: citePlain(doc, unit), byWords: citeByWords(doc, unit), title: citedTitle(doc.meta) };
    },
  };
}
