/**
 * A ready glossary file (content/terms/<slug>.yaml) for a new 提法 found in
 * a document. With a bracket that spells it out, the basis is that document
 * and unit with the bracket quoted exactly, and the definition only repeats
 * the bracket; without one, the basis is `undefined` and there is no
 * definition. The category is the maintainer's choice, so it is left `null`.
 *
 *   termStub({ term: '三会一课', … no bracket }, …)
 *   → "term: '三会一课'\nslug: 'sanhui-yike'\n…basis:\n  kind: 'undefined'\nrelated: []\n"
 */
import { pinyin } from 'pinyin-pro';
import { TERM_CATEGORIES } from './term-categories.ts';
import type { PlacedCandidate } from './term-candidates.ts';

const NUMERAL = /[一二三四五六七八九十两双百千万]/u;

/** A term's slug: a new part at each numeral, as the glossary's slugs go (三会一课 → sanhui-yike). */
export function termSlug(term: string, taken: ReadonlySet<string> = new Set()): string {
  const chars = [...term].filter((ch) => /[\p{Script=Han}0-9]/u.test(ch));
  // Read in context, so that 三重一大 gives zhong, not chong.
  const syllables = pinyin(chars.join(''), { toneType: 'none', type: 'array', v: true });
  const words: string[] = [];
  chars.forEach((ch, i) => {
    const before = chars[i - 1] ?? '';
    const isDigit = /\d/.test(ch);
    const startsWord = i === 0 || (term.includes('、') ? false : NUMERAL.test(ch) && !NUMERAL.test(before)) || isDigit !== /\d/.test(before);
    const sound = isDigit ? ch : (syllables[i] ?? '');
    if (startsWord) words.push(sound);
    else words[words.length - 1] += sound;
  });
  // Parts listed with 、 (查、摆、议) are words of their own.
  const listed = term.includes('、') ? term.split('、').map((part) => pinyin(part, { toneType: 'none', type: 'array', v: true }).join('')) : words;
  const base = listed.join('-').toLowerCase().replace(/[^a-z0-9-]/gu, '') || 'tifa';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function q(s: string): string {
  return `'${s.replace(/'/gu, "''")}'`;
}

export function termStub(candidate: PlacedCandidate, slug: string): string {
  const lines = [`term: ${q(candidate.term)}`, `slug: ${q(slug)}`, 'aliases: []', `category: null # 必填，从中选一：${TERM_CATEGORIES.join('、')}`];
  if (candidate.bracket && candidate.unitId) {
    const inner = candidate.bracket.slice(1, -1);
    lines.push(`definition: ${q(`原文括注为“${inner}”。`)} # 只转述原文括注，可据原文补充，不要自拟`);
    if (candidate.parts) lines.push('expansion:', ...candidate.parts.map((p) => `  - ${q(p)}`));
    lines.push('basis:', "  kind: 'document'", `  document: ${q(candidate.document)}`, `  unit: ${q(candidate.unitId)}`, `  quote: ${q(candidate.bracket)}`);
  } else {
    lines.push('basis:', "  kind: 'undefined' # 原文未释义：有公开文件写明时改为 public 并写出处");
  }
  lines.push('related: []');
  return `${lines.join('\n')}\n`;
}
