/**
 * Where the content lives. `content/` normally; tests and benchmarks point
 * CONTENT_ROOT at a fixture or a generated corpus to build the same site
 * from other content (never shipped).
 */
export const CONTENT_ROOT = (process.env.CONTENT_ROOT ?? 'content').replace(/\/+$/, '');

/** A path below the content root, as messages should show it. */
export function contentPath(relative: string): string {
  return `${CONTENT_ROOT}/${relative}`;
}
