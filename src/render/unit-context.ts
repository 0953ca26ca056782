/**
 * What a page tells UnitView about the site it renders for: where notes live,
 * and each unit's canonical absolute URL and citation (one function for all).
 */
import { citePlain } from '../model/citation.ts';
import { canonicalUnitPath, referencePath, termPath } from '../model/ids.ts';
import type { DocumentModel, Unit } from '../model/types.ts';
import type { InlineContext } from './inline.ts';

export interface UnitContext extends InlineContext {
  /** The unit's canonical absolute URL and its plain citation. */
  cite: (unit: Unit) => { url: string; plain: string };
}

export function unitContext(doc: DocumentModel, site: URL | undefined, base: string): UnitContext {
  return {
    notesHref: (n) => `#note-${n}`,
    termHref: (slug) => termPath(base, slug),
    referenceHref: (key) => referencePath(base, key),
    cite: (unit) => {
      const path = canonicalUnitPath(base, doc.meta.slug, unit.id);
      const url = site ? new URL(path, site).href : path;
      return { url, plain: citePlain(doc, unit) };
    },
  };
}
