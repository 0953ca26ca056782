/**
 * The build's warning about new 提法: quoted, 提法-shaped phrases in the
 * documents that the glossary does not have, each with a ready stub for
 * content/terms/. A warning only: a document may well use a phrase that is
 * not worth a glossary entry, and the build must not stop for it.
 */
import { documentTermCandidates, glossarySpellings } from '../model/term-candidates.ts';
import { termSlug, termStub } from '../model/term-stub.ts';
import type { Glossary } from '../model/glossary.ts';
import type { DocumentModel } from '../model/types.ts';

/** The warning text, or null when every 提法-shaped phrase is in the glossary. */
export function termCandidatesWarning(documents: readonly DocumentModel[], glossary: Glossary): string | null {
  const spellings = glossarySpellings(glossary);
  const slugs = new Set(glossary.terms.map((t) => t.slug));
  const seen = new Set<string>();
  const blocks: string[] = [];
  for (const doc of documents) {
    for (const candidate of documentTermCandidates(doc, spellings)) {
      if (seen.has(candidate.term)) continue;
      seen.add(candidate.term);
      const slug = termSlug(candidate.term, slugs);
      slugs.add(slug);
      const where = `${doc.file}${candidate.unitId ? `（${candidate.unitId}）` : ''}`;
      blocks.push(`“${candidate.term}”见 ${where}；如确是提法，新建 content/terms/${slug}.yaml：\n${termStub(candidate, slug).trimEnd().replace(/^/gmu, '    ')}`);
    }
  }
  if (blocks.length === 0) return null;
  return `[提法] 提示：正文中有 ${blocks.length} 个像提法的引语不在词表中（不影响构建）。\n${blocks.map((b) => `  ${b}`).join('\n')}`;
}
