/**
 * The term lexicon (spellings, pinyin and preview cards), fetched once per
 * page and shared by the search box and the term previews. Its URL is on the
 * search box, so the offline package can point it elsewhere. A failed fetch
 * is not kept: the next call fetches again.
 */
import type { LexiconEntry } from '../search/lexicon.ts';
import { fetchJson } from './fetch-checked.ts';

let lexicon: Promise<LexiconEntry[]> | undefined;

export function loadLexicon(): Promise<LexiconEntry[]> {
  const url = document.querySelector<HTMLElement>('.site-search')?.dataset.lexicon ?? '/search/lexicon.json';
  // A failed load is forgotten, so that the next call tries again instead of failing for the page's lifetime.
  lexicon ??= fetchJson<LexiconEntry[]>(url).catch((error: unknown) => {
    lexicon = undefined;
    throw error;
  });
  return lexicon;
}
