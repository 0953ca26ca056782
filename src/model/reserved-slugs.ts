/**
 * Names a document slug can never take: the site's own routes and build
 * outputs live at `/<name>/` too, so a document there would shadow them
 * (tests/unit/reserved-slugs.test.ts checks this list against src/pages).
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  // Pages (src/pages).
  'index', 'download', 'terms', 'requirements', 'references', 'search', 'help', '404',
  // Build outputs: search bundle, offline package, Astro assets, service worker, manifest, icons.
  'pagefind', 'offline', '_astro', 'sw', 'workbox', 'manifest', 'favicon', 'icon-maskable', 'data',
]);

export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.has(slug);
}
