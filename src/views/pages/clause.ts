/**
 * `/<slug>/<clause-id>/`: one clause (or article) on its own page, the short,
 * stable link staff put in a circular. Retired clause IDs listed in the
 * redirects get a page here that sends the reader on, so old links keep working.
 *
 *   clausePage(corpus, seed, clause 1-6, { base: '/' }).head.canonical → '/jiceng-zuzhi-jianshe/1-6/'
 */
import { ui } from '../../i18n/zh-CN.ts';
import { unitLocation, unitPlace } from '../../model/citation.ts';
import { clausePath, documentPath, isWithin, parseUnitKey, referencePath, sitePagePath, unitPath } from '../../model/ids.ts';
import type { DocumentModel, EditorNote, Unit } from '../../model/types.ts';
import { clausesOf, findUnit } from '../../model/walk.ts';
import { clausePageTitle } from '../../render/page-title.ts';
import { unitContext, type UnitContext } from '../../render/unit-context.ts';
import { requirementRows } from '../requirement-rows.ts';
import { editionData, forwardedPath, type EditionData } from './forwarding.ts';
import { BELOW_BASE, type ClauseLink, type Corpus, type Link, type PageHead, type Route, type SiteContext } from './page.ts';

/** A clause's page, or a retired clause ID's forwarding page. */
export type ClauseProps = { kind: 'clause'; doc: DocumentModel; clause: Unit } | { kind: 'redirect'; to: string };

export function clauseRoutes(corpus: Pick<Corpus, 'documents' | 'redirects' | 'registry'>, base: string): Array<Route<{ doc: string; clause: string }, ClauseProps>> {
  const pages = corpus.documents.flatMap((doc) =>
    clausesOf(doc).map((clause) => ({ params: { doc: doc.meta.slug, clause: clause.id }, props: { kind: 'clause' as const, doc, clause } })),
  );
  // A retired ID gets a forwarding page where it had a page of its own, as the registry recorded it.
  const retired = Object.entries(corpus.redirects).flatMap(([from, to]) => {
    const old = parseUnitKey(from);
    const target = forwardedPath(corpus, to, base);
    if (!old || !target || !(corpus.registry[old.slug]?.[old.id]?.path.endsWith(`/${old.id}/`) ?? false)) return [];
    return [{ params: { doc: old.slug, clause: old.id }, props: { kind: 'redirect' as const, to: target } }];
  });
  return [...pages, ...retired];
}

/** Beside the clause's text: its requirements and the documents it cites. */
export interface ClauseFacts {
  requirements: Array<{ href: string; phrase: string; meta: string }>;
  references: Array<{ href: string; label: string; number: string | null }>;
}

export interface ClausePage {
  head: PageHead;
  breadcrumb: Link[];
  doc: DocumentModel;
  clause: Unit;
  /** 《title》 and the part the clause is in, above the clause. */
  source: string;
  fullText: Link;
  /** The printout's title block: the document's title, then where the clause sits. */
  printTitle: { title: string; place: string };
  /** The 校注 on the clause and the units below it. */
  notes: EditorNote[];
  ctx: UnitContext;
  /** Printed at the end: the citation and the link, which the QR code encodes too. */
  citation: { label: string; citation: string; url: string };
  facts: ClauseFacts;
  pager: { previous: ClauseLink | null; next: ClauseLink | null };
  edition: EditionData | null;
}

export function clausePage(corpus: Pick<Corpus, 'history'>, doc: DocumentModel, clause: Unit, { base, site }: SiteContext): ClausePage {
  const { slug, title } = doc.meta;
  const part = clause.parentId ? findUnit(doc, clause.parentId) : undefined;
  const partPlace = part ? unitLocation(part) : '';
  const ctx = unitContext(doc, site, base, corpus.history.get(slug));
  const cited = ctx.cite(clause);
  const inClause = (id: string) => isWithin(id, clause.id);
  const clauses = clausesOf(doc);
  const at = clauses.findIndex((c) => c.id === clause.id);
  const link = (c: Unit | undefined): ClauseLink | null => (c ? { href: clausePath(base, slug, c.id), marker: c.marker, title: c.title } : null);
  return {
    head: {
      title: clausePageTitle(partPlace, clause.marker, clause.title, title),
      description: clause.text.slice(0, 120),
      canonical: clausePath(BELOW_BASE, slug, clause.id),
      pageType: 'clause',
      skipTo: 'text',
    },
    breadcrumb: [
      { href: sitePagePath(base, 'home'), label: ui.home },
      { href: documentPath(base, slug), label: title },
      ...(part ? [{ href: unitPath(base, slug, part.id), label: `${part.marker}${part.title}` }] : []),
      { href: `#${clause.id}`, label: `${clause.marker}${clause.title}` },
    ],
    doc,
    clause,
    source: ui.clauseSource(title, partPlace),
    fullText: { href: unitPath(base, slug, clause.id), label: ui.viewInFullText },
    printTitle: { title, place: unitPlace(doc, clause) },
    notes: doc.notes.filter((n) => inClause(n.unitId)),
    ctx,
    citation: { label: ui.printCitation, citation: cited.plain, url: cited.url },
    facts: {
      requirements: requirementRows(doc, base)
        .filter((r) => inClause(r.unitId))
        .map((r) => ({ href: `#${r.unitId}`, phrase: r.phrase, meta: ui.clauseRequirementFacts(r) })),
      references: doc.references
        .filter((r) => r.citedBy.some((c) => inClause(c.unitId)))
        .map((r) => ({ href: referencePath(base, r.key), label: r.title ? ui.bookTitle(r.title) : (r.number ?? ''), number: r.title && r.number ? r.number : null })),
    },
    pager: { previous: link(clauses[at - 1]), next: link(clauses[at + 1]) },
    edition: editionData(corpus, doc, clause.id, base),
  };
}
