/**
 * Documents the text cites: every 《title》, with the document number (文号)
 * when one follows it, and bare 文号 without a title. Each becomes a
 * reference with the units citing it; the citing characters get a mark that
 * links to the reference's entry.
 *
 *   '按照《关于开展党员组织关系集中排查的通知》昌市党组【2016】15号,加强…'
 *   → { title: '关于开展党员组织关系集中排查的通知', number: '昌市党组【2016】15号', citedBy: [1-6-1] }
 */
import type { Citing, DocumentModel, Reference } from './types.ts';

export type { Citing, Reference };
import { runsInOrder } from './walk.ts';
import { fnv1a } from './hash.ts';
import { sentenceAround } from './sentences.ts';


const NUMBER = '[\\p{Script=Han}]{1,12}[【〔\\[（(]\\d{4}[】〕\\]）)]\\d+号';
/** A title, optionally followed by its number; or a number on its own. */
const CITATION = new RegExp(`《([^《》\\n]{2,80})》(?:\\s*[（(]?(${NUMBER})[）)]?)?|(${NUMBER})`, 'gu');

const LEADING_VERB = /^(?:按照|根据|依据|依照|参照|对照|落实|执行|贯彻|转发|印发)/u;

/** A reference's anchor key from its title (or number): stable as other references come and go. */
export function referenceKey(s: string): string {
  return `r-${fnv1a(s)}`;
}

/** Finds the references of a document and marks their citing characters. */
export function extractReferences(doc: DocumentModel): Reference[] {
  const byKey = new Map<string, Reference>();
  for (const { run, unit } of runsInOrder(doc)) {
    if (!unit) continue;
    for (const m of run.text.matchAll(CITATION)) {
      // A bare number's issuer is a run of Han characters, which may swallow the verb before it (按照市教发…).
      const lead = m[3] ? (LEADING_VERB.exec(m[3])?.[0].length ?? 0) : 0;
      const start = m.index + lead;
      const title = m[1] ?? null;
      const number = m[2] ?? m[3]?.slice(lead) ?? null;
      const key = referenceKey(title ?? number ?? m[0].slice(lead));
      const ref = byKey.get(key) ?? { key, title, number, citedBy: [] };
      ref.number ??= number;
      ref.citedBy.push({ unitId: unit.id, sentence: sentenceAround(run.text, start, m.index + m[0].length).sentence });
      byKey.set(key, ref);
      run.marks.push({ kind: 'reference', start, end: m.index + m[0].length, target: key });
    }
  }
  return [...byKey.values()];
}
