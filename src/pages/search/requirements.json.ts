/**
 * Every requirement as records (src/views/requirement-records.ts): what the
 * filters of /requirements/ search when the corpus is too large for one table.
 */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { recordsToJson, requirementRecords } from '../../views/requirement-records.ts';

export const GET: APIRoute = async ({ site }) => {
  const { documents } = await getCorpus();
  return new Response(recordsToJson(requirementRecords(documents, import.meta.env.BASE_URL, site)));
};
