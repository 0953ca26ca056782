/**
 * Numbering at the start of a line, in every width real documents use.
 *
 *   lineMarker('（一）加强学习。')  → { style: 'paren-cn', number: 1, marker: '（一）', lookAlike: false }
 *   lineMarker('１．健全制度')      → { style: 'dot', number: 1, marker: '１．', … }
 *   lineMarker('1、2两个月集中学习') → { style: 'dot', number: 1, lookAlike: true }   (a list of months, maybe)
 *   lineMarker('一、二年级学生…')   → { style: 'dun', number: 1, lookAlike: true }
 *   lineMarker('第六条 各学校…')    → { style: 'article', number: 6, marker: '第六条' }
 *   lineMarker('1.5倍')             → null (a decimal)
 *   unknownMarker('①不认识')        → '①'
 *
 * `lookAlike` marks a marker followed straight by another numeral of its kind
 * (`一、二年级`, `1、2月`): it is only numbering where the surrounding
 * numbering supports it. The order of the plan levels is GB/T 9704-2012
 * §7.3.3: 一、 > （一） > 1. > （1）.
 */
import { CHINESE_NUMERAL_CHARS as CN, DIGIT_CHARS as D, parseChineseNumeral, parseDigits, toChineseNumeral } from '../model/numerals.ts';
import type { MarkerStyle } from '../model/types.ts';

export interface LineMarker {
  style: MarkerStyle;
  number: number;
  /** The marker exactly as written. */
  marker: string;
  lookAlike: boolean;
}

interface StyleRule {
  style: MarkerStyle;
  pattern: RegExp;
  value: (digits: string) => number | null;
  /** What follows the marker when it is only a look-alike. */
  numeralNext: RegExp;
}

const CN_NEXT = new RegExp(`^[${CN}]`, 'u');
const DIGIT_NEXT = new RegExp(`^[${D}]`, 'u');
/** Chapter and article markers have no look-alikes: 第一条 is never a list of numbers. */
const NEVER = /(?!)/u;

/** The plan levels, highest first. */
export const PLAN_STYLES: readonly MarkerStyle[] = ['dun', 'paren-cn', 'dot', 'paren-digit'];

const RULES: readonly StyleRule[] = [
  // 一、 and the 一． some documents write for it.
  {
    style: 'dun',
    pattern: new RegExp(`^([${CN}]+)(?:、|[.．](?![${D}]))`, 'u'),
    value: parseChineseNumeral,
    numeralNext: CN_NEXT,
  },
  {
    style: 'paren-cn',
    pattern: new RegExp(`^[（(]([${CN}]+)[）)]`, 'u'),
    value: parseChineseNumeral,
    numeralNext: CN_NEXT,
  },
  // 1. 1． １． 1、 — but 1.5 is a decimal.
  {
    style: 'dot',
    pattern: new RegExp(`^([${D}]{1,3})(?:[.．](?![${D}])|、)`, 'u'),
    value: parseDigits,
    numeralNext: DIGIT_NEXT,
  },
  {
    style: 'paren-digit',
    pattern: new RegExp(`^[（(]([${D}]{1,3})[）)]`, 'u'),
    value: parseDigits,
    numeralNext: DIGIT_NEXT,
  },
  {
    style: 'chapter',
    pattern: new RegExp(`^第([${CN}]+)章`, 'u'),
    value: parseChineseNumeral,
    numeralNext: NEVER,
  },
  {
    style: 'chapter-section',
    pattern: new RegExp(`^第([${CN}]+)节`, 'u'),
    value: parseChineseNumeral,
    numeralNext: NEVER,
  },
  {
    style: 'article',
    pattern: new RegExp(`^第([${CN}]+)条`, 'u'),
    value: parseChineseNumeral,
    numeralNext: NEVER,
  },
];

export function lineMarker(text: string): LineMarker | null {
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const number = rule.value(m[1]);
    if (number === null || number < 1) continue;
    return {
      style: rule.style,
      number,
      marker: m[0],
      lookAlike: rule.numeralNext.test(text.slice(m[0].length)),
    };
  }
  return null;
}

/** Line starts that are numbering of a kind no level here reads (壹、 ① Ⅰ. A. 1）). */
const UNKNOWN: readonly RegExp[] = [
  /^[壹贰叁肆伍陆柒捌玖拾]+[、.．]/u,
  /^[①-⑳⑴-⒇⒈-⒛㈠-㈩❶-❿]/u,
  /^[Ⅰ-Ⅻ]+[、.．\s]/u,
  new RegExp(`^[${CN}]+[，,:：](?![${CN}${D}])`, 'u'),
  new RegExp(`^[${D}]{1,3}[)）](?![${D}])`, 'u'),
  /^[（(][a-zA-Zａ-ｚＡ-Ｚ][）)]/u,
  /^[A-Z][.．、]/u,
];

export function unknownMarker(text: string): string | null {
  for (const re of UNKNOWN) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

/** How a number of this style is written, for messages: 3 → “（三）”. */
export function written(style: MarkerStyle, n: number): string {
  switch (style) {
    case 'dun':
      return `${toChineseNumeral(n)}、`;
    case 'paren-cn':
      return `（${toChineseNumeral(n)}）`;
    case 'dot':
      return `${n}.`;
    case 'paren-digit':
      return `（${n}）`;
    case 'chapter':
      return `第${toChineseNumeral(n)}章`;
    case 'chapter-section':
      return `第${toChineseNumeral(n)}节`;
    case 'article':
      return `第${toChineseNumeral(n)}条`;
    case 'enumeration':
      return `${toChineseNumeral(n)}是`;
  }
}

/** Whether `style` is a plan level (一、 （一） 1. （1）). */
export function isPlanStyle(style: MarkerStyle): boolean {
  return PLAN_STYLES.includes(style);
}
