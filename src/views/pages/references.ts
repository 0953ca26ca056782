/** `/references/`: every document the text cites, with the units citing it and their sentences. */
import { ui } from '../../i18n/zh-CN.ts';
import { citePlain } from '../../model/citation.ts';
import { referencePath, unitPath } from '../../model/ids.ts';
import { findUnit } from '../../model/walk.ts';
import { BELOW_BASE, type Corpus, type PageHead } from './page.ts';

export interface ReferencesPage {
  head: PageHead;
  entries: Array<{
    /** The entry's anchor: `/references/#<key>`. */
    key: string;
    /** 《title》, or the 文号 alone when the text gives no title. */
    heading: string;
    /** 文号：… (or that the text gives none). */
    number: string;
    citing: Array<{ href: string; place: string; sentence: string }>;
  }>;
}

export function referencesPage(corpus: Pick<Corpus, 'documents'>, base: string): ReferencesPage {
  return {
    head: { title: ui.referencesTitle, description: ui.referencesIntro, canonical: referencePath(BELOW_BASE), pageType: 'references' },
    entries: corpus.documents.flatMap((doc) =>
      doc.references.map((ref) => ({
        key: ref.key,
        heading: ref.title ? ui.bookTitle(ref.title) : (ref.number ?? ''),
        number: ui.field(ui.refNumber, ref.number ?? ui.refNoNumber),
        citing: ref.citedBy.map((c) => {
          const unit = findUnit(doc, c.unitId);
          return { href: unitPath(base, doc.meta.slug, c.unitId), place: unit ? citePlain(doc, unit) : c.unitId, sentence: c.sentence };
        }),
      })),
    ),
  };
}
