/**
 * The element ID a URL fragment names. Fragments arrive percent-encoded
 * (`#1-6-2`, `#%E6%9D%A1`) but a hand-typed or truncated link may hold a bare
 * `%` that is no valid escape: then the fragment is taken as written, never
 * an uncaught URIError that stops the page's scripts.
 *
 *   fragmentId('#1-6-2') → '1-6-2'      fragmentId('#%') → '%'      fragmentId('') → ''
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
