/**
 * Reads a body's hierarchy from its numbering. Numbering is an order, not a
 * fixed depth: 一、 > （一） > 1. > （1）, and a document may skip a level
 * (一、 then 1.). A marker continues the open level written the same way, or
 * opens a level below the current unit; a unit's ID is its ordinal path.
 *
 *   一、总则 / 1.抓学习。 / 2.抓队伍。 / 二、保障
 *   → part 1, clauses 1-1 and 1-2 (the `1.` is the level below the parts), part 2
 *   第一章 总则 / 第一条 …… / （一）…… / 第二章 …… / 第二条 ……
 *   → chapter zhang-1, article 1, its item 1-1, chapter zhang-2, article 2
 *
 * Problems are reported, not thrown, and reading goes on, so one run finds
 * them all. A numbering problem declared in the frontmatter (`irregular`)
 * is accepted and kept for a 校注.
 */
import type { FileProblem } from '../model/errors.ts';
import type { DocumentStructure, MarkerStyle, TextRun, Unit, UnitId, UnitKind } from '../model/types.ts';
import type { Line } from './lines.ts';
import { isPlanStyle, lineMarker, PLAN_STYLES, unknownMarker, written, type LineMarker } from './markers.ts';
import { declareFix, htmlProblem, levelOrderIssue, sequenceIssue, unknownMarkerProblem, type SequenceIssue } from './problems.ts';
import { splitHeading, textRun } from './units.ts';

export interface IrregularDeclaration {
  /** The line of the content file whose numbering the original has irregular. */
  line: number;
  reason: string;
}

/** A numbering irregularity of the original, declared by the maintainer and shown as a 校注. */
export interface Irregularity {
  line: number;
  unitId: UnitId;
  /** What the original does: 原件“（一）”之后即是“（三）”. */
  noted: string;
  reason: string;
}

export interface Reporter {
  report: (problem: FileProblem) => void;
  /** The declaration for `line`, marked as used; undefined when none. */
  declared: (line: number) => IrregularDeclaration | undefined;
  irregular: (found: Irregularity) => void;
  /** Where each run starts in its line, for columns in later messages. */
  columns: WeakMap<TextRun, number>;
  /** How many frontmatter lines one more declaration adds (3 with its `irregular:` key, 2 when there is one). */
  declarationLines: number;
}

export interface StructureResult {
  structure: DocumentStructure;
  pageLevel: 1 | 2;
  preamble: TextRun[];
  parts: Unit[];
}

const PLAN_ROLES: readonly UnitKind[] = ['part', 'clause', 'section', 'subsection'];
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/u;

/** An article document opens with 第一章 or 第一条; anything else numbered is a plan. */
function structureOf(lines: readonly Line[]): DocumentStructure {
  for (const l of lines) {
    const m = lineMarker(l.text);
    if (!m || m.lookAlike) continue;
    return (m.style === 'chapter' || m.style === 'article') && m.number === 1 ? 'articles' : 'plan';
  }
  return 'plan';
}

export function readStructure(lines: readonly Line[], r: Reporter): StructureResult {
  const structure = structureOf(lines);
  const preamble: TextRun[] = [];
  const parts: Unit[] = [];
  const stack: Unit[] = [];
  /** 0 when the top plan level is written 一、 (parts), 1 when it is （一） or 1. (clauses). */
  let topShift: 0 | 1 | null = null;
  let lastArticle: Unit | null = null;
  let lastChapter: Unit | null = null;
  let lastChapterSection: Unit | null = null;

  const addText = (text: string, l: Line, column: number) => {
    const run = textRun(text, l.line);
    r.columns.set(run, column);
    const owner = stack.at(-1);
    if (owner) owner.content.push(run);
    else preamble.push(run);
  };

  /** Reports a sequence problem, or keeps it for a 校注 when the maintainer declared the original so. */
  const judge = (l: Line, issue: SequenceIssue, unit: Unit) => {
    const declaration = r.declared(l.line);
    if (declaration)
      r.irregular({
        line: l.line,
        unitId: unit.id,
        noted: issue.noted,
        reason: declaration.reason,
      });
    else
      r.report({
        line: l.line,
        column: l.column,
        ruleId: issue.ruleId,
        problem: issue.problem,
        fix: declareFix(l.line, issue.slip, r.declarationLines),
      });
  };
  const numbered = (u: Unit | null) => u && { written: u.marker, line: u.line, number: u.number };

  const open = (l: Line, m: LineMarker, parent: Unit | null, id: string, kind: UnitKind, ordinal: number): Unit => {
    const { end, title } = splitHeading(l.text, m.marker.length);
    const unit: Unit = {
      id: id as UnitId,
      kind,
      marker: m.marker,
      style: m.style,
      ordinal,
      number: m.number,
      depth: parent ? parent.depth + 1 : 1,
      title,
      heading: textRun(l.text.slice(0, end), l.line),
      content: [],
      text: '',
      line: l.line,
      parentId: parent?.id ?? null,
    };
    r.columns.set(unit.heading, l.column);
    if (parent) parent.content.push({ type: 'unit', unit });
    else parts.push(unit);
    stack.push(unit);
    if (end < l.text.length) addText(l.text.slice(end), l, l.column + end);
    return unit;
  };

  /** The number a later line of this style starts with, look-alikes aside: does the sequence go on there? */
  const nextNumber = (from: number, style: MarkerStyle): number | null => {
    for (const l of lines.slice(from + 1)) {
      const m = lineMarker(l.text);
      if (m && m.style === style && !m.lookAlike) return m.number;
    }
    return null;
  };

  const planKind = (parent: Unit | null, style: MarkerStyle): UnitKind => {
    if (structure === 'articles') return parent && isPlanStyle(parent.style) ? 'subsection' : 'section';
    topShift ??= style === 'dun' ? 0 : 1;
    const depth = parent ? parent.depth + 1 : 1;
    return PLAN_ROLES[Math.min(depth - 1 + topShift, PLAN_ROLES.length - 1)];
  };

  /** A plan marker: the next of an open level, the first of a new level below, or text that only looks like one. */
  const placePlan = (l: Line, i: number, m: LineMarker): boolean => {
    const at = stack.findLastIndex((u) => u.style === m.style);
    const previous = at === -1 ? null : stack[at];
    const parent = (at === -1 ? stack.at(-1) : stack[at - 1]) ?? null;
    // In an article document, plan numbering lives inside articles only.
    if (structure === 'articles' && !(parent && (parent.kind === 'article' || isPlanStyle(parent.style)))) return false;
    const expected = previous ? previous.number + 1 : 1;
    if (m.lookAlike) {
      const next = nextNumber(i, m.style);
      const supported = m.number === expected && (previous ? next !== m.number : next === 2);
      if (!supported) return false;
    }
    if (at !== -1) stack.length = at;
    const ordinal = previous ? Math.max(m.number, previous.ordinal + 1) : m.number;
    const unit = open(l, m, parent, parent ? `${parent.id}-${ordinal}` : String(ordinal), planKind(parent, m.style), ordinal);
    if (m.number !== expected) judge(l, sequenceIssue(m.marker, m.number, numbered(previous), written(m.style, expected)), unit);
    else if (!previous && parent && isPlanStyle(parent.style) && PLAN_STYLES.indexOf(m.style) < PLAN_STYLES.indexOf(parent.style)) {
      judge(l, levelOrderIssue(m.marker, parent.marker), unit);
    }
    return true;
  };

  /** 第X章 / 第X节 / 第X条: chapters and articles count through the whole document, sections within their chapter. */
  const placeArticleLevel = (l: Line, m: LineMarker): void => {
    const chapter = stack.find((u) => u.kind === 'chapter') ?? null;
    const container =
      m.style === 'chapter' ? null : m.style === 'chapter-section' ? chapter : (stack.findLast((u) => u.kind === 'chapter' || u.kind === 'chapter-section') ?? null);
    const previous = m.style === 'chapter' ? lastChapter : m.style === 'article' ? lastArticle : lastChapterSection;
    const expected = previous ? previous.number + 1 : 1;
    stack.length = container ? stack.indexOf(container) + 1 : 0;
    const ordinal = previous ? Math.max(m.number, previous.ordinal + 1) : m.number;
    const id = m.style === 'chapter' ? `zhang-${ordinal}` : m.style === 'chapter-section' ? `${chapter ? `${chapter.id}-` : ''}jie-${ordinal}` : String(ordinal);
    const unit = open(l, m, container, id, m.style as UnitKind, ordinal);
    if (m.number !== expected) judge(l, sequenceIssue(m.marker, m.number, numbered(previous), written(m.style, expected)), unit);
    if (m.style === 'chapter') [lastChapter, lastChapterSection] = [unit, null];
    else if (m.style === 'chapter-section') lastChapterSection = unit;
    else lastArticle = unit;
  };

  lines.forEach((l, i) => {
    const tag = HTML_TAG.exec(l.text);
    if (tag)
      r.report({
        line: l.line,
        column: l.column + tag.index,
        ...htmlProblem(tag[0]),
      });
    const m = lineMarker(l.text);
    if (m && isPlanStyle(m.style) && placePlan(l, i, m)) return;
    if (m && !isPlanStyle(m.style) && structure === 'articles') return placeArticleLevel(l, m);
    const unknown = m ? null : unknownMarker(l.text);
    if (unknown)
      r.report({
        line: l.line,
        column: l.column,
        ...unknownMarkerProblem(unknown),
      });
    addText(l.text, l, l.column);
  });

  const pageLevel = structure === 'articles' || topShift === 1 ? 1 : 2;
  return { structure, pageLevel, preamble, parts };
}
