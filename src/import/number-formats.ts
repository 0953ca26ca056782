/**
 * Word's number formats (`w:numFmt`), as Word displays a list number.
 *
 *   formatNumber(3, 'chineseCounting')        → '三'
 *   formatNumber(12, 'chineseCountingThousand') → '十二'
 *   formatNumber(2, 'chineseLegalSimplified') → '贰'
 *   formatNumber(1, 'decimalFullWidth')       → '１'
 *   formatNumber(1, 'someNewFormat')          → null (the caller stops and says so)
 */
import { toChineseNumeral } from '../model/numerals.ts';

const LEGAL = ['', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const DIGITS = '〇一二三四五六七八九';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

function legal(n: number): string {
  if (n < 10) return LEGAL[n] ?? '';
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? LEGAL[tens] : '壹'}拾${LEGAL[n % 10] ?? ''}`;
}

function letters(n: number, upper: boolean): string {
  // Word repeats the letter: 27 → aa, 28 → bb.
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  const s = ch.repeat(Math.floor((n - 1) / 26) + 1);
  return upper ? s.toUpperCase() : s;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, numeral] of table) while (n >= value) [out, n] = [out + numeral, n - value];
  return out;
}

function enclosed(n: number, first: number, max: number): string | null {
  return n >= 1 && n <= max ? String.fromCodePoint(first + n - 1) : null;
}

export function formatNumber(n: number, numFmt: string): string | null {
  switch (numFmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return n >= 1 && n <= 99 ? toChineseNumeral(n) : n === 0 ? '〇' : null;
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
    case 'chineseLegalSimplified':
      return n >= 1 && n <= 99 ? legal(n) : null;
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? (HEAVENLY_STEMS[n - 1] ?? null) : null;
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? (EARTHLY_BRANCHES[n - 1] ?? null) : null;
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'lowerLetter':
      return letters(n, false);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return null;
  }
}
