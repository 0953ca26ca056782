/**
 * `/<slug>/`: the whole document, every unit with its anchor. A document that
 * was published and later removed keeps a page here that forwards to where its
 * units went; its script first sends an old #anchor to that unit's new place.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { citedTitle } from '../../model/citation.ts';
import { predecessorOf } from '../../model/compare.ts';
import { comparePath, documentPath, parseUnitKey, publicUrl, sitePagePath } from '../../model/ids.ts';
import type { DocumentModel } from '../../model/types.ts';
import { clausesOf } from '../../model/walk.ts';
import { unitContext, type UnitContext } from '../../render/unit-context.ts';
import { editionData, retiredAnchors, type EditionData } from './forwarding.ts';
import { BELOW_BASE, documentSize, type Corpus, type Link, type PageHead, type Route, type SiteContext } from './page.ts';

/** A published document, or one since removed, which forwards: to a document, and each old #anchor to its unit's new place. */
export type DocumentProps = { doc: DocumentModel } | { retired: { to: string; anchors: Record<string, string> } };

/** A page for every document, and a forwarding page for every retired slug. */
export function documentRoutes(corpus: Pick<Corpus, 'documents' | 'retiredSlugs' | 'redirects'>, base: string): Array<Route<{ doc: string }, DocumentProps>> {
  const retired = corpus.retiredSlugs.map((slug) => {
    // Its units all went somewhere: send the reader to the document that took the first of them.
    const target = Object.entries(corpus.redirects).find(([from]) => parseUnitKey(from)?.slug === slug)?.[1];
    const to = target ? parseUnitKey(target) : null;
    return { params: { doc: slug }, props: { retired: { to: to ? documentPath(base, to.slug) : sitePagePath(base, 'home'), anchors: retiredAnchors(corpus, slug, base) } } };
  });
  return [...corpus.documents.map((doc) => ({ params: { doc: doc.meta.slug }, props: { doc } })), ...retired];
}

export interface DocumentPage {
  head: PageHead;
  doc: DocumentModel;
  /** Links, citations and notices for each unit (render/unit-context.ts). */
  ctx: UnitContext;
  /** 与 2016 年对比, when the series has last year's document. */
  compare: Link | null;
  /** The printed source line under the title: 出处, the cited title and the document's link. */
  print: { label: string; citation: string; url: string };
  /** What the copy lacks, when the text we have ends early (said after 现存文本到此为止。). */
  textEnds: string | null;
  /** The web copy's neighbours in its series (not on this site), as lines to list. */
  siblings: string[];
  retiredAnchors: Record<string, string>;
  edition: EditionData | null;
}

export function documentPage(corpus: Pick<Corpus, 'documents' | 'history' | 'redirects'>, doc: DocumentModel, { base, site }: SiteContext): DocumentPage {
  const previous = predecessorOf(doc, corpus.documents);
  const { slug, title, textEnds } = doc.meta;
  const siblings = doc.meta.webCopy?.siblings;
  const firstTitles = clausesOf(doc)
    .map((c) => c.title)
    .slice(0, 4);
  return {
    head: { title, description: ui.documentDescription(title, documentSize(doc), firstTitles), canonical: documentPath(BELOW_BASE, slug), pageType: 'document', skipTo: 'text' },
    doc,
    ctx: unitContext(doc, site, base, corpus.history.get(slug)),
    compare: previous ? { href: comparePath(base, slug), label: ui.compareLink(previous.meta.year ?? 0) } : null,
    print: { label: ui.printDocument, citation: citedTitle(doc.meta), url: publicUrl(site, documentPath(base, slug)) },
    textEnds: textEnds ?? null,
    siblings: [siblings?.previous && ui.siblingPrevious(siblings.previous), siblings?.next && ui.siblingNext(siblings.next)].filter((s): s is string => Boolean(s)),
    retiredAnchors: retiredAnchors(corpus, slug, base),
    edition: editionData(corpus, doc, null, base),
  };
}
