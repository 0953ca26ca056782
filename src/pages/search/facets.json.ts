/** The search box's document and part filters, in reading order (src/search/facets.ts). */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { searchFacets } from '../../search/facets.ts';

export const GET: APIRoute = async () => {
  const { documents } = await getCorpus();
  return new Response(JSON.stringify(searchFacets(documents)));
};
