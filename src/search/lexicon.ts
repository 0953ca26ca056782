/**
 * The term lexicon: every term's spellings and pinyin keys, normalised, so
 * the browser can read `szyd`, `三名工程` or `党政同责一岗双责` as the term
 * they name, and what its preview card shows. Small (a few KB), fetched on
 * first use by the search box and the term previews.
 */
import type { Glossary } from '../model/glossary.ts';
import { normalizeForSearch } from './normalize.ts';
import { pinyinKeys } from './pinyin.ts';
import { basisLabel } from '../render/term-card.ts';

export interface LexiconEntry {
  slug: string;
  term: string;
  category: string;
  /** What a preview card shows; no definition means 原文未释义. */
  definition?: string;
  expansion?: string[];
  /** The basis in words: 释义依据：本文件原文 … */
  basis?: string;
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
    category: t.category,
    ...(t.definition ? { definition: t.definition } : {}),
    ...(t.expansion ? { expansion: t.expansion } : {}),
    ...(t.basis.kind !== 'undefined' ? { basis: basisLabel(t) } : {}),
    spellings: [...new Set([t.term, ...t.aliases].map(normalizeForSearch))],
    pinyin: pinyinKeys(t.term),
    url: termUrl(t.slug),
  }));
}
