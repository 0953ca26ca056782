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
import { clauseEnd, lastClauseStart } from './clauses.ts';
import { NUMBER } from './numbers.ts';


/** Words that report how things stand, not what must be done: 共有86个, 下设3个, 占…的32%. */
export const STATUS = /共有|现有|现辖|下辖|下设|设有|累计|已有|以来|人均|(?<!为)了|(?<![要须应保具所])有(?![效序力关机利偿])|(?<!计划)共(?![产青同享识性]|建(?!成|设))|占(?!领)|(?:^|[为是])全[县市省区州]$/u;
/**
 * Words that say a figure is already reached or past, whatever comparator it has:
 * 覆盖率已达98%, 同比增长12%, 去年全年共开展27场.
 */
const ALREADY = /已(?!婚)|同比|截至|上一?(?:轮|届)(?!任期)|(?<![日号底末])截止(?!时间|日期)|去年|上一?年度?|上学[期年]|往年|(?<![学提])前[一两二三]年/u;
/** 比上年增长12% reports a change, unless the plan sets it as a target (力争比上年增长10%, 减少20%以上). */
const CHANGE = /(?:比|较)(?:[上去前同]一?学?年度?|\d{4}年)/u;
const TARGET = /力争|确保|争取|力求|要|将/u;
/** A sentence that asks for something: a date after 截至 in one is a deadline, not when figures were counted. */
const ASKS = /要|须|应(?![用急对届聘])|务必|确保|力争|完成(?!率|了)|实现(?!率|了)|(?<![学目当此以提眼空向])前(?![期列茅沿提进后夕])/u;

/**
 * 截至2022年底，全市已建成… / 截至2025年底，全县党员教师1200名: the sentence counts
 * at a date, so neither the date (no deadline) nor its figures (no targets) ask for
 * anything. 截至6月底，各学校要完成… asks, and its date is a deadline.
 */
export function countsAtDate(sentence: string): boolean {
  // (截止时间为11月20日 names the deadline itself.)
  const counted = /(?:截至|截止(?!时间|日期))[^。；;]*/u.exec(sentence)?.[0];
  return counted !== undefined && (/已|共有|累计|现有/u.test(counted) || !ASKS.test(sentence));
}

/** The words of STATUS that report whatever else the sentence says (有 and 占 alone also ask: 做到有计划). */
const REPORTS = /惠及|\d+余(?:名|人|个|所|次|场|项)|目前|现已|现为|共有|现有|现辖|下辖|下设|设有|累计|已有|以来|(?<!为)了(?![解如结却])|共(?![产青同享识性]|建(?!成|设)|计?[\d一二两三四五六七八九十]+个?(?:天|学时|课时|小时|周|个月))/u;

/**
 * The text without the words that say what was done or name a standard followed, which
 * look like asking but ask nothing:
 * 均已实现, 已全部完成 (done); 目前, 当前, 此前 (hold 前 but set no deadline); 均在9月底前完成了 (a
 * date by which something was done); …完成了校园安全建设，实现全覆盖, 现有法治副校长156名，实现…全覆盖 (after
 * 完成了 or a tally, 实现 says what was reached too); 按照每半年不少于1次的要求 (the standard it followed, named).
 */
function withoutWhatWasDone(text: string): string {
  return text.replace(/(?<=(?:完成了|现有|共有|已有|累计)[^。；;]*)实现/gu, '').replace(/已[^。；;]{0,24}(?:实现|完成|建成|达到)|前(?:全部|均)?完成了|目前|当前|此前|以前|前期|按照[^，,。；;]*?要求/gu, '');
}

/** 上半年，全县共接待来访群众120人次: a sentence that only reports; its time words say when, not by when. */
export function onlyReports(sentence: string): boolean {
  const asked = withoutWhatWasDone(sentence);
  // 2026年县教育督导室开展…38所，…实现…全覆盖: a sentence that opens with a year and asks nothing
  // (no modal, no limit, no period, no date to meet) tells what that year brought (LABELS.md).
  // (2026年9月10日，学校隆重召开…: the date it opens with is when that happened, no date to meet.)
  if (YEAR_OPENING.test(sentence) && !/要|须|应(?![用急对届聘])|务必|确保|力争|争取|将|拟|计划|目标|每|年内|年底|[上下]半年|季度|\d{1,2}月|起|前|以上|以下|以内|不少于|不低于|至少|不超过|达到/u.test(asked.replace(/^\d{4}年\d{1,2}月(?:\d{1,2}日)?[，,]/u, ''))) return true;
  // (市级以上骨干教师: a rank and those above it, no figure to reach.)
  if (ASKS.test(asked) || ASKS_IN_CLAUSE.test(asked) || /(?<!级)以上|(?<!级)以下|以内/u.test(asked)) return false;
  // 较上年提高4.6分 in a sentence that asks nothing is a change reported, like 已 and 去年.
  // (全年累计事假超过15天的，不得…: 累计 in a condition reports nothing.)
  const stated = sentence.replace(/[^，,。；;]*的(?=[，,])/gu, '');
  return REPORTS.test(stated) || ALREADY.test(stated.replace(CHANGE, '')) || CHANGE.test(stated) || RESULTS.test(stated) || awardedReported(stated);
}

/**
 * The parts of a sentence that look back, and ask nothing: 去年…共讲授廉政党课4次；今年要…,
 * 2026年隐患整改率为96.4%，今年要达到100%, 一年来，…坚持每月开展1次…, 在2026年举办培训班6期的
 * 基础上，…. A part runs to a stop, or to the comma before the time the plan turns to (今年, 2027年).
 */
export function lookingBack(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const ends = [...sentence.matchAll(/[；;。]|[，,](?=今年|明年|本年|新的一年|新学年|下一步|今后|\d{4}年)|(?<=基础上)[，,]/gu)].map((m) => m.index);
  let start = 0;
  for (const end of [...ends, sentence.length]) {
    const part = sentence.slice(start, end).replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[、.．](?!\d))/u, '');
    const rest = sentence.slice(end);
    const year = /^(\d{4})(?:[—–-]\d{4})?学?年度?/u.exec(part);
    const later = year !== null && (/今年|明年|本年|新的一年|下一步|今后/u.test(rest) || [...rest.matchAll(/(\d{4})年/gu)].some((m) => Number(m[1]) > Number(year[1])));
    // (去年…实现全覆盖: after a word that looks back, 实现 and 完成 say what was done; only a modal asks.)
    const past = /^(?:去年|上一?年度?|一年来|过去一年|今年以来|近年来|近[一二两三\d]+年来?|\d{4}年以来)/u.test(part);
    // (2027年…配备率达到80%，2028年达到90%: a ladder of targets, unless a later year's part asks in words of its own.)
    const ladder = later && /达到|不低于|不少于|以上/u.test(part) && !/要|将|力争|确保|争取|计划|拟/u.test(rest);
    const back = past || /^在[^，,。；;]*基础上$/u.test(part) || (later && !ladder);
    const asked = withoutWhatWasDone(part);
    const asks = past ? /要|须|应(?![用急对届聘])|务必|确保|力争|争取|将|计划|不少于|不低于|至少|不超过/u.test(part) : ASKS.test(asked) || ASKS_IN_CLAUSE.test(asked);
    if (back && !asks) out.push([start, end]);
    start = end + 1;
  }
  return out;
}

/** Where a figure stands, for the signs below. */
interface Figure {
  sentence: string;
  /** The sentence before the clause, and from the figure on. */
  beforeClause: string;
  rest: string;
  /** The sentence up to the figure. */
  before: string;
  /** The clause up to the figure (its comparator included when one is written before it). */
  clause: string;
  /** The whole clause holding the figure. */
  clauseWhole: string;
  /** The part of the sentence between the stops (；。) around the figure. */
  part: string;
  /** The rest of the clause from the figure on. */
  after: string;
  /** A comparator stands with the figure (不少于, 以上, 达…). */
  compared: boolean;
}

/**
 * The signs that a figure reports how things stand or stood rather than asks for
 * something, each with the shape it was written for. The 其中 and list clauses
 * after a report are handled by `isReport` itself, which needs the clause before.
 */
const REPORT_SIGNS: ReadonlyArray<(f: Figure) => boolean> = [
  // 已, 去年, 同比 in its clause; 比上年增长12% without a comparator or a 力争. 不超过上年度的110%
  // takes last year as the base of a limit.
  (f) => ALREADY.test(f.clause.replace(CHANGE, '').replace(BASE_YEAR, '')) || (CHANGE.test(f.clause) && !f.compared && !TARGET.test(f.clause)),
  // (…参会率连续三年保持在95%以上: kept up over the years behind, in a clause that asks nothing.)
  (f) => /连续[\d一二两三四五六七八九十]+年(?:保持|达到|位居|位列|稳定)/u.test(f.clause) && !ASKS.test(f.clauseWhole) && !ASKS_IN_CLAUSE.test(f.clauseWhole),
  // 近三年，全县巩固率始终保持在99%以上: a sentence that opens with the years behind it and asks nothing looks back.
  (f) => LOOKING_BACK.test(f.sentence) && !ASKS.test(f.sentence) && !ASKS_IN_CLAUSE.test(f.sentence),
  // 上半年，全县共接待来访群众120人次: the whole sentence only reports (or the part of it between
  // stops: 去年共讲授党课4次；…每学期讲授1次).
  (f) => onlyReports(f.part),
  // …问题已全部整改完成, ８项指标有７项达标: 已 after the figure, or a part of it that 有.
  (f) => ALREADY.test(f.after) || /^[^，。；]*?有[\d一二三四五六七八九十]/u.test(f.after),
  // 报名人数为12856人: the size of something, stated.
  (f) => stated(f) && /(?:人数|总数|数量|规模|人口|总量)(?:为|是|达到?|共)?$/u.test(f.clause),
  // 在职教师3826人，其中…: a total with its breakdown, named by nouns alone.
  (f) => stated(f) && /^[\p{Script=Han}（）()]{1,16}$/u.test(f.clause) && /^[^，。；]*[，,]其中/u.test(f.rest) && !PLANNING_VERB.test(f.clause),
  // 2026年全县…补充教师218名, 2025年，…合格率达98%: a sentence that opens with a year and asks
  // nothing (no 计划, 将, 要, no 不少于; 达 alone is what was reached) tells what that year brought.
  (f) => {
    // (完成计划的103% is what was reached, not a task still asked.)
    const unquoted = f.sentence.replace(/“[^”]*”|《[^》]*》/gu, '').replace(/完成(?:年度)?计划的/u, '');
    const reached = /^达(?!到)/u.test(f.after);
    // (…示范校，2026年学生体质健康测试合格率达98.2%: the year may open the figure's clause.)
    // (2027年3月起，…: from a date on, a plan.)
    if (/^\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?起/u.test(f.sentence)) return false;
    // (培训时间：2027年8月15日至19日: a year after a heading's colon dates a schedule, and reports nothing.)
    const clauseOpensWithYear = YEAR_OPENING.test(f.sentence.slice(f.before.length - f.clause.length)) && !/[：:]$/u.test(f.sentence.slice(0, f.before.length - f.clause.length));
    return (!f.compared || reached) && (YEAR_OPENING.test(unquoted) || clauseOpensWithYear) && !ASKS.test(unquoted) && !ASKS_IN_CLAUSE.test(unquoted) && !/每|年内|年底/u.test(unquoted);
  },
  // 2026年，全县…教师党员比例达到41.6%: a year-opening sentence with a figure to the tenth reports a measurement.
  // (…率达99.2%，各党支部要…: the year's clause, when the figure's own clause opens with it.)
  (f) => {
    const clauseOpens = YEAR_OPENING.test(f.sentence.slice(f.before.length - f.clause.length));
    const scope = clauseOpens ? f.clauseWhole : f.sentence;
    return (clauseOpens || YEAR_OPENING.test(f.sentence)) && /\d\.\d+(?:[%％]|万)/u.test(scope) && !/要|须|应|务必|确保|力争|争取|将|计划|目标|以上|以下|不少于|不低于|至少|不超过/u.test(scope);
  },
  // 全县教育系统共青团员4.2万人，少先队员18.6万人: a headcount in the hundreds or more, after nouns
  // alone, in a sentence that asks nothing (党员民主评议一年一次 asks, by its period).
  (f) => !f.compared && /^[\p{Script=Han}（）()“”]{1,20}$/u.test(f.clause) && HEADCOUNT.test(f.after) && !VERB.test(f.clause) && !ASKS.test(f.sentence) && !ASKS_IN_CLAUSE.test(f.sentence) && !/每|全年|年内|年底|前|一年|两年/u.test(f.sentence),
  // 省教育厅于2026年召开…会议，表彰先进集体20个: a dated action with no 将/拟/要 is past.
  (f) => /(?<!将|拟|要|计划)于\d{4}年[\d月日]*(?:召开|举办|印发|出台|开展|启动|举行|成立|组建)/u.test(f.sentence) && !ASKS_IN_CLAUSE.test(f.sentence) && !/要|须|应(?![急用对届聘])/u.test(f.sentence),
  // 2026年全县新建…8所，2027年要再新建10所: a clause of a year before the one the sentence plans for.
  (f) => {
    const year = /^(\d{4})年/u.exec(f.sentence.slice(f.before.length - f.clause.length));
    if (!year || ASKS.test(f.clauseWhole) || ASKS_IN_CLAUSE.test(f.clauseWhole)) return false;
    // (2027年…比例达到85%，2028年达到90%: a ladder of targets, each reached by its year, unless a
    // later year's clause asks in words of its own: 2026年达到…，2027年要…)
    if (f.compared && !/要|将|力争|确保|争取|计划|拟/u.test(f.rest)) return false;
    return [...f.rest.matchAll(/(\d{4})年/gu)].some((m) => Number(m[1]) > Number(year[1]));
  },
  // 达标率2025年为91%，2026年为95%: the figure a named year had, in a sentence that asks nothing.
  (f) => /(?<!到)\d{4}年(?:底)?(?:为|是|达)$/u.test(f.clause) && !ASKS.test(f.sentence) && !ASKS_IN_CLAUSE.test(f.sentence),
  // 由2024年的76%提高到2026年的92%: a figure of a named year.
  (f) => /\d{4}年的$/u.test(f.clause),
  // 截至2025年底，全县…已…: counted at a date.
  (f) => /截至|截止/u.test(f.before) && countsAtDate(f.sentence),
  // 会议指出，…取得明显成效，满意度达96.3%: results reported before its clause.
  (f) => RESULTS.test(f.beforeClause) && !ASKS_IN_CLAUSE.test(f.clause),
  // 荣获…称号，3名教师获评…; 获评一等奖2项: what was awarded, unless the plan aims at it (力争获评).
  (f) => AWARDED.test(f.clauseWhole) && !ASKS_IN_CLAUSE.test(f.clauseWhole),
  // 2025年全县中考合格率为96.2%: a figure to the tenth, stated with 为 in a sentence that names a year.
  (f) => !f.compared && /\d{4}(?:年|届)/u.test(f.sentence) && /为\d+\.\d+[%％]/u.test(f.sentence) && !ASKS.test(f.sentence) && !ASKS_IN_CLAUSE.test(f.sentence) && !TARGET.test(f.sentence),
];

/** A sentence that opens with a year, in figures or in words: 2026年, 二〇二五年度, 2026学年, 2025—2026学年. */
const YEAR_OPENING = /^(?:\d{4}(?:[—–-]\d{4})?|[〇零一二三四五六七八九]{4})学?年度?/u;
/** 近三年，…, 多年来，…: the years just past. */
const LOOKING_BACK = /^(?:近[\d一二三四五六七八九十]+年来?|近年来|多年来|[\d一二三四五六七八九十]+年来)[，,]/u;
/** 不超过上年度的110%, 不低于去年同期水平: last year named as the base a limit is set against. */
const BASE_YEAR = /(?:不超过|不低于|不少于|不高于|不多于|低于|高于|超过)[^，,。；;]{0,8}?(?:上一?年度?|去年)(?:同期)?/gu;

/** No comparator, nothing asked and no period in the clause: a figure merely stated. */
const stated = (f: Figure) => !f.compared && !ASKS_IN_CLAUSE.test(f.clause) && !/每|全年|年内/u.test(f.clause);
/** A count of people or bodies in the hundreds or more (or in 万): 3826人, 4.2万人, 312所. */
const HEADCOUNT = /^(?:\d{3,}|\d+(?:\.\d+)?万)(?:人次|人|名|个|所|支|家|户|位)/u;
/** Any verb of the genre before a figure: the clause then does something, it does not tally. */
const VERB = /组织|开展|召开|举办|培训|轮训|发展|配备|配齐|招聘|招收|建设|建成|新建|创建|打造|培育|选树|评选|表彰|推荐|完成|实现|确定|设立|设置|建立|遴选|认定|评定|命名|联系|走访|慰问|帮扶|结对|指导|讲|听|上|参加|参与|撰写|报送|提交|举行|安排|落实|推进|达到|达|保持|控制|覆盖|提高|提升|增加|减少|降低|扩大|新增|补充|吸收|选派|选拔|聘请|聘任|引进|交流|轮岗|送教/u;
/** Verbs that make a noun clause a plan (培训党员200名), not a tally. */
const PLANNING_VERB = /要|须|应|将|计划|培训|发展|配备|招聘|招收|建设|建成|培育|评选|完成/u;

/**
 * Whether the figure at `at` reports how things stand or stood (REPORT_SIGNS), or
 * goes on with a report in the clause before it: 全市现有…，其中…28所; 现有党支部36个，
 * 党员教师1105名; 全县在职教师3826人，其中….
 */
export function isReport(sentence: string, clauseStart: number, at: number, compared = false): boolean {
  const end = clauseEnd(sentence, at);
  const figure: Figure = {
    sentence,
    beforeClause: sentence.slice(0, clauseStart),
    before: sentence.slice(0, at),
    rest: sentence.slice(at),
    clause: sentence.slice(clauseStart, at),
    clauseWhole: sentence.slice(clauseStart, end),
    part: partAt(sentence, at),
    after: sentence.slice(at, end),
    compared,
  };
  if (REPORT_SIGNS.some((sign) => sign(figure))) return true;
  if (clauseStart === 0) return false;
  const clause = figure.clause;
  const previousStart = lastClauseStart(sentence, clauseStart - 1);
  const previous = sentence.slice(previousStart, clauseStart - 1);
  // 现有党支部36个，党员教师1105名: a clause of a noun and a figure goes on with the report before it.
  // 学校录取新生4865名，报到率达96.7%: 达 alone (not 达到, no 以上) is what the report found.
  const reached = /^达(?!到)[\d.]+[%％]?(?![\d%％]*以上)/u.test(sentence.slice(at));
  // (对举报线索做到100%核查: 做到 sets a target. 80周岁以上12人 goes on with a count: the age
  // that picks out whom stands as one word, 岁.)
  const continues = /^其中/u.test(clause) || ((!compared || reached) && /^[\p{Script=Han}“”"、]{1,16}$/u.test(clause.replace(/\d+周岁(?:以下|以上)/u, '岁')) && !ASKS_IN_CLAUSE.test(clause) && !/每|全年|做到|实现/u.test(clause));
  // 全县在职教师3826人，其中…: a total named by nouns alone is a report, and so is its breakdown.
  const statedTotal = new RegExp(`^[\\p{Script=Han}（）()]{1,16}(?:${NUMBER})[\\p{Script=Han}]{1,2}$`, 'u').test(previous) && !ASKS_IN_CLAUSE.test(previous) && !VERB.test(previous) && !/拟/u.test(previous);
  const target = /不少于|不低于|至少|不超过|(?<!级)以上|(?<!级)以下|以内|达到/u.test(previous);
  // The figure of the clause before, where it has one, is what tells whether that clause reports.
  const previousFigure = /(?<![\d.])\d+(?:\.\d+)?(?![\d.]|年)/u.exec(previous)?.index;
  const previousReports = isReport(sentence, previousStart, clauseStart - 1) || (previousFigure !== undefined && isReport(sentence, previousStart, previousStart + previousFigure));
  // (…应由具有副高级以上职称的党员教师担任，…比例保持在100%: a clause that asks reports nothing.)
  return continues && !target && (previousReports || (STATUS.test(previous) && !ASKS_IN_CLAUSE.test(previous)) || (/^其中/u.test(clause) && statedTotal));
}

/** The part of a sentence between the stops (；。) around `at`. */
export function partAt(sentence: string, at: number): string {
  const start = Math.max(sentence.lastIndexOf('；', at - 1), sentence.lastIndexOf(';', at - 1), sentence.lastIndexOf('。', at - 1)) + 1;
  const end = /[；;。]/u.exec(sentence.slice(at));
  return sentence.slice(start, end ? at + end.index : sentence.length);
}

/** An award won, not one that picks out whom a rule is for (获一等奖的教师优先推荐). */
function awardedReported(sentence: string): boolean {
  return [...sentence.matchAll(new RegExp(AWARDED.source, 'gu'))].some((m) => !/^[^，,。；;]{0,8}的/u.test(sentence.slice(m.index + m[0].length)));
}

/** 本办法所称…是指…, 本规定适用于…, 本办法自…起施行: a definition, a scope or a commencement asks nothing. */
const DEFINES = /^(?:第[一二三四五六七八九十百零〇\d]+条[\s　]*)?本(?:办法|规定|细则|通知|条例|制度|意见|方案|准则|标准)(?:第[一二三四五六七八九十百零〇\d]+条)?(?:所称|适用于|所指|中的|自[^。；;]{2,16}起施行)/u;

/** 关于2027年第一季度意识形态工作情况的通报: a document's title, which asks nothing itself. */
const TITLE = /^关于[^，,。；;]+的(?:通知|通报|报告|意见|决定|办法|方案|规定|细则|请示|批复|函)$/u;

export function definesOrScopes(sentence: string): boolean {
  return DEFINES.test(sentence) || TITLE.test(sentence.trim());
}

/** Being awarded: 荣获, 获评, 被评为, 入选. */
const AWARDED = /荣获|获评|获得|获(?=[一二三四五六七八九十\d]|全国|省|市|县|区)|被评为|被授予|入选/u;
/** A sentence that reports results (会议指出，…取得明显成效，满意度达96.3%): its figures are what was reached. */
const RESULTS = /取得[^，,。；;]{0,6}(?:成效|成绩|进展|成果|突破)|指出|显示(?![屏器牌板])|表明|通报了|^经(?:检查|核查|调查|督查|考核|评估|评审)[，,]/u;
/** Words in a clause that ask for something, whatever the sentence reports before it. */
/** (计划 asks as a verb, 计划于…, 计划新建; 营养改善计划惠及… names a programme.) */
const ASKS_IN_CLAUSE = /要|须|应(?![用急对届聘])|务必|确保|力争|争取|将|计划(?=于|在|到|将|用|新|再|公开|为|共|占|数|开展|完成|建|招|培训|组织|举办|投入|安排|\d)|目标|不少于|不低于|至少|不超过/u;

/** What follows the figure is the score it earns or loses: 缺席1次扣2分, 拖延1个月的扣2分, 加1分. */
const SCORE_AFTER = new RegExp(`^(?:[\\p{Script=Han}]{1,10}?(?:扣|减)|(?:的|者)?[，,]?(?:扣|加|减|记|得|计))(?:${NUMBER})分`, 'u');

/** Whether the figure ending at `end` is the condition of a score. */
export function isScore(sentence: string, end: number): boolean {
  return SCORE_AFTER.test(sentence.slice(end));
}

/**
 * Whether the clause holding `at` is a condition ending in 的 before its comma:
 * 未按要求每月召开支部委员会会议的，扣1分; 因故不能按月交纳的，经…同意可以补交. It names
 * a case a rule is for, and asks nothing itself.
 */
export function inConditionClause(sentence: string, at: number): boolean {
  // (（一）一年内受到2次以上通报批评的；: an item of a list of cases ends in 的；.)
  return /^[^，,。；;]*的[\p{Script=Han}]{0,4}(?:[，,]|[；;](?=\s*[（(]?[一二三四五六七八九十\d]*[）)]?|$))/u.test(sentence.slice(at));
}

/** A count already there, then the figure and 的: 党员人数3人以上的学校, 党员人数超过50人的党支部. */
const CONDITION_OF = /(?:人数|数量|规模|总数|人口|名额)(?:在|为|达到?|超过|满)?$/u;
/** Words right before a figure that make it a threshold or a rank: 不足3人, 未满18岁, 连续6个月, 排名后3位. */
const CONDITION_WORD = /(?:不足|不到|未满|未达到?|连续|(?:排名|排在|位列|名列)[前后]|排名[^，,。；;]{0,10}?[前后]|近[\d一二三四五六七八九十]+年内?[^，,。；;]{0,16})$/u;
/** A clause that ends in 的 before its comma or its rule: 受到2次通报批评的，取消…; 缺席超过3次的要说明原因. */
/** …的 and …者 that close a condition; 工作者, 志愿者 are names of people, not conditions. */
const WHO_WHICH = '(?:的|(?<!工作|管理|志愿|劳动|举办|经营|申请|使用|学|记|读|作|患)者)';
const CONDITIONAL_CLAUSE = new RegExp(`^[^，,。；;：:！!？?]*?(?:${WHO_WHICH}(?:[，,；;]|。?$|要(?!求)|须|应(?![急用对届聘])|必须|一律|均|不得|可以?|视为|按|予以|给予|责令)|${WHO_WHICH}[\\p{Script=Han}]{1,8}[，,]?(?:方可|方能|才能|才可|始得|可以?)|方可|方能|才能|才可|始得|[，,](?:方可|方能|才能|才可))`, 'u');

/**
 * Whether the figure's clause is a condition (…的，取消; …方可召开) or a threshold word
 * stands before it (不足, 连续). A share asks only this: 总数3%的比例 is a share, not a size.
 */
export function isConditionalClause(sentence: string, clauseStart: number, end: number, comparatorStart: number): boolean {
  const before = sentence.slice(clauseStart, comparatorStart);
  // (新教师须服务满5年方可申请调动: 须 asks for the figure; 方可 says what it then allows.)
  // (…须有三分之二以上代表出席方可召开 is still a quorum, below.)
  const allows = /^[^，,。；;的]*?方[可能]/u.exec(sentence.slice(end))?.[0];
  if (/须|必须|应当?(?![用急对届聘到])/u.test(before) && allows && !/出席|到会|同意|赞成|通过/u.test(allows)) return CONDITION_WORD.test(before);
  if (CONDITION_WORD.test(before) || CONDITIONAL_CLAUSE.test(sentence.slice(end))) return true;
  // 参会人员须达到应到会人数的三分之二以上: a quorum, which makes a meeting valid (每年应到联系点: a visit).
  // (须经理事会三分之二以上成员同意: a vote's threshold, the same way.)
  if (/到会|应到[会人]|出席/u.test(sentence.slice(clauseStart, end)) || /^[^，,。；;]{0,8}(?:出席|到会|同意|赞成|表决通过)/u.test(sentence.slice(end))) return true;
  // 满意率低于80%的服务项目要限期整改: a rate that picks out what a rule is for.
  // (占教职工总数三分之一以上的学校，应建立…: the same with a comma before the rule.)
  return !PLANNING_VERB.test(before) && /^[的者][\p{Script=Han}]{1,8}?[，,]?(?:要(?!求)|须|应(?![急用对届聘])|一律|限期|不得|将|予以|给予)/u.test(sentence.slice(end));
}

/**
 * Whether the figure (its comparator starting at `comparatorStart`, the figure
 * ending at `end`) picks out whom or when a rule applies to, not an amount to reach.
 */
export function isCondition(sentence: string, clauseStart: number, end: number, comparatorStart: number): boolean {
  const before = sentence.slice(clauseStart, comparatorStart);
  if (isConditionalClause(sentence, clauseStart, end, comparatorStart)) return true;
  // 300名学生以上的学校: a size, the noun it counts, then 以上的.
  if (/^[\p{Script=Han}]{1,4}(?:以上|以下)(?:的|[，,])/u.test(sentence.slice(end))) return true;
  // 党员人数在50名以上、100名以下的学校: a range of sizes, up to its 的.
  // (…超过100名、下设党支部3个以上的学院: a second size in the list keeps it a condition.)
  return CONDITION_OF.test(before) && new RegExp(`^(?:[、至到~-](?:${NUMBER})[\\p{Script=Han}]{0,2}?(?:以上|以下)?|、[^，,。；;的]{1,14}?)?的`, 'u').test(sentence.slice(end));
}
