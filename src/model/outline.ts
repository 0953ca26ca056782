/**
 * Infers a document's hierarchy from its GB/T 9704 numbering.
 *
 *   一、总则                     → part 1
 *   (一)抓好学习。每月2次。一是…二是…  → clause 1-1 "抓好学习", items 1-1-1, 1-1-2
 *   1.细则。                     → section 1-1-1 (a level deeper than 1-1)
 *
 * Numbers are checked as they come: a gap, a duplicate, a number out of order,
 * a skipped level or an unknown marker is a ContentError naming the line and
 * the fix. Nothing here reads files; blocks come in, units go out.
 */
import type { Block, BlockContext } from '../markdown/blocks.ts';
import { ContentError } from './errors.ts';
import { unitId } from './ids.ts';
import { CHINESE_NUMERAL_CHARS as CN, parseChineseNumeral, toChineseNumeral } from './numerals.ts';
import type { TextRun, Unit, UnitKind } from './types.ts';

interface Level {
  kind: Exclude<UnitKind, 'item'>;
  depth: number;
  pattern: RegExp;
  value: (digits: string) => number | null;
  /** How the number is written, for messages. */
  written: (n: number) => string;
}

const LEVELS: readonly Level[] = [
  { kind: 'part', depth: 1, pattern: new RegExp(`^([${CN}]+)、`, 'u'), value: parseChineseNumeral, written: (n) => `${toChineseNumeral(n)}、` },
  { kind: 'clause', depth: 2, pattern: new RegExp(`^[（(]([${CN}]+)[）)]`, 'u'), value: parseChineseNumeral, written: (n) => `（${toChineseNumeral(n)}）` },
  { kind: 'section', depth: 3, pattern: /^(\d{1,2})[.．](?!\d)/u, value: Number, written: (n) => `${n}.` },
  { kind: 'subsection', depth: 4, pattern: /^[（(](\d{1,2})[）)]/u, value: Number, written: (n) => `（${n}）` },
];

/** Line starts that look like numbering but follow no GB/T 9704 level. */
const UNKNOWN_MARKERS: readonly RegExp[] = [
  new RegExp(`^[${CN}]+[.．，,:：](?!\\d)`, 'u'),
  /^[①-⑳⑴-⒇⒈-⒛]/u,
  /^\d{1,2}[、，,)）](?!\d)/u,
  /^[（(][a-zA-Zａ-ｚＡ-Ｚ][）)]/u,
];

/** `一是` … at the start of a text or after a sentence or clause boundary. */
const ITEM_MARKER = new RegExp(`(?<=^|[。；;：:，,！？\\s])([${CN}]+)是`, 'gu');

export interface Outline {
  preamble: TextRun[];
  parts: Unit[];
}

export function buildOutline(blocks: readonly Block[], ctx: BlockContext): Outline {
  const preamble: TextRun[] = [];
  const parts: Unit[] = [];
  const stack: Unit[] = [];
  const fail = (line: number, problem: string, fix: string): never => {
    throw new ContentError({ file: ctx.file, line, problem, fix });
  };

  for (const block of blocks) {
    const level = LEVELS.find((l) => l.pattern.test(block.text));
    if (!level) {
      const suspect = UNKNOWN_MARKERS.find((re) => re.test(block.text));
      if (suspect) {
        const marker = suspect.exec(block.text)?.[0] ?? '';
        fail(block.line, `无法识别的编号“${marker}”`, '按 GB/T 9704 使用“一、”“（一）”“1.”“（1）”四级编号；若这不是编号，请与上一段合并或改写行首');
      }
      const run = textRun(block.text, block.line);
      const owner = stack.at(-1);
      if (owner) appendText(owner, run, fail);
      else preamble.push(run);
      continue;
    }

    const match = level.pattern.exec(block.text);
    const digits = match?.[1] ?? '';
    const marker = match?.[0] ?? '';
    const ordinal = level.value(digits);
    if (ordinal === null || !Number.isInteger(ordinal) || ordinal < 1) {
      fail(block.line, `编号“${marker}”不是有效的序号`, '序号从一（或 1）开始，用“一、二、……十一、”或阿拉伯数字书写');
    }
    const n = ordinal as number;

    if (level.depth > stack.length + 1) {
      const above = stack.at(-1);
      const missing = LEVELS[stack.length];
      fail(
        block.line,
        above
          ? `层级跳级：“${marker}”直接出现在“${above.marker}”之下，缺少“${missing.written(1)}”一级`
          : `层级跳级：文档的第一个编号“${marker}”不是最高一级“${LEVELS[0].written(1)}”`,
        `GB/T 9704 的层级依次为“一、”“（一）”“1.”“（1）”，不可跳级；请补上“${missing.written(1)}”一级，或改用“${missing.written(1)}”式编号`,
      );
    }
    stack.length = level.depth - 1;
    const parent = stack.at(-1) ?? null;
    const siblings = parent ? childUnits(parent).filter((u) => u.kind === level.kind) : parts;
    const previous = siblings.at(-1);
    const expected = previous ? previous.ordinal + 1 : 1;
    if (n !== expected) {
      const here = level.written(n);
      const want = level.written(expected);
      if (previous && n === previous.ordinal) {
        fail(block.line, `编号重复：“${here}”已在第 ${previous.line} 行出现`, `把这一行的编号改为“${want}”，并顺次调整其后的编号`);
      } else if (previous && n < previous.ordinal) {
        fail(block.line, `编号顺序颠倒：“${level.written(previous.ordinal)}”（第 ${previous.line} 行）之后是“${here}”`, `按顺序排列，这里应为“${want}”`);
      } else {
        fail(
          block.line,
          previous ? `编号跳号：“${level.written(previous.ordinal)}”（第 ${previous.line} 行）之后是“${here}”，缺少“${want}”` : `编号跳号：这一级的第一个编号是“${here}”，应从“${want}”开始`,
          `补上缺少的“${want}”条，或把“${here}”改为“${want}”并顺次调整其后的编号`,
        );
      }
    }
    if (parent && childUnits(parent).some((u) => u.kind === 'item')) {
      fail(block.line, `“${parent.marker}”内已有“一是…”列举，又出现下级编号“${marker}”，两者编号会冲突`, '同一条内只用一种分项方式：改用“1.”“2.”分段，或把列举并入正文');
    }

    const path = parent ? [...parent.id.split('-').map(Number), n] : [n];
    const unit = newUnit(level.kind, marker, n, unitId(path), parent, block.text, block.line);
    if (parent) parent.content.push({ type: 'unit', unit });
    else parts.push(unit);
    stack.push(unit);
    const rest = block.text.slice(unit.heading.text.length);
    if (rest) appendText(unit, textRun(rest, block.line), fail);
  }

  for (const part of parts) finishText(part);
  return { preamble, parts };
}

function textRun(text: string, line: number): TextRun {
  return { type: 'text', text, line, marks: [] };
}

function childUnits(unit: Unit): Unit[] {
  return unit.content.flatMap((c) => (c.type === 'unit' ? [c.unit] : []));
}

/** Splits a unit's heading (marker, title, first `。`) from the rest of its line. */
function newUnit(kind: UnitKind, marker: string, ordinal: number, id: Unit['id'], parent: Unit | null, text: string, line: number): Unit {
  const stop = text.indexOf('。', marker.length);
  const headingText = stop === -1 ? text : text.slice(0, stop + 1);
  const title = (stop === -1 ? text.slice(marker.length) : text.slice(marker.length, stop)).trim();
  return { id, kind, marker, ordinal, title, heading: textRun(headingText, line), content: [], text: '', line, parentId: parent?.id ?? null };
}

/** Adds a run of text to a unit, cutting out `一是…二是…` items as it goes. */
function appendText(owner: Unit, run: TextRun, fail: (line: number, problem: string, fix: string) => never): void {
  const starts = [...run.text.matchAll(ITEM_MARKER)].filter((m) => parseChineseNumeral(m[1]) !== null);
  if (starts.length === 0) {
    owner.content.push(run);
    return;
  }
  const items = childUnits(owner).filter((u) => u.kind === 'item');
  if (childUnits(owner).some((u) => u.kind !== 'item')) {
    fail(run.line, `“${owner.marker}”已有下级编号，这段文字里又出现“${starts[0][0]}”列举，两者编号会冲突`, '把这段列举移到所属的下级条目中，或改用下级编号');
  }
  if (starts[0].index > 0) owner.content.push(textRun(run.text.slice(0, starts[0].index), run.line));
  starts.forEach((m, i) => {
    const n = parseChineseNumeral(m[1]) as number;
    const previous = items.at(-1);
    const expected = previous ? previous.ordinal + 1 : 1;
    if (n !== expected) {
      const want = `${toChineseNumeral(expected)}是`;
      const problem =
        previous && n <= previous.ordinal
          ? `列举${n === previous.ordinal ? '重复' : '顺序颠倒'}：“${toChineseNumeral(previous.ordinal)}是”之后是“${m[0]}”`
          : `列举跳号：${previous ? `“${toChineseNumeral(previous.ordinal)}是”之后是` : '第一项是'}“${m[0]}”，缺少“${want}”`;
      fail(run.line, `${problem}（“${owner.marker}”内）`, `按“一是、二是、三是……”顺序书写，这里应为“${want}”；一条内只能有一组列举`);
    }
    const end = starts[i + 1]?.index ?? run.text.length;
    const item = newUnit('item', m[0], n, `${owner.id}-${n}` as Unit['id'], owner, run.text.slice(m.index, end), run.line);
    const rest = run.text.slice(m.index + item.heading.text.length, end);
    if (rest) item.content.push(textRun(rest, run.line));
    owner.content.push({ type: 'unit', unit: item });
    items.push(item);
  });
}

/** Fills in each unit's exact `text`: pieces on one source line join directly, lines join with `\n`. */
function finishText(unit: Unit): string {
  let text = unit.heading.text;
  let line = unit.heading.line;
  for (const piece of unit.content) {
    const pieceLine = piece.type === 'text' ? piece.line : piece.unit.line;
    const pieceText = piece.type === 'text' ? piece.text : finishText(piece.unit);
    text += (pieceLine === line ? '' : '\n') + pieceText;
    line = piece.type === 'text' ? piece.line : lastLine(piece.unit);
  }
  unit.text = text;
  return text;
}

function lastLine(unit: Unit): number {
  const last = unit.content.at(-1);
  if (!last) return unit.line;
  return last.type === 'text' ? last.line : lastLine(last.unit);
}
