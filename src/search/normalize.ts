/**
 * Search text normalisation, the same at index time and at query time, so
 * that punctuation, quotes, spaces and full-width forms never stand between
 * a query and the text: 三名工程 matches “三名”工程, 查摆议 matches 查、摆、议.
 *
 *   normalizeForSearch('深入实施“三名”工程,着力') → '深入实施三名工程着力'
 *   normalizeForSearch('ＳＺＹＤ 90％') → 'szyd90%'
 */

/** What survives: letters, digits (any script, so Han too) and the percent sign. */
const KEEP = /[\p{L}\p{N}%]/u;

export function normalizeForSearch(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) if (KEEP.test(ch)) out += ch;
  return out;
}

/**
 * Normalises and keeps, for each character of the result, where the
 * character it came from starts and ends in the original, so a match in normalised text can be highlighted
 * in the original.
 */
export function normalizeWithMap(text: string): { normalized: string; starts: number[]; ends: number[] } {
  let normalized = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const ch of text) {
    for (const out of ch.normalize('NFKC').toLowerCase()) {
      if (KEEP.test(out)) {
        normalized += out;
        starts.push(index);
        ends.push(index + ch.length);
      }
    }
    index += ch.length;
  }
  return { normalized, starts, ends };
}
