/**
 * The top-level paths the site itself uses, which no document slug may take:
 * a document at `/download/` would lose its page to the offline-package page
 * and register the wrong address for good.
 *
 *   reservedSlugs() → Set { 'download', 'help', 'references', 'requirements', 'search', 'terms', 'pagefind', 'offline', … }
 *
 * Read from `src/pages/` itself, so a page added later is reserved too.
 */
import { readdirSync } from 'node:fs';

/** Paths the build writes beside the pages: the search bundle, the offline files, scripts, the service worker. */
const GENERATED = ['pagefind', 'offline', '_astro', 'sw', 'workbox', '404', 'index'];

export function reservedSlugs(pagesDir = 'src/pages', publicDir = 'public'): Set<string> {
  const names = [...readdirSync(pagesDir), ...readdirSync(publicDir)]
    .filter((n) => !n.startsWith('['))
    .map((n) => n.replace(/\..*$/u, ''));
  return new Set([...names, ...GENERATED]);
}
