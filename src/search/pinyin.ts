/**
 * Pinyin keys for a term, made at build time with pinyin-pro, so staff can
 * type `szyd` or `sanzhongyida` for 三重一大. Characters with more than one
 * reading (重: zhong/chong) give every combination, capped.
 */
import { pinyin } from 'pinyin-pro';

const MAX_KEYS = 16;

function combinations(choices: string[][]): string[] {
  let out = [''];
  for (const options of choices) {
    out = out.flatMap((prefix) => options.map((o) => prefix + o)).slice(0, MAX_KEYS);
  }
  return out;
}

/** Full pinyin and initials keys for a term, e.g. 三重一大 → sanzhongyida, szyd (and the 重 = chong readings). */
export function pinyinKeys(term: string): string[] {
  const chars = [...term].filter((ch) => /\p{Script=Han}/u.test(ch));
  if (chars.length === 0) return [];
  const inContext = pinyin(chars.join(''), { toneType: 'none', type: 'array', v: true });
  const readings = chars.map((ch, i) => [...new Set([inContext[i] ?? '', ...pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true })])].filter(Boolean));
  const full = combinations(readings);
  const initials = combinations(readings.map((r) => [...new Set(r.map((s) => s[0] ?? ''))]));
  return [...new Set([...full, ...initials])];
}
