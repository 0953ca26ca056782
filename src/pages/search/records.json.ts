/**
 * Build artefact: the search records, read by the search-index integration
 * after the build and removed from the output once indexed.
 */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { searchRecords } from '../../search/records.ts';
import { ui } from '../../i18n/zh-CN.ts';

export const GET: APIRoute = async () => {
  const { documents, glossary } = await getCorpus();
  return new Response(JSON.stringify(searchRecords(documents, glossary, import.meta.env.BASE_URL, ui.termsTitle)));
};
