/** `/<slug>/data.json`: the document as data, a view of the model. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import type { DocumentModel } from '../../model/types.ts';
import { exportDocument } from '../../views/export.ts';

export const getStaticPaths = (async () => {
  const { documents } = await getCorpus();
  return documents.map((doc) => ({ params: { doc: doc.meta.slug }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: DocumentModel }> = async ({ props, site }) => {
  const { glossary, history } = await getCorpus();
  const body = exportDocument(props.doc, glossary, site, import.meta.env.BASE_URL, history.get(props.doc.meta.slug));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
