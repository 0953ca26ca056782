/**
 * The document as data (`/<slug>/data.json`): a view of the model for other
 * tools. Units carry their ID, number as written, title, exact text and URLs.
 */
import { canonicalUnitPath, publicUrl, referencePath, termPath, unitPath } from '../model/ids.ts';
import type { DocumentModel, Unit } from '../model/types.ts';
import type { Glossary } from '../model/glossary.ts';
import { withEdition } from '../model/editions.ts';
import { historyOfUnit, type CorrectionNote, type DocumentHistory } from '../model/unit-history.ts';

export interface ExportedUnit {
  id: string;
  kind: Unit['kind'];
  /** The number as written (`（六）`, `1.`, `第六条`). */
  number: string;
  /** How it is written: `dun` 一、, `paren-cn` （一）, `dot` 1., `paren-digit` （1）, `enumeration`, `chapter`, `chapter-section`, `article`. */
  style: Unit['style'];
  /** 1 for the top level. */
  depth: number;
  ordinal: number;
  title: string;
  text: string;
  /** Canonical URL: the clause page (with anchor below clause level), or the part's anchor. */
  url: string;
  /** The unit's anchor in the whole document. */
  documentUrl: string;
  line: number;
  /** 勘误 made to this unit: date, reason and the wording before. */
  corrections: Omit<CorrectionNote, 'unitId'>[];
  children: ExportedUnit[];
}

export function exportDocument(doc: DocumentModel, glossary: Glossary, site: URL | undefined, base: string, history?: DocumentHistory) {
  const abs = (path: string) => publicUrl(site, path);
  const edition = history?.edition ?? null;
  const unit = (u: Unit): ExportedUnit => ({
    id: u.id,
    kind: u.kind,
    number: u.marker,
    style: u.style,
    depth: u.depth,
    ordinal: u.ordinal,
    title: u.title,
    text: u.text,
    url: abs(withEdition(canonicalUnitPath(base, doc.meta.slug, u.id, doc.pageLevel), edition)),
    documentUrl: abs(withEdition(unitPath(base, doc.meta.slug, u.id), edition)),
    line: u.line,
    corrections: history ? historyOfUnit(history, u.id).corrections.map(({ unitId: _id, ...c }) => c) : [],
    children: u.content.flatMap((c) => (c.type === 'unit' ? [unit(c.unit)] : [])),
  });
  return {
    schema: 'gongzuo-yaodian/document@1',
    slug: doc.meta.slug,
    meta: doc.meta,
    /** `plan` (一、/（一）/1./（1）) or `articles` (第一章/第一条). */
    structure: doc.structure,
    /** The issuing date shown, and whether it comes from the frontmatter or the 落款. */
    issued: doc.issued,
    addressee: doc.addressee?.text ?? null,
    /** Links copied from a renumbered document carry this edition (`?v=`); null when never renumbered. */
    edition,
    renumberings: history?.renumberings ?? [],
    notices: history?.notices ?? [],
    preamble: doc.preamble.map((r) => r.text),
    attachments: doc.attachments.map((a) => a.text),
    signature: doc.signature && { issuers: doc.signature.issuers, date: doc.signature.date, isoDate: doc.signature.isoDate },
    closing: doc.closing.map((c) => c.text),
    parts: doc.parts.map(unit),
    notes: doc.notes,
    requirements: doc.requirements.map((r) => ({ ...r, url: abs(unitPath(base, doc.meta.slug, r.unitId)) })),
    references: doc.references.map((r) => ({ ...r, url: abs(referencePath(base, r.key)) })),
    terms: [...new Set(doc.terms.map((o) => o.slug))].flatMap((slug) => {
      const term = glossary.bySlug.get(slug);
      if (!term) return [];
      const { file: _file, ...entry } = term;
      return [
        {
          ...entry,
          url: abs(termPath(base, slug)),
          occurrences: doc.terms
            .filter((o) => o.slug === slug)
            .map((o) => ({ unit: o.unitId, text: o.text, sentence: o.sentence, linked: o.linked, url: abs(unitPath(base, doc.meta.slug, o.unitId)) })),
        },
      ];
    }),
  };
}
