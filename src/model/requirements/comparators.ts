/**
 * Comparator words around an amount: before it (至少, 不少于, 不超过…) or
 * after its unit (以上, 以下, 以内).
 *
 *   comparatorOf('不少于', '')   → '≥'      comparatorOf('', '以上') → '≥'
 *   comparatorOf('不超过', '')   → '≤'      comparatorOf('控制在', '以内') → '≤'
 *   comparatorOf('', '')        → '='
 */
export type Comparator = '=' | '≥' | '≤' | 'range';

/** A prohibition bounds the other way: 不得超过 is at most, 不得少于 at least. */
export const MUST_NOT = ['不得', '不能', '不应', '不宜', '不准', '不许', '严禁', '禁止'];
const AT_LEAST = ['至少', '不少于', '不低于', '不小于', '不下于', '最少', '最低', '最短', '达到', '达', '提高到', '提高至', '提升到', '提升至', '超过', '高于', '多于', ...MUST_NOT.flatMap((no) => [`${no}少于`, `${no}低于`])];
// 可延长30日: the extension may run up to 30 days.
const AT_MOST = ['限报', '限推荐', '限选送', '不超过', '不多于', '不高于', '不大于', '最多', '至多', '最长', '最高', '上限为', '低于', '少于', '控制在', '可延长', '延长', ...MUST_NOT.flatMap((no) => [`${no}超过`, `${no}多于`, `${no}高于`])];

/** Comparator words that may stand before an amount, longest first (so 不少于 wins over 少于). */
export const BEFORE = `(?:${[...AT_MOST, ...AT_LEAST].sort((a, b) => b.length - a.length).join('|')})`;
/** Comparator words after the unit. */
export const AFTER = '(?:及以上|以上|及以下|以下|以内|之内)';

export function comparatorOf(before: string, after: string): Comparator {
  if (/以上/.test(after)) return '≥';
  if (/以下|以内|之内/.test(after)) return '≤';
  if (before === '控制在') return '=';
  if (AT_MOST.includes(before)) return '≤';
  if (AT_LEAST.includes(before)) return '≥';
  return '=';
}
