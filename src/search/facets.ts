/**
 * What the search box's document and part filters offer, in reading order:
 * each document with its kind (文种) and its parts as the index names them.
 * A small JSON file fetched with the lexicon, so a page does not carry every
 * document's parts, and so the part filter can list only the chosen
 * document's parts, in the order it has them.
 */
import { documentKind } from '../model/document-facets.ts';
import type { DocumentModel } from '../model/types.ts';

export interface SearchFacet {
  /** The document filter's value: the title, as the index records it. */
  title: string;
  kind: string;
  /** The part filter's values for this document, in document order. */
  parts: string[];
}

export function searchFacets(documents: readonly DocumentModel[]): SearchFacet[] {
  return documents.map((doc) => ({ title: doc.meta.title, kind: documentKind(doc.meta.title), parts: doc.parts.map((p) => `${p.marker}${p.title}`) }));
}
