/**
 * What a line of an official document is, from its first characters: the
 * start of a numbered unit (any level, any of the spellings real documents
 * use), or one of the parts around the body (附件, 抄送, 印发, 主送).
 *
 *   startsUnit('（一）全面落实……')  → true      startsUnit('１．加强……') → true
 *   startsUnit('第三条 ……')        → true      startsUnit('落实每月一主题活动') → false
 *   isAttachmentLine('附件：1.关于……') → true
 */
import { lineMarker, unknownMarker } from '../body/markers.ts';

/** 一是, 一要, 第一， at a paragraph's start: an enumeration that begins a line of its own. */
const ENUMERATION_START = /^(?:[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+[，,])/u;

const ATTACHMENT = /^附\s*件\s*[\d０-９]*\s*[:：]?/u;
/** 版记 lines: 抄送：…, 印发：…, and `××办公室  2017年2月21日印发`. */
const DISTRIBUTION = /^(?:抄\s*送|印\s*发|主\s*送|报\s*送|分\s*送)\s*[:：]|日\s*印\s*发$/u;

/** Numbering the body reader knows (src/body/markers.ts), numbering it refuses, or an enumeration. */
export function startsUnit(line: string): boolean {
  return lineMarker(line) !== null || unknownMarker(line) !== null || ENUMERATION_START.test(line);
}

export function isAttachmentLine(line: string): boolean {
  return ATTACHMENT.test(line);
}

export function isDistributionLine(line: string): boolean {
  return DISTRIBUTION.test(line);
}

/** A line that must stay a line of its own: a unit, an attachment, a distribution line. */
export function startsParagraph(line: string): boolean {
  return startsUnit(line) || isAttachmentLine(line) || isDistributionLine(line);
}

/** Whitespace at either end, full-width spaces (indentation in Chinese text) included. */
export function trimLine(line: string): string {
  return line.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/gu, '');
}
