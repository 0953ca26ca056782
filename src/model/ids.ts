/**
 * IDs and URLs: the contracts outside links rely on (DESIGN.md).
 *
 *   unitId([1, 6, 2])                       → '1-6-2'
 *   clauseIdOf('1-6-2')                     → '1-6'
 *   unitPath('/', 'jiceng-zuzhi-jianshe', '1-6-2')   → '/jiceng-zuzhi-jianshe/#1-6-2'
 *   clausePath('/intranet/', 'jiceng-zuzhi-jianshe', '1-6') → '/intranet/jiceng-zuzhi-jianshe/1-6/'
 */
import type { DocSlug, UnitId } from './types.ts';

const UNIT_ID = /^[1-9]\d*(?:-[1-9]\d*)*$/;
const DOC_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isUnitId(s: string): s is UnitId {
  return UNIT_ID.test(s);
}

export function isDocSlug(s: string): s is DocSlug {
  return DOC_SLUG.test(s);
}

export function unitId(path: readonly number[]): UnitId {
  const id = path.join('-');
  if (!isUnitId(id)) throw new RangeError(`not a unit path: [${path.join(', ')}]`);
  return id;
}

/** Parts have no page of their own; a clause or anything below it belongs to a clause page. */
export function clauseIdOf(id: UnitId): UnitId | null {
  const parts = id.split('-');
  return parts.length < 2 ? null : (parts.slice(0, 2).join('-') as UnitId);
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
export function canonicalUnitPath(base: string, slug: DocSlug, id: UnitId): string {
  const clause = clauseIdOf(id);
  if (!clause) return unitPath(base, slug, id);
  const page = clausePath(base, slug, clause);
  return clause === id ? page : `${page}#${id}`;
}
