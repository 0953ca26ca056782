/**
 * What a term's spelling is made of, once the characters that the linker lets
 * stand anywhere (quotes) or between parts (enumeration commas) are set aside.
 *
 *   spellingCore('“三名”工程')  → '三名工程'
 *   spellingCore('“”')          → ''   (matches at every position: refused)
 *   spellingCore('查、摆、议')   → '查摆议'
 */

/** Quote marks the text may put around or inside a term: “三名”工程. */
export const QUOTES = '“”"‘’\'「」『』';
/** Separators the text may put between a term's parts: 查、摆、议. */
export const SEPARATORS = '、,，';

/** The characters a spelling must match, without quotes, separators or spaces. */
export function spellingCore(spelling: string): string {
  return [...spelling].filter((ch) => !QUOTES.includes(ch) && !SEPARATORS.includes(ch) && !/\s/u.test(ch)).join('');
}

/** Fewer characters than this would link half the text (or, at zero, every position). */
export const MIN_SPELLING_CHARS = 2;
