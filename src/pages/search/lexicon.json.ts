/** The query lexicon (term spellings and pinyin) the search box reads queries with. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { termPath } from '../../model/ids.ts';
import { buildLexicon } from '../../search/lexicon.ts';

export const GET: APIRoute = async () => {
  const { glossary } = await getCorpus();
  const base = import.meta.env.BASE_URL;
  return new Response(JSON.stringify(buildLexicon(glossary, (slug) => termPath(base, slug))));
};
