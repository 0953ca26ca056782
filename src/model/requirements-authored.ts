/**
 * Requirements an author marks by hand in a document's frontmatter, for what
 * the rules in requirements.ts cannot read: the exact words, the kind, and
 * what is known of the value and who it binds.
 *
 *   { quote: '全员轮训一遍', kind: 'count', who: '党员', amount: 1, unit: '遍' }
 */
import type { DocumentModel, Unit } from './types.ts';
import { ownText, type Requirement, type RequirementKind } from './requirements.ts';
import { unitsOf } from './walk.ts';

/** A requirement an author marks in the frontmatter when the rules cannot read it. */
export interface AuthoredRequirement {
  quote: string;
  kind: RequirementKind;
  who?: string | undefined;
  amount?: number | undefined;
  unit?: string | undefined;
}

/** Places authored requirements on the unit whose own text holds the quote (exactly once). */
export function placeAuthoredRequirements(doc: DocumentModel, inputs: readonly AuthoredRequirement[], fail: (quote: string, problem: string) => never): Requirement[] {
  const units = [...unitsOf(doc.parts)];
  return inputs.map((input, i) => {
    const holders = units.filter((u) => ownText(u).includes(input.quote));
    if (holders.length !== 1 || !holders[0]) fail(input.quote, holders.length === 0 ? `标注的要求“${input.quote}”在正文中找不到` : `标注的要求“${input.quote}”在 ${holders.length} 个条目中出现`);
    const unit = holders[0] as Unit;
    return {
      id: `${unit.id}:a${i + 1}`,
      unitId: unit.id,
      kind: input.kind,
      phrase: input.quote,
      match: input.quote,
      value: input.amount !== undefined ? { comparator: '=', amount: input.amount, unit: input.unit ?? '' } : null,
      who: input.who ?? null,
      whoFrom: input.who ? 'sentence' : null,
      target: null,
      quantified: input.amount !== undefined,
      unread: null,
      source: 'author',
    };
  });
}
