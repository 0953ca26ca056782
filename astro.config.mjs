// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/integrations/search-index.ts';

/**
 * SITE_URL is the public origin used in copied links, citations and QR codes;
 * BASE_PATH the path the site lives under (intranets often serve it below one).
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  // Builds of other content (tests, benchmarks) keep their own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx(), searchIndex()],
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
    build: {
      // Keep scripts as files, not inlined: the same CSP then holds on any server and offline.
      assetsInlineLimit: 0,
    },
  },
  devToolbar: { enabled: false },
});
