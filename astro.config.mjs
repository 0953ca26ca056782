// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/integrations/search-index.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import offlinePackage from './src/integrations/offline-package.ts';
import siteUrlNotice from './src/integrations/site-url.ts';

/** Names this build: the search index and the offline cache of one build go together. */
const buildId = process.env.BUILD_ID ?? Date.now().toString(36);

/**
 * SITE_URL is the public origin used in copied links, citations and QR codes. Without it
 * there is no guessed default: links follow the address the page is served from at run
 * time, and the build says so (src/integrations/site-url.ts).
 * BASE_PATH the path the site lives under (intranets often serve it below one).
 */
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  // Builds of other content (tests, benchmarks) keep their own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  // Order matters: the search index first; the offline package takes it and fills in the download page;
  // the service worker then precaches the finished pages.
  integrations: [siteUrlNotice(), mdx(), searchIndex(), offlinePackage(), serviceWorker()],
  // No code blocks here; Shiki's inline styles would need a CSP exception.
  markdown: { syntaxHighlight: false },
  security: {
    // Astro hashes the scripts and styles it bundles; nothing inline is allowed beyond those.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    define: { 'import.meta.env.PUBLIC_BUILD_ID': JSON.stringify(buildId) },
    build: {
      // Keep scripts as files, not inlined: the same CSP then holds on any server and offline.
      assetsInlineLimit: 0,
    },
  },
  devToolbar: { enabled: false },
});
