/**
 * Site URLs as the offline package needs them: relative to the page, with
 * `index.html` spelt out, since a file opened from disk has no server to
 * resolve `/x/` to `/x/index.html`.
 *
 *   packageUrl('jiceng-zuzhi-jianshe/1-6/index.html', '/jiceng-zuzhi-jianshe/#1-2', '/')
 *   → '../index.html#1-2'
 *   packageUrl('index.html', '/terms/', '/')                → 'terms/index.html'
 *   packageUrl('help/index.html', '../terms/', '/')          → '../terms/index.html'
 *   packageUrl('index.html', 'https://example.org/', '/')   → null (not the site's)
 */
import { posix } from 'node:path';
import { indexFile } from '../model/ids.ts';

/** The path of `url` within the site, or null when it points elsewhere. */
function sitePath(url: string, base: string): { path: string; suffix: string } | null {
  if (!url.startsWith(base) || url.startsWith('//')) return null;
  const cut = url.search(/[?#]/);
  const path = (cut === -1 ? url : url.slice(0, cut)).slice(base.length);
  const suffix = cut === -1 ? '' : url.slice(cut).replace(/^\?[^#]*/, '');
  return { path, suffix };
}

/** A relative link (`../requirements/`) as a path within the site, or null for anything else. */
function relativePath(fromFile: string, url: string): { path: string; suffix: string } | null {
  if (url === '' || url.startsWith('#') || url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  const cut = url.search(/[?#]/);
  const raw = cut === -1 ? url : url.slice(0, cut);
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), raw));
  const path = raw.endsWith('/') && !joined.endsWith('/') ? `${joined}/` : joined;
  return { path: path === './' ? '' : path, suffix: cut === -1 ? '' : url.slice(cut).replace(/^\?[^#]*/, '') };
}

export function packageUrl(fromFile: string, url: string, base: string): string | null {
  const target = sitePath(url, base) ?? relativePath(fromFile, url);
  if (!target) return null;
  const file = indexFile(target.path);
  const relative = posix.relative(posix.dirname(fromFile), file) || posix.basename(file);
  return relative + target.suffix;
}

/** `../../` for a page two folders down: the package root, relative to the page. */
export function rootFrom(fromFile: string): string {
  const depth = fromFile.split('/').length - 1;
  return '../'.repeat(depth);
}
