/**
 * The term lexicon (spellings, pinyin and preview cards), fetched once per
 * page and shared by the search box and the term previews. Its URL is on the
 * search box, so the offline package can point it elsewhere.
 */
import type { LexiconEntry } from '../search/lexicon.ts';

let lexicon: Promise<LexiconEntry[]> | undefined;

export function loadLexicon(): Promise<LexiconEntry[]> {
  const url = document.querySelector<HTMLElement>('.site-search')?.dataset.lexicon ?? '/search/lexicon.json';
  lexicon ??= fetch(url).then((r) => r.json() as Promise<LexiconEntry[]>);
  return lexicon;
}
