/**
 * `/<slug>/compare/`: this year's document against last year's in its series
 * (与上年对比). Only documents with a predecessor get the page. The pairing and
 * the diff are the model's (model/compare.ts); this is how the page says them.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { compareDocuments, predecessorOf, type ClauseStatus, type TextPiece } from '../../model/compare.ts';
import { clausePath, comparePath, documentPath, sitePagePath } from '../../model/ids.ts';
import type { DocumentModel, UnitId } from '../../model/types.ts';
import { BELOW_BASE, type Corpus, type Link, type PageHead, type Route } from './page.ts';

export interface CompareProps {
  doc: DocumentModel;
  previous: DocumentModel;
}

export function compareRoutes(corpus: Pick<Corpus, 'documents'>): Array<Route<{ doc: string }, CompareProps>> {
  return corpus.documents.flatMap((doc) => {
    const previous = predecessorOf(doc, corpus.documents);
    return previous ? [{ params: { doc: doc.meta.slug }, props: { doc, previous } }] : [];
  });
}

/** Changed, added, removed, unchanged: the order the summary counts them in. */
const STATUSES: readonly ClauseStatus[] = ['changed', 'added', 'removed', 'unchanged'];

export interface ComparePage {
  head: PageHead;
  breadcrumb: Link[];
  title: string;
  intro: string;
  summary: Array<{ status: ClauseStatus; label: string; count: string }>;
  /** The requirement table's column headings. */
  requirementColumns: string[];
  requirementChanges: Array<{ clause: Link; kind: string; before: string; after: string }>;
  clauses: Array<{
    status: ClauseStatus;
    label: string;
    /** The clause's marker and title (this year's, or last year's for a removed one). */
    heading: string;
    /** Where it is this year, and where it was last year. */
    now: Link | null;
    was: Link | null;
    similarity: string | null;
    pieces: TextPiece[];
  }>;
}

export function comparePage(doc: DocumentModel, previous: DocumentModel, base: string): ComparePage {
  const year = doc.meta.year ?? 0;
  const lastYear = previous.meta.year ?? 0;
  const { clauses, counts, requirementChanges } = compareDocuments(previous, doc);
  // The comparison speaks of clause IDs as strings; these are the documents' own.
  const link = (d: DocumentModel, id: string) => clausePath(base, d.meta.slug, id as UnitId);
  const title = ui.compareTitle(doc.meta.title, year, lastYear);
  const intro = ui.compareIntro(previous.meta.title);
  return {
    head: { title, description: intro, canonical: comparePath(BELOW_BASE, doc.meta.slug), pageType: 'compare' },
    breadcrumb: [
      { href: sitePagePath(base, 'home'), label: ui.home },
      { href: documentPath(base, doc.meta.slug), label: doc.meta.title },
      { href: './', label: ui.compareLink(lastYear) },
    ],
    title,
    intro,
    summary: STATUSES.map((status) => ({ status, label: ui.compareStatus[status], count: ui.compareCount(counts[status]) })),
    requirementColumns: [ui.compareReqClause, ui.compareReqKind, ui.compareReqFrom(lastYear), ui.compareReqTo(year)],
    requirementChanges: requirementChanges.map((c) => ({
      clause: { href: link(doc, c.clause.id), label: c.clause.place },
      kind: ui.requirementKinds[c.kind] ?? c.kind,
      before: c.before ? c.before.match : ui.compareReqNone,
      after: c.after ? c.after.match : ui.compareReqNone,
    })),
    clauses: clauses.map((c) => {
      const shown = c.after ?? c.before;
      return {
        status: c.status,
        label: ui.compareStatus[c.status],
        heading: shown ? `${shown.marker}${shown.title}` : '',
        now: c.after ? { href: link(doc, c.after.id), label: ui.compareNowIs(c.after.place) } : null,
        was: c.before ? { href: link(previous, c.before.id), label: ui.compareWas(c.before.place) } : null,
        similarity: c.similarity !== null && c.status === 'changed' ? ui.compareSimilarity(Math.round(c.similarity * 100)) : null,
        pieces: c.pieces,
      };
    }),
  };
}
