/**
 * Turns the enumerations in each unit's own text into item units (see
 * enumerations.ts for what counts as one). Runs after the numbered outline
 * is complete: a unit with numbered sub-units keeps its enumerations as text,
 * since their IDs would collide with those sub-units'.
 *
 *   (六)抓好党员管理。…一是做好转接。…二是执行制度。
 *   → (六) content: [run '…', item 1-6-1 '一是做好转接。…', item 1-6-2 '二是执行制度。']
 */
import type { TextRun, Unit, UnitId } from '../model/types.ts';
import { candidates, startsList, writtenItem, type Candidate } from './enumerations.ts';
import type { Reporter } from './outline.ts';
import { declareFix, sequenceIssue } from './problems.ts';
import { childUnits, splitHeading, textRun } from './units.ts';

interface Found extends Candidate {
  run: TextRun;
}

export function splitItems(units: readonly Unit[], r: Reporter): void {
  for (const unit of units) {
    const children = childUnits(unit);
    if (children.length === 0) splitUnit(unit, r);
    else splitItems(children, r);
  }
}

/** The markers of `unit`'s own text that are items, checked in order. */
function acceptedMarkers(unit: Unit, r: Reporter): Found[] {
  const runs = unit.content.flatMap((c) => (c.type === 'text' ? [c] : []));
  const all = runs.flatMap((run) => candidates(run.text).map((c) => ({ ...c, run })));
  const accepted: Found[] = [];
  let active: Found | null = null;
  all.forEach((c, i) => {
    if (active && c.form === active.form && c.number !== 1 && c.atBoundary) {
      const expected = active.number + 1;
      if (c.number !== expected) {
        const line = c.run.line;
        const column = (r.columns.get(c.run) ?? 1) + c.index;
        const issue = sequenceIssue(
          c.marker,
          c.number,
          {
            written: active.marker,
            line: active.run.line,
            number: active.number,
          },
          writtenItem(expected, c.form),
          `（“${unit.marker}”内）`,
          '列举',
        );
        const declaration = r.declared(line);
        if (declaration)
          r.irregular({
            line,
            unitId: `${unit.id}-${accepted.length + 1}` as UnitId,
            noted: issue.noted,
            reason: declaration.reason,
          });
        else
          r.report({
            line,
            column,
            ruleId: issue.ruleId,
            problem: issue.problem,
            fix: declareFix(line, issue.slip, r.declarationLines),
          });
      }
      accepted.push(c);
      active = c;
    } else if (startsList(all, i)) {
      accepted.push(c);
      active = c;
    }
  });
  return accepted;
}

function splitUnit(unit: Unit, r: Reporter): void {
  const accepted = acceptedMarkers(unit, r);
  if (accepted.length === 0) return;
  let seq = 0;
  unit.content = unit.content.flatMap((piece) => {
    if (piece.type !== 'text') return [piece];
    const here = accepted.filter((c) => c.run === piece);
    if (here.length === 0) return [piece];
    const column = r.columns.get(piece) ?? 1;
    const out: Unit['content'] = [];
    if (here[0].index > 0) out.push(textRun(piece.text.slice(0, here[0].index), piece.line));
    here.forEach((c, k) => {
      const text = piece.text.slice(c.index, here[k + 1]?.index ?? piece.text.length);
      const { end, title } = splitHeading(text, c.marker.length, false);
      seq += 1;
      const item: Unit = {
        id: `${unit.id}-${seq}` as UnitId,
        kind: 'item',
        marker: c.marker,
        style: 'enumeration',
        ordinal: seq,
        number: c.number,
        depth: unit.depth + 1,
        title,
        heading: textRun(text.slice(0, end), piece.line),
        content: end < text.length ? [textRun(text.slice(end), piece.line)] : [],
        text: '',
        line: piece.line,
        parentId: unit.id,
      };
      r.columns.set(item.heading, column + c.index);
      out.push({ type: 'unit', unit: item });
    });
    return out;
  });
}
