/**
 * Places editor's notes (校注) on the text: each note names the exact
 * characters it is about, which must occur once in the body. The note becomes
 * a mark on that run; the characters themselves are never touched. A
 * numbering irregularity the maintainer declared becomes a note on the
 * unit's marker.
 *
 *   { quote: '述职评议工作工作', note: '“工作”重复，疑为衍文。' }
 *   → the run holding it gets { kind: 'note', start, end, target: '1' }
 *   irregularity { unitId: '1-3', noted: '原件“(一)”之后即是“(三)”', reason: '原件如此' }
 *   → a note on “(三)”: 原件“(一)”之后即是“(三)”，编号未作改动。原件如此
 */
import { ContentError } from './errors.ts';
import type { DocumentModel, EditorNote, UnitId } from './types.ts';
import { findUnit, runsInOrder } from './walk.ts';

export interface NoteInput {
  quote: string;
  note: string;
}

/** A numbering irregularity of the original, as the body reader found and the maintainer declared it. */
export interface IrregularNote {
  unitId: UnitId;
  noted: string;
  reason: string;
}

export function placeNotes(doc: DocumentModel, inputs: readonly NoteInput[], lineOf: (needle: string) => number | undefined, irregular: readonly IrregularNote[] = []): EditorNote[] {
  const order = new Map([...runsInOrder(doc)].map(({ run }, i) => [run, i]));
  const numbering = irregular.flatMap((i) => {
    const unit = findUnit(doc, i.unitId);
    if (!unit) return [];
    const note = `${i.noted}，编号未作改动。${i.reason}`;
    return [{ input: { quote: unit.marker, note }, run: unit.heading, unit, at: 0, order: order.get(unit.heading) ?? 0 }];
  });
  const quoted = inputs.map((input) => {
    const hits = [...runsInOrder(doc)].flatMap(({ run, unit }, order) => {
      const at = run.text.indexOf(input.quote);
      if (at === -1) return [];
      const again = run.text.indexOf(input.quote, at + 1);
      return again === -1 ? [{ run, unit, at, order }] : [{ run, unit, at, order }, { run, unit, at: again, order }];
    });
    if (hits.length !== 1 || !hits[0].unit) {
      throw new ContentError({
        file: doc.file,
        line: lineOf(input.quote),
        ruleId: 'notes/quote',
        problem: hits.length === 0 ? `校注所指文字“${input.quote}”在正文中找不到` : `校注所指文字“${input.quote}”在正文中出现 ${hits.length} 次，无法确定位置`,
        fix: hits.length === 0 ? '按正文原字符填写 quote（含标点），不要改正文' : '把 quote 写长一些，带上前后的字，使它在正文中只出现一次',
      });
    }
    return { input, ...hits[0], unit: hits[0].unit };
  });
  const found = [...quoted, ...numbering].sort((a, b) => a.order - b.order || a.at - b.at);
  return found.map(({ input, run, unit, at }, i) => {
    const number = i + 1;
    run.marks.push({ kind: 'note', start: at, end: at + input.quote.length, target: String(number) });
    return { number, quote: input.quote, note: input.note, unitId: unit.id };
  });
}
