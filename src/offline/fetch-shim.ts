/**
 * The offline package's stand-in for a server. Opened from disk, a page may
 * not `fetch()` files next to it, so the search bundle travels inside a
 * classic script as base64, and this shim answers `fetch()` for those paths.
 * Anything else goes to the real `fetch` (and fails as it would).
 *
 *   installFetchShim({ 'pagefind/pagefind-entry.json': 'eyJ2…' }, 'file:///x/pkg/')
 *   fetch('../pagefind/pagefind-entry.json?ts=1') → Response with those bytes
 */
const TYPES: Record<string, string> = { json: 'application/json', pagefind: 'application/wasm', js: 'text/javascript' };

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export interface ShimWindow {
  fetch: typeof fetch;
  location: { href: string };
}

export function installFetchShim(files: Record<string, string>, root: string, win: ShimWindow = window): void {
  const realFetch = win.fetch.bind(win);
  win.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, win.location.href);
    const path = url.href.split(/[?#]/)[0] ?? '';
    const key = path.startsWith(root) ? decodeURIComponent(path.slice(root.length)) : null;
    const data = key === null ? undefined : files[key];
    if (data === undefined) return realFetch(input, init);
    const type = TYPES[key?.split('.').pop() ?? ''] ?? 'application/octet-stream';
    return new Response(decode(data), { status: 200, headers: { 'Content-Type': type } });
  }) as typeof fetch;
}
