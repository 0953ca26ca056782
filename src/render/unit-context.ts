/**
 * What a page tells UnitView about the site it renders for: where notes live,
 * and each unit's canonical absolute URL and citation (one function for all).
 */
import { citeByWords, citePlain } from '../model/citation.ts';
import { canonicalUnitPath, publicUrl, referencePath, termPath } from '../model/ids.ts';
import type { DocumentModel, Unit } from '../model/types.ts';
import type { InlineContext } from './inline.ts';

export interface UnitContext extends InlineContext {
  /**
   * The unit's handed-out URL (absolute with SITE_URL, else a path the browser resolves),
   * its plain citation, and for an enumerated item the citation by its own opening words.
   */
  cite: (unit: Unit) => { url: string; plain: string; byWords: string | null };
}

export function unitContext(doc: DocumentModel, site: URL | undefined, base: string): UnitContext {
  return {
    notesHref: (n) => `#note-${n}`,
    termHref: (slug) => termPath(base, slug),
    referenceHref: (key) => referencePath(base, key),
    cite: (unit) => {
      const url = publicUrl(site, canonicalUnitPath(base, doc.meta.slug, unit.id, doc.pageLevel));
      return { url, plain: citePlain(doc, unit), byWords: citeByWords(doc, unit) };
    },
  };
}
