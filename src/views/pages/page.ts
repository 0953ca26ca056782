/**
 * What the page data functions share. As Starlight's `utils/route-data.ts`
 * computes a page's data once, each page type has one pure function in this
 * folder: the corpus (and the site it is built for) in, exactly what the page
 * renders out, and its `getStaticPaths` entries where the page has params.
 * The `.astro` page calls it and renders; it computes nothing itself.
 *
 *   homePage(corpus, '/').ways[0] → { href: '/terms/', label: '提法词表', note: '共 28 个提法' }
 */
import type { Corpus } from '../../data/corpus.ts';
import { ui } from '../../i18n/zh-CN.ts';
import { clausesOf } from '../../model/walk.ts';
import type { DocumentModel } from '../../model/types.ts';

export type { Corpus };

/** Where the site is served: its base path, and its public address when the build knows it (SITE_URL). */
export interface SiteContext {
  base: string;
  site: URL | undefined;
}

/** The props of `layouts/Base.astro`: what goes in <head> and on <body>. */
export interface PageHead {
  title: string;
  description: string;
  /** The page's path below the site's base, for <link rel="canonical"> (see BELOW_BASE). */
  canonical?: string;
  /** Names the page type on <body> (`page-clause`), for page-type styles. */
  pageType: string;
  /** The ID of the element 跳到正文 lands on, when it is not <main>. */
  skipTo?: string;
}

/**
 * The base to give the path helpers for a canonical path: Base.astro joins it to the real base
 * (and to SITE_URL) itself, so `clausePath(BELOW_BASE, slug, id)` → `/slug/1-6/` is enough.
 */
export const BELOW_BASE = '/';

/** A link with its text. */
export interface Link {
  href: string;
  label: string;
}

/** A clause or article as a link: its marker and title stay apart, as the page writes them. */
export interface ClauseLink {
  href: string;
  marker: string;
  title: string;
}

/** One entry of the site's static paths, as Astro's getStaticPaths returns them. */
export interface Route<Params extends Record<string, string>, Props> {
  params: Params;
  props: Props;
}

/** “2 个部分，12 条”: a document's size as the home page and the document's description say it. */
export function documentSize(doc: DocumentModel): string {
  const top = doc.parts[0];
  return ui.documentSize(top ? { count: doc.parts.length, kind: top.kind } : null, clausesOf(doc).length);
}
