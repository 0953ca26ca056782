/**
 * FNV-1a over a string's code points, as 8 hex digits: a short key that stays
 * the same for the same text and does not move when other things are added.
 *
 *   fnv1a('关于开展党员组织关系集中排查的通知') → 'b1cfe3f3'
 */
export function fnv1a(s: string): string {
  let hash = 0x811c9dc5;
  for (const ch of s) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
