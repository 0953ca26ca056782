/**
 * Figures that state no requirement, by what stands around them: a report of
 * how things stand or stood, a condition that picks out whom or when a rule
 * applies to, and the condition of a score. The amount rules ask these before
 * reading a figure, so a report is never listed as a target.
 *
 *   isReport('全市现有中小学党组织312个，其中单独设立党委的学校28所', 15, 26)  → true  (其中 of 现有)
 *   isReport('全校性会议比上年减少20%以上', 0, 10, true)                     → false (a target)
 *   isCondition('党员人数超过50人的党支部', 0, 9, 4)                         → true  (人数…的)
 *   isScore('缺席1次扣2分', 4)                                              → true
 */
import { lastClauseStart } from './clauses.ts';
import { NUMBER } from './numbers.ts';


/** Words that report how things stand, not what must be done: 共有86个, 下设3个, 占…的32%. */
export const STATUS = /共有|现有|下设|设有|累计|已有|以来|(?<!为)了|(?<![要须应保])有(?![效序力关机利])|共(?![产青同建享识性])|占(?!领)|(?:^|[为是])全[县市省区州]$/u;
/**
 * Words that say a figure is already reached or past, whatever comparator it has:
 * 覆盖率已达98%, 同比增长12%, 去年全年共开展27场.
 */
const ALREADY = /已(?!婚)|同比|截至|截止|去年|上一?年度?|往年|前[一两二三]年/u;
/** 比上年增长12% reports a change, unless the plan sets it as a target (力争比上年增长10%, 减少20%以上). */
const CHANGE = /比[上去前同]年/u;
const TARGET = /力争|确保|争取|力求|要|将/u;
/** A sentence that asks for something: a date after 截至 in one is a deadline, not when figures were counted. */
const ASKS = /要|须|应|务必|确保|力争|完成|实现|前/u;

/**
 * 截至2022年底，全市已建成… / 截至2025年底，全县党员教师1200名: the sentence counts
 * at a date, so neither the date (no deadline) nor its figures (no targets) ask for
 * anything. 截至6月底，各学校要完成… asks, and its date is a deadline.
 */
export function countsAtDate(sentence: string): boolean {
  const counted = /(?:截至|截止)[^。；;]*/u.exec(sentence)?.[0];
  return counted !== undefined && (/已|共有|累计|现有/u.test(counted) || !ASKS.test(sentence));
}

/**
 * Whether the figure at `at` reports how things stand or stood: its clause says so
 * (已, 去年, 比上年… without a comparator), the sentence counts at a date (截至…已…,
 * or 截至… in a sentence that asks for nothing), or it is the 其中 of a clause that
 * reports (全市现有…，其中…28所).
 */
export function isReport(sentence: string, clauseStart: number, at: number, compared = false): boolean {
  const clause = sentence.slice(clauseStart, at);
  if (ALREADY.test(clause.replace(CHANGE, '')) || (CHANGE.test(clause) && !compared && !TARGET.test(clause))) return true;
  if (/截至|截止/u.test(sentence.slice(0, at)) && countsAtDate(sentence)) return true;
  if (RESULTS.test(sentence.slice(0, clauseStart)) && !ASKS_IN_CLAUSE.test(clause)) return true;
  if (clauseStart === 0) return false;
  const previousStart = lastClauseStart(sentence, clauseStart - 1);
  const previous = sentence.slice(previousStart, clauseStart - 1);
  // 现有党支部36个，党员教师1105名: a clause of a noun and a figure goes on with the report before it.
  const continues = /^其中/u.test(clause) || (!compared && /^[\p{Script=Han}“”"]{1,12}$/u.test(clause) && !ASKS_IN_CLAUSE.test(clause) && !/每|全年/u.test(clause));
  return continues && (isReport(sentence, previousStart, clauseStart - 1) || STATUS.test(previous));
}

/** A sentence that reports results (会议指出，…取得明显成效，满意度达96.3%): its figures are what was reached. */
const RESULTS = /取得|指出|显示|表明|统计|通报了|总结/u;
/** Words in a clause that ask for something, whatever the sentence reports before it. */
const ASKS_IN_CLAUSE = /要|须|应|务必|确保|力争|争取|将|计划|目标|不少于|不低于|至少|不超过/u;

/** What follows the figure is the score it earns or loses: 缺席1次扣2分, 拖延1个月的扣2分, 加1分. */
const SCORE_AFTER = new RegExp(`^(?:的|者)?[，,]?(?:扣|加|减|记|得|计)(?:${NUMBER})分`, 'u');

/** Whether the figure ending at `end` is the condition of a score. */
export function isScore(sentence: string, end: number): boolean {
  return SCORE_AFTER.test(sentence.slice(end));
}

/** A count already there, then the figure and 的: 党员人数3人以上的学校, 党员人数超过50人的党支部. */
const CONDITION_OF = /(?:人数|数量|规模|总数|人口|名额)(?:在|为|达到?|超过|满)?$/u;
/** Words right before a figure that make it a threshold or a rank: 不足3人, 未满18岁, 连续6个月, 排名后3位. */
const CONDITION_WORD = /(?:不足|不到|未满|未达到?|连续|(?:排名|排在|位列|名列)[前后])$/u;
/** A clause that ends in 的 before its comma or its rule: 受到2次通报批评的，取消…; 缺席超过3次的要说明原因. */
const CONDITIONAL_CLAUSE = /^[^，,。；;：:！!？?]*?[的者](?:[，,；;]|要|须|应|必须|一律|均|不得|可以?|视为|按)/u;

/**
 * Whether the figure (its comparator starting at `comparatorStart`, the figure
 * ending at `end`) picks out whom or when a rule applies to, not an amount to reach.
 */
export function isCondition(sentence: string, clauseStart: number, end: number, comparatorStart: number): boolean {
  const before = sentence.slice(clauseStart, comparatorStart);
  if (CONDITION_WORD.test(before) || CONDITIONAL_CLAUSE.test(sentence.slice(end))) return true;
  return sentence[end] === '的' && CONDITION_OF.test(before);
}
