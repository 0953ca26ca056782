/**
 * `/requirements/` and `/requirements/<slug>/`: what each renders, from the
 * requirement records (views/requirement-records.ts). With few requirements
 * /requirements/ is one table; with more than one page can hold it lists the
 * documents, grouped by kind and newest first, and its filters search every
 * document's rows from data. Each document has its own page whenever there
 * is more than one.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { byYear } from '../../model/document-facets.ts';
import { documentPath, requirementsPath, sitePagePath } from '../../model/ids.ts';
import { filterOptions, hasDocumentRequirementPages, requirementRecords, requirementsOnOnePage, type FilterOptions } from '../requirement-records.ts';
import type { RequirementDocument, RequirementRecord, RequirementRecords } from '../requirement-record.ts';
import { BELOW_BASE, type Corpus, type Link, type PageHead, type Route, type SiteContext } from './page.ts';

export interface RequirementsPage {
  head: PageHead;
  records: RequirementRecords;
  options: FilterOptions;
  /** One table of every requirement, or (false) the list of documents with filters over data. */
  onePage: boolean;
  /** Whether each document's heading links to its own requirements page. */
  headLinks: boolean;
  /** Where the filters over many documents fetch every requirement from. */
  recordsUrl: string;
  /** The documents by kind, newest first, each linking to its requirements page. */
  groups: Array<{ kind: string; docs: Array<RequirementDocument & { href: string }> }>;
}

export function requirementsPage(corpus: Pick<Corpus, 'documents'>, { base, site }: SiteContext): RequirementsPage {
  const records = requirementRecords(corpus.documents, base, site);
  const options = filterOptions(records.docs, records.rows);
  const listed = [...records.docs].sort((a, b) => byYear(a.year, b.year) || a.title.localeCompare(b.title, 'zh-CN'));
  return {
    head: { title: ui.requirementsTitle, description: ui.requirementsIntro, canonical: requirementsPath(BELOW_BASE), pageType: 'requirements' },
    records,
    options,
    onePage: requirementsOnOnePage(records),
    headLinks: hasDocumentRequirementPages(records),
    recordsUrl: sitePagePath(base, 'requirementRecords'),
    groups: options.docKinds.map((kind) => ({ kind, docs: listed.filter((d) => d.kind === kind).map((d) => ({ ...d, href: requirementsPath(base, d.slug) })) })),
  };
}

export interface DocumentRequirementsPage {
  head: PageHead;
  records: RequirementRecords;
  doc: RequirementDocument;
  rows: RequirementRecord[];
  options: FilterOptions;
  breadcrumb: Link[];
  documentHref: string;
}

/** One route per document whenever there is more than one (a single document's are /requirements/ itself). */
export function documentRequirementsRoutes(corpus: Pick<Corpus, 'documents'>, base: string): Array<Route<{ doc: string }, { index: number }>> {
  const records = requirementRecords(corpus.documents, base, undefined);
  if (!hasDocumentRequirementPages(records)) return [];
  return records.docs.map((doc, index) => ({ params: { doc: doc.slug }, props: { index } }));
}

export function documentRequirementsPage(corpus: Pick<Corpus, 'documents'>, { base, site }: SiteContext, index: number): DocumentRequirementsPage {
  const records = requirementRecords(corpus.documents, base, site);
  const doc = records.docs[index];
  if (!doc) throw new Error(`no document at index ${index}`);
  const rows = records.rows.filter((r) => r.doc === index);
  const title = ui.requirementsOfDocument(doc.title);
  return {
    head: { title, description: ui.requirementsIntro, canonical: requirementsPath(BELOW_BASE, doc.slug), pageType: 'requirements' },
    records,
    doc,
    rows,
    options: filterOptions([doc], rows),
    breadcrumb: [
      { href: base, label: ui.home },
      { href: requirementsPath(base), label: ui.requirementsTitle },
      { href: requirementsPath(base, doc.slug), label: doc.title },
    ],
    documentHref: documentPath(base, doc.slug),
  };
}
