/**
 * Where old links go: what a page carries so a link handed out before a unit
 * was retired or renumbered still opens the text it meant. Pages that show a
 * document or a clause include this data; the scripts that follow it are in
 * components/RetiredAnchors.astro and scripts/edition.ts.
 *
 *   forwardedPath(corpus, 'jiceng-zuzhi-jianshe#1-10-2', '/') → '/jiceng-zuzhi-jianshe/1-10/#1-10-2'
 */
import { canonicalUnitPath, parseUnitKey } from '../../model/ids.ts';
import type { DocumentModel } from '../../model/types.ts';
import type { DocumentHistory } from '../../model/unit-history.ts';
import type { Corpus } from './page.ts';

/** The canonical path of the unit a `slug#id` key names; null when the key is not one. */
export function forwardedPath(corpus: Pick<Corpus, 'documents'>, key: string, base: string): string | null {
  const target = parseUnitKey(key);
  if (!target) return null;
  // A unit of a document no longer published is sent to where a plan with parts would have it.
  const pageLevel = corpus.documents.find((d) => d.meta.slug === target.slug)?.pageLevel ?? 2;
  return canonicalUnitPath(base, target.slug, target.id, pageLevel);
}

/**
 * The retired IDs of one document with where each now lives: `{ '1-11': '/doc/1-10/' }`.
 * Old links to units below clause level (`/doc/#1-6-2`) cannot be redirected by a server,
 * since the fragment never reaches it, so the document page carries this map.
 */
export function retiredAnchors(corpus: Pick<Corpus, 'documents' | 'redirects'>, slug: string, base: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(corpus.redirects).flatMap(([from, to]) => {
      const old = parseUnitKey(from);
      const target = forwardedPath(corpus, to, base);
      return old?.slug === slug && target ? [[old.id, target]] : [];
    }),
  );
}

/** What scripts/edition.ts reads on a renumbered document's pages to open the text a `?v=` link meant. */
export interface EditionData {
  slug: string;
  /** The clause a clause page shows; null on the whole document. */
  page: string | null;
  pageLevel: DocumentModel['pageLevel'];
  base: string;
  /** The date of the latest renumbering: the edition links are copied under. */
  edition: string;
  renumberings: Array<Pick<DocumentHistory['renumberings'][number], 'date' | 'moves'>>;
}

/** The edition data for a page of `doc`; null when the document was never renumbered. */
export function editionData(corpus: Pick<Corpus, 'history'>, doc: DocumentModel, page: string | null, base: string): EditionData | null {
  const history = corpus.history.get(doc.meta.slug);
  if (!history?.edition) return null;
  return { slug: doc.meta.slug, page, pageLevel: doc.pageLevel, base, edition: history.edition, renumberings: history.renumberings.map(({ date, moves }) => ({ date, moves })) };
}
