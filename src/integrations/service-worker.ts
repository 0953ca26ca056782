/**
 * Astro integration: after the build (and after the search index), generate a
 * Workbox service worker that precaches every page, asset and the whole
 * search bundle, so that after one visit the site and its search work with
 * the network cut. One precache per build: a reader never gets new pages with
 * an old index; a new build waits until the reader chooses to reload.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { baseDir } from '../model/ids.ts';

export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'yaodian:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseDir(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          globPatterns: ['**/*.{html,js,css,json,svg,webmanifest,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}'],
          // The offline package is a download, not part of the site a reader browses.
          globIgnores: ['download/**/*.zip', 'sw.js'],
          swDest: `${out}/sw.js`,
          modifyURLPrefix: { '': base },
          // Pagefind asks for pagefind-entry.json?ts=<tag>; a search result opens its page with ?hl=<words>
          // to mark. Neither may miss the precache.
          ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/, /^hl$/],
          dontCacheBustURLsMatching: /\/_astro\//,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          cacheId: 'yaodian',
          mode: 'production',
          sourcemap: false,
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KiB)`);
      },
    },
  };
}
