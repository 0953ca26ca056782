/**
 * What the import tells the maintainer after the check: how the document
 * reads (parts, clauses, items, attachments, requirements, linked terms) and
 * the new 提法 it holds, each as a ready glossary file.
 */
import { basename } from 'node:path';
import { documentTermCandidates, findTermCandidates, glossarySpellings, type PlacedCandidate } from '../model/term-candidates.ts';
import { termSlug, termStub } from '../model/term-stub.ts';
import type { UnitKind } from '../model/types.ts';
import { allUnits } from '../model/walk.ts';
import type { CheckOutcome } from './content-check.ts';

export interface Summary {
  parts: number;
  clauses: number;
  items: number;
  attachments: number;
  requirements: number;
  termsLinked: number;
}

export interface TermStub {
  term: string;
  /** Where to save it: `content/terms/<slug>.yaml`. */
  file: string;
  yaml: string;
}

/** The counts, when the document's model could be built. */
export function summarise(check: CheckOutcome): Summary | null {
  if (!check.model) return null;
  const units = allUnits(check.model);
  const count = (...kinds: UnitKind[]): number => units.filter((u) => kinds.includes(u.kind)).length;
  return {
    // An article document's chapters and articles count as its parts and clauses.
    parts: count('part', 'chapter'),
    clauses: count('clause', 'article'),
    items: count('section', 'subsection', 'item'),
    attachments: check.model.attachments.length,
    requirements: check.model.requirements.length,
    termsLinked: new Set(check.model.terms.map((t) => t.slug)).size,
  };
}

/** A stub for each new 提法; from the raw lines (so with no unit to cite) when the model did not build. */
export function termStubs(check: CheckOutcome, body: readonly string[], slug: string): TermStub[] {
  const spellings = check.glossary ? glossarySpellings(check.glossary) : [];
  const placed: PlacedCandidate[] = check.model
    ? documentTermCandidates(check.model, spellings)
    : findTermCandidates(body.join('\n'), spellings).map((c) => ({ ...c, document: slug, unitId: null }));
  const taken = new Set(check.glossary?.terms.map((t) => t.slug) ?? []);
  return placed.map((c) => {
    const file = `content/terms/${termSlug(c.term, taken)}.yaml`;
    const stubSlug = basename(file, '.yaml');
    taken.add(stubSlug);
    return { term: c.term, file, yaml: termStub(c, stubSlug) };
  });
}
