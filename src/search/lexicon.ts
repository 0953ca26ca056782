/**
 * The query lexicon: every term's spellings and pinyin keys, normalised, so
 * the browser can read `szyd`, `三名工程` or `党政同责一岗双责` as the term
 * they name. Small (a few KB), loaded with the search UI.
 */
import type { Glossary } from '../model/glossary.ts';
import { normalizeForSearch } from './normalize.ts';
import { pinyinKeys } from './pinyin.ts';

export interface LexiconEntry {
  slug: string;
  term: string;
  /** Normalised spellings: the name and aliases. */
  spellings: string[];
  /** Pinyin keys: full and initials. */
  pinyin: string[];
  url: string;
}

export function buildLexicon(glossary: Glossary, termUrl: (slug: string) => string): LexiconEntry[] {
  return glossary.terms.map((t) => ({
    slug: t.slug,
    term: t.term,
    spellings: [...new Set([t.term, ...t.aliases].map(normalizeForSearch))],
    pinyin: pinyinKeys(t.term),
    url: termUrl(t.slug),
  }));
}
