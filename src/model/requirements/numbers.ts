/**
 * Amounts as requirement phrases write them: Arabic or Chinese numerals,
 * ranges, halves, percentages and shares.
 *
 *   parseNumber('12')        → 12      parseNumber('十二') → 12
 *   parseNumber('两')        → 2       parseNumber('一百五十') → 150
 *   parseNumber('半')        → 0.5     parseNumber('三七') → null (not one number)
 *   parseNumber('2万')       → 20000
 *   readAmount('2~3')        → { amount: 2, max: 3 }
 *   readAmount('三至五')     → { amount: 3, max: 5 }
 *   readShare('百分之九十')  → 90      readShare('九成') → 90     readShare('三分之一') → 33.33
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese amount is written with, for building patterns. */
export const CN_DIGITS = '零〇一二两三四五六七八九十百千万';
/** One amount: Arabic (2, 2.5, 1,000) or Chinese (十二, 两, 一百五十), or 半. */
export const NUMBER = `(?:\\d+(?:\\.\\d+)?[万千]?|[${CN_DIGITS}]+|半)`;
/** Range joiners: 2~3, 2-3, 2—3, 三至五, 两到三. */
export const RANGE_JOIN = '[-－—–~～〜至到]';
/** An amount or a range of two, as one capture-free pattern. */
export const AMOUNT = `${NUMBER}(?:${RANGE_JOIN}${NUMBER})?`;

/** One number, or null when the characters are not one number (三七, 一二). */
export function parseNumber(text: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const scaled = /^(\d+(?:\.\d+)?)([万千])$/u.exec(text);
  if (scaled) return Number(scaled[1]) * (scaled[2] === '万' ? 10000 : 1000);
  if (text === '半') return 0.5;
  // 九十九点五: a whole part and its tenths, digit by digit.
  const point = /^([零〇一二两三四五六七八九十百千]+)点([零〇一二三四五六七八九]+)$/u.exec(text);
  if (point) {
    const whole = parseNumber(point[1] ?? '');
    const tenths = [...(point[2] ?? '')].map((c) => DIGITS[c]).join('');
    return whole === null ? null : Number(`${whole}.${tenths}`);
  }
  if (!/^[零〇一二两三四五六七八九十百千万]+$/u.test(text)) return null;
  const [high, low] = text.includes('万') ? text.split('万') : [undefined, text];
  if (high !== undefined) {
    const h = high === '' ? 1 : parseBelowTenThousand(high);
    const l = low ? parseBelowTenThousand(low) : 0;
    return h === null || l === null ? null : h * 10000 + l;
  }
  return parseBelowTenThousand(low ?? '');
}

function parseBelowTenThousand(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  let lastPower = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      // Two digits in a row (三七) are not one number; 零 only fills a gap (一百零五).
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[ch] ?? null;
    } else {
      const power = POWERS[ch];
      if (power === undefined || power >= lastPower) return null;
      total += (digit ?? (power === 10 && total === 0 ? 1 : NaN)) * power;
      if (Number.isNaN(total)) return null;
      digit = null;
      lastPower = power;
    }
  }
  if (digit !== null) {
    // 一百五 → 150: a trailing digit after a power counts in the next lower place.
    total += lastPower !== Infinity && lastPower > 10 && !text.includes('零') ? digit * (lastPower / 10) : digit;
  }
  return total;
}

export interface Amount {
  amount: number;
  /** For a range (2~3次): the upper end. */
  max?: number;
}

/** An amount or a range as matched by AMOUNT; null when a part is not a number. */
export function readAmount(text: string): Amount | null {
  const parts = text.split(new RegExp(RANGE_JOIN, 'u'));
  const [low, high] = parts.map(parseNumber);
  if (low === null || low === undefined) return null;
  if (parts.length === 1) return { amount: low };
  if (high === null || high === undefined || parts.length > 2 || high <= low) return null;
  return { amount: low, max: high };
}

/** A share in percent: 90%, 百分之九十, 九成, 三分之一, 千分之五 (0.5); null when it is not one. */
export function readShare(text: string): number | null {
  let m = /^(\d+(?:\.\d+)?)[%％]$/u.exec(text);
  if (m) return Number(m[1]);
  m = /^百分之(.+)$/u.exec(text);
  // 百分之百: 百 alone is no number anywhere else (一百 is), so it is read here.
  if (m) return m[1] === '百' ? 100 : parseNumber(m[1] ?? '');
  // 千分之五: per mille, in %; 千 alone is a whole of a thousand here.
  m = /^千分之(.+)$/u.exec(text);
  if (m) {
    const perMille = parseNumber(m[1] ?? '');
    return perMille === null ? null : perMille / 10;
  }
  m = /^(.+)成$/u.exec(text);
  if (m) {
    const tenths = parseNumber(m[1] ?? '');
    return tenths === null || tenths > 10 ? null : tenths * 10;
  }
  // 0.5个百分点: percentage points, in %.
  const points = /^(\d+(?:\.\d+)?)个百分点$/u.exec(text);
  if (points) return Number(points[1]);
  // 1/3 is read as 三分之一.
  const slash = /^(\d+)\/(\d+)$/u.exec(text);
  if (slash) text = `${slash[2]}分之${slash[1]}`;
  m = /^(.+)分之(.+)$/u.exec(text);
  if (m) {
    const whole = parseNumber(m[1] ?? '');
    const part = parseNumber(m[2] ?? '');
    return whole && part !== null && part <= whole ? Math.round((part / whole) * 10000) / 100 : null;
  }
  return null;
}
