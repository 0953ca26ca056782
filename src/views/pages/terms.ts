/**
 * `/terms/` and `/terms/<slug>/`: the glossary of 提法, grouped by category,
 * and one term with its definition (the basis said plainly), expansion, every
 * occurrence in the text, and related terms.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { citePlain } from '../../model/citation.ts';
import type { Term } from '../../model/glossary.ts';
import { sitePagePath, termPath, unitPath } from '../../model/ids.ts';
import { TERM_CATEGORIES } from '../../model/term-categories.ts';
import { findUnit } from '../../model/walk.ts';
import { basisLabel } from '../../render/term-card.ts';
import { BELOW_BASE, type Corpus, type Link, type PageHead, type Route } from './page.ts';

export interface GlossaryPage {
  head: PageHead;
  /** The introduction with the number of terms. */
  intro: string;
  /** Categories in their fixed order, only those with terms; `id` is the section's anchor. */
  categories: Array<{
    id: string;
    name: string;
    /** 组织制度（5）: the category's entry in the contents. */
    label: string;
    terms: Array<{ href: string; term: string; occurrences: string; definition: string; undefined: boolean }>;
  }>;
}

export function glossaryPage(corpus: Pick<Corpus, 'documents' | 'glossary'>, base: string): GlossaryPage {
  const { glossary, documents } = corpus;
  const counts = new Map<string, number>();
  for (const o of documents.flatMap((d) => d.terms)) counts.set(o.slug, (counts.get(o.slug) ?? 0) + 1);
  const groups = TERM_CATEGORIES.map((name) => ({
    name,
    terms: glossary.terms.filter((t) => t.category === name).sort((a, b) => a.term.localeCompare(b.term, 'zh-CN')),
  })).filter((g) => g.terms.length > 0);
  return {
    head: { title: ui.termsTitle, description: ui.termsIntro, canonical: termPath(BELOW_BASE), pageType: 'terms' },
    intro: ui.termsIntroWithCount(glossary.terms.length),
    categories: groups.map((g, i) => ({
      id: `category-${i + 1}`,
      name: g.name,
      label: ui.termCategoryCount(g.name, g.terms.length),
      terms: g.terms.map((t) => ({
        href: termPath(base, t.slug),
        term: t.term,
        occurrences: ui.termOccurrences(counts.get(t.slug) ?? 0),
        definition: t.definition ?? ui.basisUndefined,
        undefined: !t.definition,
      })),
    })),
  };
}

export function termRoutes(corpus: Pick<Corpus, 'glossary'>): Array<Route<{ slug: string }, { term: Term }>> {
  return corpus.glossary.terms.map((term) => ({ params: { slug: term.slug }, props: { term } }));
}

/** Where the meaning comes from: a unit of a document on this site (linked, with the defining words), or a public source. */
export type TermBasis = { kind: 'document'; lead: string; link: Link; quote: string } | { kind: 'public'; label: string } | null;

export interface TermPage {
  head: PageHead;
  breadcrumb: Link[];
  term: Term;
  /** The category, and the other spellings when there are any. */
  meta: string;
  basis: TermBasis;
  occurrencesHeading: string;
  /** Each place the term occurs, with its sentence split around the term. */
  occurrences: Array<{ href: string; place: string; before: string; match: string; after: string }>;
  related: Link[];
}

export function termPage(corpus: Pick<Corpus, 'documents' | 'glossary'>, term: Term, base: string): TermPage {
  const { documents, glossary } = corpus;
  const occurrences = documents.flatMap((doc) =>
    doc.terms
      .filter((o) => o.slug === term.slug)
      .map((o) => {
        const unit = findUnit(doc, o.unitId);
        return {
          href: unitPath(base, doc.meta.slug, o.unitId),
          place: unit ? citePlain(doc, unit) : o.unitId,
          before: o.sentence.slice(0, o.start),
          match: o.sentence.slice(o.start, o.end),
          after: o.sentence.slice(o.end),
        };
      }),
  );
  return {
    head: {
      title: ui.titleIn(term.term, ui.termsTitle),
      description: ui.termDescription(term.term, term.definition, occurrences.length),
      canonical: termPath(BELOW_BASE, term.slug),
      pageType: 'term',
    },
    breadcrumb: [
      { href: sitePagePath(base, 'home'), label: ui.home },
      { href: termPath(base), label: ui.termsTitle },
      { href: '#main', label: term.term },
    ],
    term,
    meta: ui.termMeta(term.category, term.aliases),
    basis: termBasis(corpus, term, base),
    occurrencesHeading: ui.termOccurrences(occurrences.length),
    occurrences,
    related: term.related.flatMap((slug) => glossary.bySlug.get(slug) ?? []).map((r) => ({ href: termPath(base, r.slug), label: r.term })),
  };
}

function termBasis(corpus: Pick<Corpus, 'documents'>, term: Term, base: string): TermBasis {
  const { basis } = term;
  if (basis.kind === 'public') return { kind: 'public', label: basisLabel(term) };
  if (basis.kind !== 'document') return null;
  const doc = corpus.documents.find((d) => d.meta.slug === basis.document);
  const unit = doc && findUnit(doc, basis.unit);
  if (!doc || !unit) return null;
  return { kind: 'document', lead: ui.basisDocumentAt(''), link: { href: unitPath(base, doc.meta.slug, unit.id), label: citePlain(doc, unit) }, quote: ui.basisQuote(basis.quote) };
}
