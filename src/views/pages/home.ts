/**
 * `/`: the documents, and the ways into each. With documents of several kinds
 * (工作要点, 办法, 规定…) they are grouped by kind, newest first, and can be
 * filtered by kind, year, issuer and title; each card stays short (its clauses
 * fold away), so a hundred documents remain a list one can scan.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { byYear, documentFacets, type DocumentFacets } from '../../model/document-facets.ts';
import { clausePath, dataPath, documentPath, referencePath, sitePagePath, termPath } from '../../model/ids.ts';
import { clausesOf } from '../../model/walk.ts';
import { BELOW_BASE, documentSize, type ClauseLink, type Corpus, type Link, type PageHead } from './page.ts';

/** One document's card: its title, facts, clauses and data file. */
export interface HomeCard extends DocumentFacets {
  title: string;
  href: string;
  /** 发文机关：…；成文日期：…；2 个部分，12 条 */
  facts: string;
  clauses: ClauseLink[];
  dataHref: string;
}

/** Documents of one kind; a single group with no heading when all are of one kind. */
export interface HomeGroup {
  /** The heading's ID and text; null when there is one group. */
  heading: { id: string; text: string } | null;
  cards: HomeCard[];
}

export interface HomePage {
  head: PageHead;
  /** What the document filters choose from; null with one document, which needs none. */
  filters: Array<DocumentFacets & { title: string }> | null;
  groups: HomeGroup[];
  /** A card's title is one level below its group's heading. */
  cardHeading: 'h3' | 'h4';
  /** The glossary, the requirements, the references and the download, each with a count or a line. */
  ways: Array<Link & { note: string }>;
}

export function homePage(corpus: Pick<Corpus, 'documents' | 'glossary'>, base: string): HomePage {
  const { documents, glossary } = corpus;
  const requirementCount = documents.reduce((n, d) => n + d.requirements.length, 0);
  const referenceCount = documents.reduce((n, d) => n + d.references.length, 0);
  const cards: HomeCard[] = documents
    .map((doc) => ({
      ...documentFacets(doc.meta),
      title: doc.meta.title,
      href: documentPath(base, doc.meta.slug),
      facts: ui.documentFacts(doc.meta.issuer, doc.issued?.date ?? ui.issuedUnknown, documentSize(doc)),
      clauses: clausesOf(doc).map((c) => ({ href: clausePath(base, doc.meta.slug, c.id), marker: c.marker, title: c.title })),
      dataHref: dataPath(base, doc.meta.slug),
    }))
    .sort((a, b) => byYear(a.year, b.year) || a.title.localeCompare(b.title, 'zh-CN'));
  const kinds = [...new Set(cards.map((d) => d.kind))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const grouped = kinds.length > 1;
  return {
    head: { title: ui.siteName, description: ui.siteTagline, canonical: sitePagePath(BELOW_BASE, 'home'), pageType: 'home' },
    filters: documents.length > 1 ? cards.map(({ kind, year, issuer, title }) => ({ kind, year, issuer, title })) : null,
    groups: grouped
      ? kinds.map((kind) => {
          const own = cards.filter((d) => d.kind === kind);
          return { heading: { id: `kind-${kind}`, text: ui.documentsByKind(kind, own.length) }, cards: own };
        })
      : [{ heading: null, cards }],
    cardHeading: grouped ? 'h4' : 'h3',
    ways: [
      { href: termPath(base), label: ui.termsTitle, note: ui.termCount(glossary.terms.length) },
      { href: sitePagePath(base, 'requirements'), label: ui.requirementsTitle, note: ui.reqCount(requirementCount, requirementCount) },
      { href: referencePath(base), label: ui.referencesTitle, note: ui.refCount(referenceCount) },
      { href: sitePagePath(base, 'download'), label: ui.downloadTitle, note: ui.downloadIntro },
    ],
  };
}
