/**
 * IDs and URLs: the contracts outside links rely on (DESIGN.md). Every path
 * the site builds comes from a function here (as Starlight's utils/base.ts):
 * a page never spells out `terms/${slug}/` itself.
 *
 *   unitId([1, 6, 2])                       → '1-6-2'
 *   clauseIdOf('1-6-2', 2)                  → '1-6'   (a plan with parts: clauses have pages)
 *   clauseIdOf('6-2', 1)                    → '6'     (articles, or clauses at the top level)
 *   clauseIdOf('zhang-1', 1)                → null    (chapters live on the document page)
 *   unitPath('/', 'jiceng-zuzhi-jianshe', '1-6-2')   → '/jiceng-zuzhi-jianshe/#1-6-2'
 *   clausePath('/intranet/', 'jiceng-zuzhi-jianshe', '1-6') → '/intranet/jiceng-zuzhi-jianshe/1-6/'
 */
/**
 * A unit's numbering path in ASCII digits: `1`, `1-6`, `1-6-2`. In article
 * documents an article's ID is its number (`6`, `6-2`), and chapters and their
 * sections, which articles do not count under, are `zhang-1`, `zhang-1-jie-2`.
 */
export type UnitId = string & { readonly __brand: 'UnitId' };

/** A document's ASCII URL slug, e.g. `jiceng-zuzhi-jianshe`. */
export type DocSlug = string & { readonly __brand: 'DocSlug' };

const UNIT_ID = /^[1-9]\d*(?:-[1-9]\d*)*$/;
/** Chapters and their sections: `zhang-1`, `zhang-1-jie-2` (and `jie-2` where a 节 has no chapter). */
const CHAPTER_ID = /^(?:zhang-[1-9]\d*(?:-jie-[1-9]\d*)?|jie-[1-9]\d*)$/;
const DOC_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isUnitId(s: string): s is UnitId {
  return UNIT_ID.test(s) || CHAPTER_ID.test(s);
}

/**
 * How many segments the ID of a unit with its own page has (DocumentModel.pageLevel):
 * 2 in a plan with parts, 1 where clauses or articles are the top numbered level.
 */
export type PageLevel = 1 | 2;

export function isDocSlug(s: string): s is DocSlug {
  return DOC_SLUG.test(s);
}

export function unitId(path: readonly number[]): UnitId {
  const id = path.join('-');
  if (!isUnitId(id)) throw new RangeError(`not a unit path: [${path.join(', ')}]`);
  return id;
}

/** The ID of the page a unit is on: its clause or article; null for parts and chapters, which live on the document page. */
export function clauseIdOf(id: UnitId, pageLevel: PageLevel): UnitId | null {
  if (!UNIT_ID.test(id)) return null;
  const parts = id.split('-');
  return parts.length < pageLevel ? null : (parts.slice(0, pageLevel).join('-') as UnitId);
}

/** Whether `id` is `ancestor` or lies below it: isWithin('1-6-2', '1-6') → true, isWithin('1-60', '1-6') → false. */
export function isWithin(id: string, ancestor: string): boolean {
  return id === ancestor || id.startsWith(`${ancestor}-`);
}

/** The site's base as a directory path: `/yaodian` → `/yaodian/`. */
export function baseDir(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Join the site's base (`/` or `/sub/path/`) and a path below it. */
export function withBase(base: string, path: string): string {
  return baseDir(base) + path.replace(/^\/+/, '');
}

/** A site path as a file: a directory path gets its `index.html` (`a/` → `a/index.html`, `''` → `index.html`). */
export function indexFile(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export function documentPath(base: string, slug: DocSlug): string {
  return withBase(base, `${slug}/`);
}

export function clausePath(base: string, slug: DocSlug, clauseId: UnitId): string {
  return withBase(base, `${slug}/${clauseId}/`);
}

/**
 * A link the site hands out (copy, citation, QR, print, CSV, data.json): absolute on the
 * public site when the build knows it (SITE_URL), otherwise the path alone, which the
 * browser resolves against the address the page is actually served from.
 *
 *   publicUrl(new URL('https://dj.example.cn'), '/a/1-6/') → 'https://dj.example.cn/a/1-6/'
 *   publicUrl(undefined, '/a/1-6/')                         → '/a/1-6/'
 */
export function publicUrl(site: URL | undefined, path: string): string {
  return site ? new URL(path, site).href : path;
}

/** Where a unit lives in the whole document: its anchor on the document page. */
export function unitPath(base: string, slug: DocSlug, id: UnitId): string {
  return `${documentPath(base, slug)}#${id}`;
}

/** The canonical place to send a reader for one unit: its clause page (with anchor below clause level). */
export function canonicalUnitPath(base: string, slug: DocSlug, id: UnitId, pageLevel: PageLevel): string {
  const clause = clauseIdOf(id, pageLevel);
  if (!clause) return unitPath(base, slug, id);
  const page = clausePath(base, slug, clause);
  return clause === id ? page : `${page}#${id}`;
}

/** `/<slug>/compare/`: the document against last year's in its series. Clause IDs are digits, so no clash. */
export function comparePath(base: string, slug: DocSlug): string {
  return withBase(base, `${slug}/compare/`);
}

/** `slug#id`: one unit named across documents, as the registry and the redirects write it. */
export function unitKey(slug: string, id: string): string {
  return `${slug}#${id}`;
}

/** The parts of a `slug#id` key; null when it is not one. */
export function parseUnitKey(key: string): { slug: DocSlug; id: UnitId } | null {
  const at = key.indexOf('#');
  if (at < 0) return null;
  const slug = key.slice(0, at);
  const id = key.slice(at + 1);
  return isDocSlug(slug) && isUnitId(id) ? { slug, id } : null;
}

/** A document as data: `/<slug>/data.json`. */
export function dataPath(base: string, slug: DocSlug): string {
  return withBase(base, `${slug}/data.json`);
}

/** The glossary, or one term's page: `/terms/`, `/terms/<slug>/`. */
export function termPath(base: string, slug?: string): string {
  return withBase(base, slug ? `terms/${slug}/` : 'terms/');
}

/**
 * Every requirement, or one document's: `/requirements/`, `/requirements/<slug>/`.
 * Slugs are one path segment of [a-z0-9-], so a document's page cannot meet a file beside them.
 */
export function requirementsPath(base: string, slug?: DocSlug): string {
  return withBase(base, slug ? `requirements/${slug}/` : SITE_PAGES.requirements);
}

/** The cited documents, or one entry of the list: `/references/`, `/references/#<key>`. */
export function referencePath(base: string, key?: string): string {
  return withBase(base, key ? `references/#${key}` : 'references/');
}

/** The site's other top-level pages and files, by name. */
export const SITE_PAGES = {
  home: '',
  requirements: 'requirements/',
  download: 'download/',
  offlinePackage: 'download/gongzuo-yaodian-offline.zip',
  help: 'help/',
  lexicon: 'search/lexicon.json',
  facets: 'search/facets.json',
  /** Every requirement as data, for the filters of /requirements/ when its rows are split by document. */
  requirementRecords: 'search/requirements.json',
  favicon: 'favicon.svg',
  manifest: 'manifest.webmanifest',
} as const;

export function sitePagePath(base: string, page: keyof typeof SITE_PAGES): string {
  return withBase(base, SITE_PAGES[page]);
}
