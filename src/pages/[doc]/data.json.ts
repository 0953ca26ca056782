import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { exportDocument } from '../../views/export.ts';

export const getStaticPaths = (async () => {
  const { documents } = await getCorpus();
  return documents.map((doc) => ({ params: { doc: doc.meta.slug }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { glossary } = await getCorpus();
  const body = exportDocument((props as { doc: Parameters<typeof exportDocument>[0] }).doc, glossary, site, import.meta.env.BASE_URL);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
