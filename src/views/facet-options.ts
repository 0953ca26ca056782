/**
 * The document facets a list of documents offers as filters: 文种, 年份,
 * 发文单位, each with its values in order, and only when it tells the
 * documents apart (one value for all is no filter). Shared by the home page's
 * document filters and the requirements filters.
 */
import { ui } from '../i18n/zh-CN.ts';
import { byYear, type DocumentFacets } from '../model/document-facets.ts';

export type Facet = keyof DocumentFacets;

export interface FacetOption {
  facet: Facet;
  label: string;
  values: string[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** The distinct values of one facet, in the order a reader looks for them (years newest first). */
export function facetValues(docs: readonly DocumentFacets[], facet: Facet): string[] {
  return [...new Set(docs.map((d) => d[facet]))].sort(facet === 'year' ? byYear : byName);
}

export function facetOptions(docs: readonly DocumentFacets[]): FacetOption[] {
  const labels: Record<Facet, string> = { kind: ui.facetKind, year: ui.facetYear, issuer: ui.facetIssuer };
  return (['kind', 'year', 'issuer'] as const).map((facet) => ({ facet, label: labels[facet], values: facetValues(docs, facet) })).filter((f) => f.values.length > 1);
}
