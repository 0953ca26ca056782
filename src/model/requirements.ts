/**
 * Quantified and dated requirements, read from the model's text by rules:
 * how often (每月开展2次), how long (不少于2小时), how much (90%以上,
 * 全覆盖), how many (3-5个, 2期), by when (到年底, 年内). Each becomes a
 * record with the phrase as written, its value, who it binds and its unit.
 *
 *   '每月开展2次党员远程教育培训,每次不少于2小时'
 *   → frequency 2 次/月, duration ≥ 2 小时 (who: 各学校, from the sentence before)
 *
 * Words like 定期 or 不定期 say how often without a number: they are listed
 * too, marked as not quantified, never dropped.
 */
import { CHINESE_NUMERAL_CHARS as CN, parseChineseNumeral } from './numerals.ts';
import type { DocumentModel, Unit, UnitId } from './types.ts';
import { ownRuns, unitsOf } from './walk.ts';

export type RequirementKind = 'frequency' | 'duration' | 'proportion' | 'count' | 'deadline' | 'coverage' | 'occasion';
export type Comparator = '=' | '≥' | '≤' | 'range';

export interface RequirementValue {
  comparator: Comparator;
  amount?: number;
  max?: number;
  unit: string;
  /** For frequencies: the period (月, 年…). */
  per?: string;
}

export interface Requirement {
  /** `<unit>:<n>`: stable within the document while its text stays the same. */
  id: string;
  unitId: UnitId;
  kind: RequirementKind;
  /** The stretch of text (between commas) that states it, exactly as written. */
  phrase: string;
  /** The characters the value was read from: 每月开展2次, 不少于2小时. */
  match: string;
  /** null when the text gives no number (定期, 不定期, 一批). */
  value: RequirementValue | null;
  /** Who it binds, as the text names them; null when it does not. */
  who: string | null;
  /** Whether `who` is named in the same sentence or carried over from an earlier one. */
  whoFrom: 'sentence' | 'context' | null;
  /** False when the rules could not read a number: shown as 没写具体数字 (ui.reqUnquantified). */
  quantified: boolean;
  /** Rules, or an author's explicit entry in the frontmatter. */
  source: 'rules' | 'author';
}

const NUM = `(\\d+(?:\\.\\d+)?|[${CN}两]+)`;
const PERIODS = '月|年|季度|学期|周|半年|学年';

interface Rule {
  kind: RequirementKind;
  pattern: RegExp;
  read: (m: RegExpExecArray) => RequirementValue | null;
}

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d/.test(s)) return Number(s);
  return s === '两' ? 2 : (parseChineseNumeral(s) ?? undefined);
}

const RULES: readonly Rule[] = [
  {
    // 每月开展2次 · 每月一主题 · 每学期组织1次
    kind: 'frequency',
    pattern: new RegExp(`每(${PERIODS})(?:[^，,。；\\d${CN}两]{0,4}?)${NUM}(次|个|期|场)?`, 'gu'),
    read: (m) => ({ comparator: '=', amount: num(m[2]), unit: m[3] ?? '次', per: m[1] ?? '' }),
  },
  {
    // 定期 · 不定期 · 经常 · 适时: how often, without a number
    kind: 'frequency',
    pattern: /(不定期|定期|经常性?|适时)/gu,
    read: () => null,
  },
  {
    // 不少于2小时 · 至少半天
    kind: 'duration',
    pattern: new RegExp(`(不少于|不低于|至少|不超过|不多于)?${NUM}(小时|分钟|个工作日|工作日|天|日|个月)`, 'gu'),
    read: (m) => ({ comparator: m[1] && /超过|多于/.test(m[1]) ? '≤' : m[1] ? '≥' : '=', amount: num(m[2]), unit: m[3] ?? '' }),
  },
  {
    // 90%以上 · 达到80%
    kind: 'proportion',
    pattern: /(达到|达|不低于|不少于|超过)?(\d+(?:\.\d+)?)[%％](以上|以下)?/gu,
    // 以下 caps it; 以上, 达到, 不低于… set a floor; a bare figure is exact.
    read: (m) => ({ comparator: m[3] === '以下' ? '≤' : m[1] || m[3] ? '≥' : '=', amount: Number(m[2]), unit: '%' }),
  },
  {
    // 全覆盖: everyone, the whole of it
    kind: 'coverage',
    pattern: /全覆盖/gu,
    read: () => ({ comparator: '=', amount: 100, unit: '%' }),
  },
  {
    // 3-5个 · 2期 · 1期 · 一批
    kind: 'count',
    pattern: new RegExp(`(\\d+)[-－~～至到](\\d+)(个|期|次|名|所|项)|(?<![每第\\d])(\\d+)(期|批|名|所)(?![\\d年])|(?<![每第])([一两二三四五六七八九十]+)(批)`, 'gu'),
    read: (m) =>
      m[1] !== undefined
        ? { comparator: 'range', amount: Number(m[1]), max: Number(m[2]), unit: m[3] ?? '' }
        : m[4] !== undefined
          ? { comparator: '=', amount: Number(m[4]), unit: m[5] ?? '' }
          : null,
  },
  {
    // 到年底 · 年内 · 6月底前
    kind: 'deadline',
    pattern: /(到年底|年底前|年内|年底|上半年|下半年|\d{1,2}月(?:底|\d{1,2}日)?前)/gu,
    read: (m) => ({ comparator: '≤', unit: m[1] ?? '' }),
  },
  {
    // 及时: by when, without a date
    kind: 'deadline',
    pattern: /(及时)/gu,
    read: () => null,
  },
  {
    // 建党95周年: an occasion the work is tied to
    kind: 'occasion',
    pattern: /((?:建党|建国|建校|改革开放)?\d+周年)/gu,
    read: (m) => ({ comparator: '=', unit: m[1] ?? '' }),
  },
];

/** Who a requirement can bind, longest first: the actors official text names. */
// Bare 党组织 is left out: in 服务型党组织覆盖率 it is what is counted, not who acts.
const ACTORS = ['各学校党组织', '学校党组织书记', '学校班子成员', '学校领导班子', '学校领导干部', '各学校', '学校党组织', '教育工委', '党员领导干部', '党员干部', '党员教师', '党务干部', '入党积极分子', '各级党组织', '学校', '党员'];
const ACTOR = new RegExp(`(${ACTORS.join('|')})`, 'gu');
/** An actor is the subject when a modal follows it: 各学校要… 教育工委将… */
const SUBJECT = new RegExp(`(${ACTORS.join('|')})(?:要|将|应|须|必须|需|需要|务必)`, 'gu');

const SENTENCE_END = /(?<=[。；！？])/u;
const SEGMENT_END = /(?<=[，,。；：！？])/u;

function subjectIn(text: string): string | null {
  const all = [...text.matchAll(SUBJECT)];
  return all.at(-1)?.[1] ?? null;
}

/** The actor inside the phrase, before the value: 党员干部参学率达90%以上 → 党员干部. */
function actorBefore(segment: string, at: number): string | null {
  const before = [...segment.slice(0, at).matchAll(ACTOR)].filter((m) => !segment.startsWith('培训', m.index + m[0].length));
  return before.at(-1)?.[1] ?? null;
}

/** A unit's own text (heading and text runs, not its sub-units'). */
export function ownText(unit: Unit): string {
  return ownRuns(unit)
    .map((r) => r.text)
    .join('');
}

/** Reads the requirements of one unit's own text (not its sub-units'). */
export function requirementsOfUnit(unit: Unit): Requirement[] {
  const text = ownText(unit);
  const out: Requirement[] = [];
  const sentences = text.split(SENTENCE_END);
  let carried: string | null = null;
  for (const sentence of sentences) {
    const segments = sentence.split(SEGMENT_END);
    let offset = 0;
    const taken: Array<[number, number]> = [];
    for (const segment of segments) {
      for (const rule of RULES) {
        for (const m of segment.matchAll(rule.pattern)) {
          const start = offset + m.index;
          const end = start + m[0].length;
          if (taken.some(([s, e]) => start < e && s < end)) continue;
          taken.push([start, end]);
          // The sentence's subject (各学校要…) first; else an actor the phrase names (党员干部参学率…).
          const inSentence = subjectIn(sentence.slice(0, offset + m.index)) ?? actorBefore(segment, m.index);
          const who = inSentence ?? carried;
          const value = rule.read(m as RegExpExecArray);
          out.push({
            id: '',
            unitId: unit.id,
            kind: rule.kind,
            phrase: segment.replace(/[，,。；：！？]$/u, ''),
            match: m[0],
            value,
            who,
            whoFrom: inSentence ? 'sentence' : who ? 'context' : null,
            quantified: value !== null,
            source: 'rules',
          });
        }
      }
      offset += segment.length;
    }
    carried = subjectIn(sentence) ?? carried;
  }
  out.sort((a, b) => text.indexOf(a.phrase) - text.indexOf(b.phrase) || a.phrase.indexOf(a.match) - b.phrase.indexOf(b.match));
  return out.map((r, i) => ({ ...r, id: `${unit.id}:${i + 1}` }));
}

/** Every requirement the rules read in a document, in text order. */
export function extractRequirements(doc: DocumentModel): Requirement[] {
  return [...unitsOf(doc.parts)].flatMap(requirementsOfUnit);
}
