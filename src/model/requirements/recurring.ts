/**
 * How often, with no number of times: 每月按规定交纳党费, 每学期开展团员民主评议,
 * 每周一下午组织集中学习. The period is what the text gives, so the reading is
 * the period alone (no amount, no unit), over the words of its clause.
 *
 *   readRecurring('党员应当每月按规定交纳党费，不得无故拖欠。', [])
 *   → [{ kind: 'frequency', match: '每月按规定交纳党费', value: { per: '月' } }]
 *
 * Only a 每 period that no other reading has used: 每月5日前 is a deadline,
 * 每年开展2次 a frequency with its figure.
 */
import { clauseEnd } from './clauses.ts';
import { NUMBER } from './numbers.ts';
import { PERIOD, perOf } from './periods.ts';
import { inConditionClause } from './no-requirement.ts';
import { overlaps, type Span } from './names.ts';
import { reading, type Reading } from './reading.ts';

const EVERY = new RegExp(PERIOD, 'gu');
/** A time within a year, without 前: 一季度, 上半年, (每年)12月份, (每年)11月至12月. */
const WITHIN = /^(?:每学?年)?(?:第?[一二三四1-4]季度|[上下]半年|年[底末初]|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?:[至到—－\-～~](?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?)?)$/u;
/** A length of time, which no period makes a frequency. */
const LENGTH = /(?:分钟|小时|学时|课时|天)$/u;
/** The clause shown is cut here, so a long clause does not become the phrase. */
const MAX_PHRASE = 24;

/**
 * `figures`: the readings with a figure or a date; a period with one later in its clause
 * is theirs (每年参加学习不少于40学时). `names`: names, occasions and words, which end the
 * phrase but leave the period to this reading (每年五四期间开展, 每年表彰“…”).
 */
export function readRecurring(sentence: string, figures: readonly Span[], names: readonly Span[]): Reading[] {
  const out: Reading[] = [];
  for (const m of sentence.matchAll(EVERY)) {
    // 每年一季度召开, 每年12月份开展: a time within the period says when it recurs, and is no
    // figure of times; 每年12月底前 (前) is a recurring deadline only.
    const when = (s: Span) => (s[0] === m.index + m[0].length || s[0] === m.index) && WITHIN.test(sentence.slice(s[0], s[1]));
    const taken = [...figures.filter((s) => !when(s)), ...names];
    if (!m[0].startsWith('每') || overlaps(taken, m.index, m.index + m[0].length)) continue;
    // 每月300元: a figure the other readers left (money) is no period without a figure.
    if (new RegExp(`(?:${NUMBER})元`, 'u').test(sentence.slice(m.index + m[0].length, clauseEnd(sentence, m.index)))) continue;
    // 每学期缺课累计10天以上的学生: a condition on whom the rule is for, not a task each term.
    if (new RegExp(`(?:${NUMBER})[\\p{Script=Han}]{0,3}(?:以上|以下)的`, 'u').test(sentence.slice(m.index, clauseEnd(sentence, m.index)))) continue;
    // 未按要求每月召开支部委员会会议的，扣1分: a failing named as a condition, not a task.
    if (inConditionClause(sentence, m.index)) continue;
    // 每学期讲党课不少于1次的得2分: a scoring rule, not a task.
    if (/[得扣加减][\d一二三四五六七八九十.]+分/u.test(sentence.slice(m.index, clauseEnd(sentence, m.index)))) continue;
    // 每学期第一周为“安全教育周”, 每月最后一周的周五为“安全检查日”, 每周三下午为学习时间:
    // names a time, asks for nothing.
    if (/^(?:第[^，,。；;]{1,4}|\d{1,2}月\d{1,2}日|确定[一两\d]+[天日]|(?:[开放]学|[第最后一二三四五六七八九十\d个周星期月的日号天节课上下午晚早间末初旬]){1,12})为(?!期|主(?!题)|单位|重点|契机|抓手|载体|依据)/u.test(sentence.slice(m.index + m[0].length))) continue;
    // 每三年为一个考核周期: names a cycle, asks for nothing each time.
    if (/^(?:作)?为一个?[\p{Script=Han}]{0,6}(?:周期|阶段)/u.test(sentence.slice(m.index + m[0].length))) continue;
    // 每年7月1日开始，9月30日前结束: the day a window opens; its closing date is the deadline.
    if (/^\d{1,2}月\d{1,2}[日号](?:开始|起)/u.test(sentence.slice(m.index + m[0].length))) continue;
    // 信访接待日为每周三上午, 师德师风建设月：每年9月: the period names when a day or month falls, and asks nothing.
    // (全民国家安全教育日即每年4月15日: the same, with 即.)
    if (/(?:日|时间|时段)(?:为|即)$|[日周月][：:]$/u.test(sentence.slice(0, m.index))) continue;
    // (每月最后一个工作日为“机关开放日”, 每年5月至9月为防溺水重点时段, …天数按国家规定执行: names a time or defers, asks nothing.)
    if (/^(?:最后一个工作日|\d{1,2}月(?:至\d{1,2}月)?)为|按(?:国家|上级|有关)?规定执行/u.test(sentence.slice(m.index + m[0].length, clauseEnd(sentence, m.index)))) continue;
    // (政治学习一般安排在每周四下午。: the time it is set at, named, with nothing more done in the clause.)
    if (/安排在$/u.test(sentence.slice(0, m.index)) && /^[一二三四五六日天]?(?:[上下]午|晚上)?(?:[，,。；;]|$)/u.test(sentence.slice(m.index + m[0].length))) continue;
    // (每年组织…培训，累计不少于8学时: a total in the next clause takes the period.)
    const next = clauseEnd(sentence, m.index + m[0].length);
    if (/^[，,](?:累计|合计|共计|总计)/u.test(sentence.slice(next)) && overlaps(figures, next, clauseEnd(sentence, next + 1))) continue;
    let end = Math.min(clauseEnd(sentence, m.index + m[0].length), m.index + MAX_PHRASE);
    // 每周一升旗仪式后组织5分钟安全教育: a weekday is when it recurs; a length after it takes no period.
    const weekday = /^[一二三四五六日天]/u.test(sentence.slice(m.index + m[0].length)) && /周|星期/u.test(m[0]);
    const lengths = (s: Span) => weekday && LENGTH.test(sentence.slice(s[0], s[1]));
    if (overlaps(figures.filter((s) => !when(s) && !lengths(s)), m.index, end)) continue;
    end = Math.min(end, ...names.filter(([s]) => s > m.index).map(([s]) => s));
    out.push(reading('frequency', sentence, m.index, end, { per: perOf(m[0]) }));
  }
  return out;
}
