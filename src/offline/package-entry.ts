/**
 * Entry of the offline package's `offline/search.js` (a classic script). The
 * build writes, before this code, the packaged search files as
 * `window.__YAODIAN_FILES__` and Pagefind rebundled as a classic script that
 * sets `window.yaodianPagefind`; this part serves those files to `fetch()`.
 */
import { installFetchShim } from './fetch-shim.ts';

declare global {
  interface Window {
    __YAODIAN_FILES__?: Record<string, string>;
  }
}

const script = document.currentScript as HTMLScriptElement | null;
// This script lives at <root>/offline/search.js: the package root is one folder up from it.
const root = new URL('../', script?.src ?? location.href).href;
installFetchShim(window.__YAODIAN_FILES__ ?? {}, root);
