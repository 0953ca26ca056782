/**
 * Figures with a unit: how often (with a period), how long, what share, how
 * many. One token per figure; a period (每月, 全年) before it in the same
 * clause makes a 次/期/遍 a frequency, else it is a count.
 *
 *   '每季度至少专题研究1次'          → frequency per 季度 ≥ 1 次
 *   '每两年开展一次'                 → frequency per 2年 = 1 次
 *   '全年开展主题党日活动不少于12次'   → frequency per 年 ≥ 12 次
 *   '每次不少于2小时' '半天'          → duration ≥ 2 小时, = 0.5 天
 *   '达90%以上' '百分之九十' '九成以上' → proportion 90 %
 *   '200人次以上' '2~3次' '三至五个'  → count ≥ 200 人次, range 2–3 次, range 3–5 个
 *   '10个左右'                      → count = 10 个, approximate
 *   '组织党务干部培训班2期、入党积极分子培训班1期'
 *       → count 2 期 (counts 党务干部培训班), count 1 期 (counts 入党积极分子培训班)
 *   '每月一主题'                    → frequency per 月 = 1 (counts 主题, no unit: none is written)
 */
import { AFTER, BEFORE, comparatorOf, MUST_NOT, type Comparator } from './comparators.ts';
import { AMOUNT, CN_DIGITS, NUMBER, RANGE_JOIN, readAmount, readShare } from './numbers.ts';
import { openingPeriod, PERIOD, perOf } from './periods.ts';
import { overlaps, type Span } from './names.ts';
import { clauseEnd, lastClauseStart } from './clauses.ts';
import { HEADS, subjectsOf } from './actors.ts';
import { isCondition, isConditionalClause, isReport, isScore, STATUS } from './no-requirement.ts';
import { reading, type Reading, type RequirementKind, type RequirementValue } from './reading.ts';

const DURATION_UNITS = ['个工作日', '工作日', '个学时', '学时', '个课时', '课时', '个小时', '小时', '分钟', '个月', '天'];
/** Units that are durations only after a comparator: 不少于3年 (but 2017年, 3月5日 are dates). */
const DURATION_UNITS_AFTER_COMPARATOR = ['学年', '周', '年', '日'];
const FREQUENCY_UNITS = ['次', '期', '场', '遍', '轮', '回', '届'];
const COUNT_UNITS = ['人次', '所次', '校次', '学分', '名', '人', '个', '所', '项', '篇', '批', '家', '支', '堂', '节', '门', '件', '份', '条', '处', '座', '本', '部', '户', '位', '套', '张', '幅', '册', '间'];
/** Units a Chinese numeral may carry without a comparator: 一期, 两名, 一遍 are counts, 两个 often names a slogan. */
const PLAIN_CHINESE_UNITS = new Set(['名', '人次', '所', '期', '遍', '次', '场', '篇', ...DURATION_UNITS]);
/** Comparators that may stand apart from the figure, with a verb between: 至少联系1个社区. */
const DETACHED = /(?:不得|不能|不应|不宜|严禁)(?:超过|少于|低于|多于)|限报|限推荐|限选送|至少|不少于|不低于|不小于|不超过|不多于|不高于|最多|最少|至多|达到/gu;
/** How far before a figure a detached comparator may stand (至少专题研究党建工作4次). */
const HAS_DETACHED = new RegExp(DETACHED.source, 'u');
const DETACHED_REACH = 16;
const SHARE_REACH = 24;

/** The units a value names (LABELS.md); any other measure word is kept apart as `measure`. */
const UNITS = new Set(['次', '期', '名', '人', '人次', '个', '所', '项', '篇', '学时', '小时', '分钟', '天', '个工作日', '个月', '遍']);
const UNIT = `(?:${[...DURATION_UNITS, ...DURATION_UNITS_AFTER_COMPARATOR, ...FREQUENCY_UNITS, ...COUNT_UNITS].sort((a, b) => b.length - a.length).join('|')})`;
/** A figure and its unit; 20天至30天 writes the unit twice, and is one range. */
const TOKEN = new RegExp(`(${BEFORE})?(${AMOUNT})(${UNIT})(?:(${RANGE_JOIN})(${NUMBER})\\3)?(${AFTER}|内|左右)?`, 'gu');
const SHARE = new RegExp(`(${BEFORE})?(\\d+(?:\\.\\d+)?[%％]|百分之[${CN_DIGITS}\\d.点]+|[一二三四五六七八九十]成(?![员绩果为立效本熟长功])|[${CN_DIGITS}\\d]+分之[${CN_DIGITS}\\d]+|\\d+\\/\\d+(?=以上|以下|[，,。；;]|$)|\\d+(?:\\.\\d+)?个百分点)(${AFTER}|左右)?`, 'gu');
const PERIOD_RE = new RegExp(PERIOD, 'gu');
/** A comparator, a figure and one measure word that is none of the units: 不少于3000字. Dates, times and tenths (六成, a share) are left out. */
const MEASURED_FIGURE = new RegExp(`(${BEFORE})(${AMOUNT})([^\\P{Script=Han}年月日号时分秒周季的之个级成${CN_DIGITS}])(?![时年期])(${AFTER})?`, 'gu');
/** 2000至3000字之间, 60行以内: a text's length or copies, a range or a cap with no comparator before it. */
const TEXT_MEASURE = new RegExp(`(?<![\\d.])(${AMOUNT})([字行首页])(${AFTER}|之间|左右)`, 'gu');
/** 每隔一个月: an interval, which a reader would have to turn into a period; read, never converted (隔周 is read as 每两周, periods.ts). */
const INTERVAL = new RegExp(`每隔(?:${NUMBER})?个?(?:学年|学期|季度|年|月|星期|周|天|日)`, 'gu');
/** 每10名党员推荐1名, 每100名学生配备1名: a ratio, whose figure is no total. */
const RATIO = new RegExp(`每(?:增加|新增|增)?(?:${NUMBER})(?:名|个(?!月|星期|学期|学年|季度|年|周)|人|所|户|位)`, 'gu');

/** 师生比不低于1:200: a staffing ratio, read as the one it asks for per so many (the measure keeps the rest). */
const STAFF_RATIO = new RegExp(`(?<=比(?:例)?(?:一般|原则上)?(?:为|是|按)?)(${BEFORE})?(\\d+)[:：∶](\\d+(?:\\.\\d+)?)(?![\\d.:：∶])|(${BEFORE})?(\\d+)[:：∶](\\d+(?:\\.\\d+)?)(?=的?(?:师生比|生师比|师幼比|比例))`, 'gu');
/** 10%至11%: two shares joined into a range. */
const SHARE_RANGE = /(\d+(?:\.\d+)?)[%％]?(?:至|到|~|～|-|—|－)(\d+(?:\.\d+)?)[%％]/gu;
/** 一式两份: the number of copies a paper is sent in. */
const COPIES = new RegExp(`一式(${NUMBER})份`, 'gu');
/** A scoring scheme: its shares (日常考核占60%) are weights the rule sets, not reports. */
const WEIGHTS = /总分|满分|权重|分值|百分制|计分|评分(?:标准|细则|办法)|(?:考核|考评|评价)中占|(?:考核|成绩|评价)占|[（(]占\d/u;
/** Words just before a bare figure that make it a length: 每届任期3年, 为期一周, 学制3年, 带教期为1年 (any …期 为). */
const LENGTH_OF = /(?:任期|聘期|聘任期|脱密期|保密期|过渡期|为期|学制|期限|时限|周期|结对期|帮扶期|考核期|有效期|试用期|见习期|实习期|预备期|适应期|公示期|考察期|观察期|培养期|服务期|[\p{Script=Han}]{1,3}(?<![学日星假])期(?=(?:一般)?(?:为|是))|公示|(?:学习|跟岗|研修|支教)(?=(?:一般)?为)|时间|时长|须经过|经过|服务满)(?:一般)?(?:为|是|在)?约?$/u;
/** 1年试用期: a length named after it. */
const LENGTH_NAMED = /^(?:的)?(?:试用期|见习期|实习期|预备期|任期|考察期)/u;

/** Measure words a bare figure after a period may carry: 每年200元, 每月3000字, 每年一度. */
const MEASURE_WORDS = /^[字万千度]/u;

/**
 * Per occurrence, not per period: 每年开展2次，每次不少于2小时 is a duration. 每人, 每名 do
 * not reset a period (每年同每名党员谈心1次 is still once a year).
 */
const PER_OCCURRENCE = /每(?:次|场|期)/gu;
/** Words before a figure that make it a rank or a repeat, not an amount: 再一次, 上一次. */
const NOT_AN_AMOUNT_AFTER = /[第每再又这那上下首同单逐多本该前后近]$/u;
/** 约30名, 大约两周: the figure is an estimate, shown as 约…, never as exact. */
const ABOUT = /约$/u;

/** The scope a counted noun may open with: 全县教育系统优秀共产党员 counts 优秀共产党员. */
const SCOPE = /^(?:全国|全省|全市|全县|全区|全校|本市|本县)(?:教育系统|各级各类学校|中小学)?(?=[\p{Script=Han}]{2})/u;

/** Verbs that lead a counted noun: 组织党务干部培训班2期 → 党务干部培训班; 培训党员200人次 → 党员. */
const COUNTING_VERBS = /组织开展|组织|观看|收看|阅读|研读|带教|指导(?!师|员|中心|站)|改扩建|改建|扩建|邀请|结对帮扶|结对|设(?=[一二三特专])|配备|配齐|组建|设置|选聘|聘请|培养|选配|明确|举办|开展|召开|建设|创建|打造|培育|选树|评选(?!名额)|命名|发展(?!对象)|新建|完成|培训(?!班|机构|中心|基地)|轮训(?!班)|选派|表彰|推荐|确定|选定|遴选|建立|设立|开设|编写|撰写|手写|发放|征集|联系|走访|慰问|帮扶|资助|招收|招募|吸收|建成|办好|举行|安排|选拔|评出|推出|打磨|制作|录制|发布|刊发|报送|上报/gu;

/** A clause's own numbering: （一）, 1., ①. */
const NUMBERED = /^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|[①-⑳])\s*/u;

const LEADING_VERBS = new RegExp(`^(?:${COUNTING_VERBS.source})+`, 'u');
const HAS_COUNTING_VERB = new RegExp(COUNTING_VERBS.source, 'u');

/**
 * 党员100名以上的党支部, 外出3个月以上的党员: a figure with only 以上/以下 after it,
 * then 的, and no verb before it picks out whom a rule is for. 配备2名以上的专职干部 (after
 * its verb), 不少于3天的集中培训 (a comparator before) and 每两周1次的 (a period) are amounts.
 */
function picksOut(sentence: string, clauseStart: number, token: Token, period: boolean): boolean {
  // 退休时间不超过五年的同志担任: a length of someone's service picks out who.
  if (/(?:时间|年龄|教龄|工龄|党龄)[^，,。；;]{0,4}$/u.test(sentence.slice(clauseStart, token.start)) && /^的[\p{Script=Han}]{0,4}(?:同志|人员|教师|干部|党员|学生)/u.test(sentence.slice(token.end))) return true;
  // 随班就读学生达到5人以上的普通学校: a size reached picks out which schools.
  if (/^达到?$/u.test(token.before) && /以上|以下/u.test(token.after) && /^的/u.test(sentence.slice(token.end))) return true;
  // 消除56人以上超大班额: the size marks what is to go, and asks for no such figure.
  if (/以上|以下/u.test(token.after) && /(?:消除|杜绝|化解|避免|清理|取消)[^，,。；;]{0,4}$/u.test(sentence.slice(clauseStart, token.start))) return true;
  // 请假1天以上3天以内的由校长审批: a range of sizes up to its 的 picks out which case.
  if (/以上|以下|以内/u.test(token.after) && new RegExp(`^(?:${NUMBER})[\\p{Script=Han}]{1,3}(?:以内|以下|以上)?的`, 'u').test(sentence.slice(token.end))) return true;
  // 须经过1年以上的培养: a length the rule asks for, not whom it picks out.
  if (token.before || /或$/u.test(sentence.slice(clauseStart, token.start)) || LENGTH_OF.test(sentence.slice(clauseStart, token.start))) return false;
  // 每学期缺课累计10天以上的学生，班主任须…: whom the rule after the comma is for.
  if (/以上|以下/u.test(token.after) && /^的[\p{Script=Han}]{1,6}[，,]/u.test(sentence.slice(token.end))) return true;
  if (period || HAS_COUNTING_VERB.test(sentence.slice(clauseStart, token.start))) return false;
  // 受到两次以上通报批评的学校: 以上/以下 and a few words, then 的, still pick out whom.
  return sentence[token.end] === '的' || (/以上|以下/u.test(token.after) && /^[\p{Script=Han}]{0,6}的/u.test(sentence.slice(token.end)));
}

interface Token {
  start: number;
  end: number;
  before: string;
  amountText: string;
  unit: string;
  after: string;
  amountStart: number;
}

/**
 * `blocked`: stretches already read (dates, names). `recurringDeadlines`: the deadlines among
 * them that recur (每学期开学后两周内): a number of times in their clause counts in their period.
 */
export function readAmounts(sentence: string, blocked: readonly Span[], recurringDeadlines: readonly Span[] = []): Reading[] {
  const periods = [...sentence.matchAll(PERIOD_RE)].filter((m) => !overlaps(blocked, m.index, m.index + m[0].length));
  const periodSpans: Span[] = periods.map((m) => [m.index, m.index + m[0].length]);
  const resets = [...sentence.matchAll(PER_OCCURRENCE)].map((m) => m.index);
  const intervals = [...sentence.matchAll(INTERVAL)];
  const ratios = [...sentence.matchAll(RATIO)];
  const asWritten: Span[] = [...intervals, ...ratios].map((m) => [m.index, m.index + m[0].length]);
  const frame = openingPeriod(sentence);
  const out: Reading[] = [];

  for (const m of sentence.matchAll(STAFF_RATIO)) {
    // (不低于1:350的师生比: the ratio may also stand before its name.)
    const [before, asked, base] = m[2] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    if (overlaps(blocked, m.index, m.index + m[0].length) || isReport(sentence, lastClauseStart(sentence, m.index), m.index, Boolean(before))) continue;
    out.push(reading('count', sentence, m.index, m.index + m[0].length, { comparator: comparatorOf(before ?? '', ''), amount: Number(asked), measure: `∶${base}` }));
  }

  // 10%至11%, 90%—95%: a range of shares.
  for (const m of sentence.matchAll(SHARE_RANGE)) {
    const low = Number(m[1]);
    const high = Number(m[2]);
    if (overlaps(blocked, m.index, m.index + m[0].length) || !(low < high)) continue;
    out.push(reading('proportion', sentence, m.index, m.index + m[0].length, { comparator: 'range', amount: low, max: high, unit: '%' }));
  }

  for (const m of sentence.matchAll(SHARE)) {
    const [text, before = '', figure = '', after = ''] = m;
    let start = m.index;
    const end = start + text.length;
    if (overlaps(blocked, start, end) || out.some((o) => start < o.end && o.start < end)) continue;
    const share = readShare(figure);
    // 九成 is a share only with a comparator (九成以上, 达到九成); bare, it is too often part of a word.
    if (share === null) continue;
    const clauseStart = lastClauseStart(sentence, start);
    // A share may stand further from its comparator than a count: 不低于本单位相同岗位试用期工资标准的80%.
    const gapStart = Math.max(clauseStart, start - SHARE_REACH);
    const gap = sentence.slice(gapStart, start);
    // 分别不低于80%和60%: the next share of the pair keeps the comparator.
    const pairedWith = out.find((o) => o.kind === 'proportion' && o.end <= start && /^[和、及与或]$/u.test(sentence.slice(o.end, start)));
    const detached = before || /\d/u.test(gap) ? '' : lastMatch(gap, DETACHED);
    // 九成 is a share only with a comparator (九成以上, 达到九成, 不少于总数的三成); bare, it is too often part of a word.
    if (/成$/u.test(figure) && !before && !after && !detached) continue;
    // 占考核总分的20%: the weight a score gives, set by the rule; 占全县党员的32%: a report.
    // (年度考核中，党建工作占30%，教育教学占50%…: shares of an appraisal listed one after another are its weights.)
    const weight = WEIGHTS.test(sentence) || (/考核(?:评分)?中/u.test(sentence) && (sentence.match(/占\d+(?:\.\d+)?[%％]/gu) ?? []).length >= 2);
    if (!before && !detached && !after && !weight && STATUS.test(sentence.slice(clauseStart, start))) continue;
    // (…成员中，中青年骨干占比超过六成: 超过 after 占比, with nothing asked, tells how things stand.)
    if (before === '超过' && /占比?$/u.test(sentence.slice(clauseStart, start)) && !/要|须|应(?![用急对届聘])|确保|力争|争取|将|计划|目标/u.test(sentence)) continue;
    if (!weight && isReport(sentence, clauseStart, start, Boolean(before || after || detached))) continue;
    // 按工资总额的2%拨缴工会经费: money set aside by a rate is a standard of funds, none of the kinds read.
    if (/(?:工资|薪酬|收入|经费|预算|资金)(?:总额)?的$/u.test(sentence.slice(clauseStart, start)) && /^(?:拨缴|提取|计提|列支|拨付)/u.test(sentence.slice(end))) continue;
    // 完成率达到100%的得5分: the condition of a score.
    if (isScore(sentence, end)) continue;
    // 三分之二以上委员到会方可召开: the quorum a meeting needs, not a share to reach.
    if (isConditionalClause(sentence, clauseStart, end, start)) continue;
    if (detached) start = gapStart + gap.lastIndexOf(detached);
    const approximate = after === '左右' || (!before && ABOUT.test(sentence.slice(0, m.index)));
    const comparator = !before && !detached && !after && pairedWith ? (pairedWith.value.comparator ?? '=') : comparatorOf(before || detached, approximate ? '' : after);
    out.push(reading('proportion', sentence, start, end, { comparator, amount: share, ...(approximate ? { approximate: true as const } : {}), unit: '%' }));
  }

  let previousEnd = -1;
  let previousPeriod = -1;
  let frameShown = false;
  let previous: { end: number; comparatorWord: string; after: string } | null = null;
  for (const m of sentence.matchAll(TOKEN)) {
    const token: Token = { start: m.index, end: m.index + m[0].length, before: m[1] ?? '', amountText: m[5] ? `${m[2] ?? ''}${m[4] ?? ''}${m[5]}` : (m[2] ?? ''), unit: m[3] ?? '', after: m[6] ?? '', amountStart: m.index + (m[1] ?? '').length };
    // 30日内 is at most 30 days; 一次内容 is no comparator (内 begins the next word).
    // (问题须在7日内整改, 一周内通知: days and weeks within are limits too.)
    if (token.after === '内' && ((!DURATION_UNITS.includes(token.unit) && !['日', '周'].includes(token.unit)) || /^[容部外涵在]/u.test(sentence.slice(token.end)))) {
      token.end -= 1;
      token.after = '';
    }
    // 三年内不得评优, 六个月内不得提升职务: a sanction's window, not a length asked for.
    if (token.after === '内' && /^(?:不得|不能|不予|不再)/u.test(sentence.slice(token.end))) continue;
    // 重大情况2小时内报…: a bare 内 with no event the deadline rules found is still a limit to act within.
    const within = token.after === '内';
    if (within) token.after = '以内';
    if (overlaps(blocked, token.start, token.end) || overlaps(periodSpans, token.amountStart, token.end) || out.some((o) => token.start < o.end && o.start < token.end)) continue;
    // 10个百分点 is a share (read above, or left as a score's condition), never 10 个.
    if (overlaps(asWritten, token.start, token.end) || isScore(sentence, token.end) || sentence.startsWith('百分点', token.end)) continue;
    const clauseStart = lastClauseStart(sentence, token.start);
    const clauseBefore = sentence.slice(clauseStart, token.start);
    if (isCondition(sentence, clauseStart, token.end, token.start)) continue;
    // 同一班级1天内出现3例…时，须在2小时内报告: a figure in the clause that says when is no length asked.
    if (/^[^，,。；;]*[\p{Script=Han}]时[，,]/u.test(sentence.slice(token.end)) && !/^[^，,。；;]*(?:小时|课时|学时|工时)[，,]/u.test(sentence.slice(token.end))) continue;
    const chinese = !/^\d/.test(token.amountText);
    const prefix = sentence.slice(Math.max(0, token.amountStart - 1), token.amountStart);
    // 上一次 is the last time; 上1次党课 and 至少…上1次 give a lecture.
    // (每季度上一次党课: right after a period, 上 is the verb too; 上一次 is never "each last time".)
    const verbShang = /[上下]/u.test(prefix) && (/^\d/u.test(token.amountText) || HAS_DETACHED.test(clauseBefore) || (prefix === '上' && new RegExp(`(?:${PERIOD})(?:至少|要|应|须)?$`, 'u').test(sentence.slice(clauseStart, token.amountStart - 1))));
    // 同一 is the same one; 同2至3名党外人士, 同三至五名 are with two or three of them.
    const withFigures = prefix === '同' && (/^\d/u.test(token.amountText) || /^[二两三四五六七八九十]/u.test(token.amountText));
    if (!token.before && NOT_AN_AMOUNT_AFTER.test(prefix) && !verbShang && !withFigures) continue;
    // 对全省11个设区市实施考核: how many places there are, named, not a number to reach.
    if (!token.before && /全[国省市县区]$/u.test(clauseBefore)) continue;
    // 考核结果分为…4个等次: the grades a result falls into, not a number to reach.
    // (分启动部署、集中阅读、总结表彰三个阶段: the phases a plan runs in, named.)
    if (/分(?:为|成)?[^，,。；;]*$/u.test(clauseBefore) && /^(?:等次|等级|档次|类|阶段|环节|部分|模块|板块|步骤)/u.test(sentence.slice(token.end))) continue;
    // 不足1名的按1名计算: how a remainder is counted, a rule of arithmetic, not a number to reach.
    // (每天按8学时认定, 发表论文1篇可折算10学时: how work is reckoned, not what is asked.)
    if ((/按$/u.test(clauseBefore) && /^(?:计算|计|认定|折算)/u.test(sentence.slice(token.end))) || /折算/u.test(sentence.slice(clauseStart, clauseEnd(sentence, token.start)))) continue;
    // 第二、三节: the second ordinal of a list.
    if (/第[一二三四五六七八九十\d]+、$/u.test(sentence.slice(clauseStart, token.amountStart))) continue;
    // 两次检查间隔不少于1个月: the times between which a gap is set, no number of times asked.
    if (FREQUENCY_UNITS.includes(token.unit) && /^[\p{Script=Han}]{0,6}?(?:间隔|之间)/u.test(sentence.slice(token.end))) continue;
    // (“五个一”活动，即读一本书、写一篇心得: what a name with numerals stands for, spelled out, asks no number of its own.)
    if (chinese && /“[^”]*[一二三四五六七八九十][^”]*”[^。；;]*即/u.test(sentence.slice(0, token.start))) continue;
    // 在一届任期内: the term named, no number of terms.
    if (token.unit === '届' && /^任期/u.test(sentence.slice(token.end))) continue;
    // 一批 is a number of no one kind (words.ts reads it, unquantified).
    if (token.unit === '批' && token.amountText === '一') continue;

    // A figure after 每隔… is listed with its words and no number: converting an interval
    // into times per period would be a guess.
    const interval = intervals.find((m) => m.index >= clauseStart && m.index < token.start);
    if (interval) {
      out.push(reading('frequency', sentence, interval.index, token.end, {}, { unread: '原文写的是间隔，没有换算成每个周期几次' }));
      previousEnd = token.end;
      continue;
    }
    // 每100名住宿生至少配备1名: the figure is read as written, and its match keeps the ratio, so
    // it is never shown as a total.
    const ratio = ratios.find((m) => m.index >= clauseStart && m.index < token.start);
    const period = [...periods].reverse().find((p) => p.index >= clauseStart && p.index + p[0].length <= token.amountStart);
    if (picksOut(sentence, clauseStart, token, Boolean(period))) continue;
    // 每三年为一个考核周期: the period names a cycle; its figure counts no times.
    if (period && /^(?:为|是|作为)$/u.test(sentence.slice(period.index + period[0].length, token.start))) continue;
    // 各校要在每学期开学后两周内开展1次检查: once a term, the term its deadline gives.
    const deadlinePeriod = FREQUENCY_UNITS.includes(token.unit) ? [...sentence.matchAll(PERIOD_RE)].find((p) => p.index >= clauseStart && p.index < token.start && overlaps(recurringDeadlines, p.index, p.index + p[0].length)) : undefined;
    const carriedPer = period ? undefined : ((deadlinePeriod && perOf(deadlinePeriod[0])) || periodOfListedClause(sentence, clauseStart, token, out) || framePer(sentence, frame, token));
    const periodEnd = period ? period.index + period[0].length : -1;
    const reset = resets.some((r) => r > (period?.index ?? Infinity) && r < token.start);
    const amount = readAmount(token.amountText);
    if (!amount) {
      // 两三次, 三五个: an estimate, not a figure. Listed with its words, no number guessed.
      // (三八节, 五四: two numerals that are no neighbours name a day, and are no estimate.)
      if (/^(?:一两|两三|二三|三四|四五|五六|六七|七八|八九|三五)$/u.test(token.amountText)) {
        const kind: RequirementKind = DURATION_UNITS.includes(token.unit) ? 'duration' : period && !reset ? 'frequency' : 'count';
        out.push(reading(kind, sentence, token.start, token.end, period && kind === 'frequency' ? { per: perOf(period[0]) } : {}, { unread: '原文是约数，没有给出确切数字' }));
      }
      continue;
    }

    // A comparator apart from the figure (至少专题研究1次) counts when no other figure stands between;
    // the next figure of a list (至少联系1个教研组、1个班级; 不少于2天或16学时) keeps it.
    // 至少上1节示范课、开设1次讲座: the comparator goes on across the list, verbs and all.
    // (不少于3天（24学时）: the figure in brackets says the same amount another way.)
    const chained: boolean = previous !== null && previous.end >= clauseStart && /^(?:[\p{Script=Han}]{0,12}[、和及与或][\p{Script=Han}]{0,6}|[、和及与或][\p{Script=Han}]{1,10}|[（(])$/u.test(sentence.slice(previous.end, token.start));
    // 每年至少与班子成员、局属学校主要负责人开展1轮: a comparator right after its period reaches further.
    const afterPeriod = periodEnd >= clauseStart && HAS_DETACHED.test(sentence.slice(periodEnd, periodEnd + 4)) && !/\d/u.test(sentence.slice(periodEnd, token.start));
    const gapStart = Math.max(clauseStart, previousEnd, periodEnd, afterPeriod ? 0 : token.start - DETACHED_REACH);
    const detached = token.before ? '' : lastMatch(sentence.slice(gapStart, token.start), DETACHED);
    const comparatorWord: string = token.before || detached || (chained ? (previous?.comparatorWord ?? '') : '');
    // 分别控制在45人、50人以下: the 以下 of the last figure of a pair bounds the first one too.
    const pairedAfter = token.after ? '' : (new RegExp(`^[、和及与](?:${NUMBER})(?:${UNIT})?(${AFTER})`, 'u').exec(sentence.slice(token.end))?.[1] ?? '');
    const stated: Comparator = amount.max !== undefined ? 'range' : comparatorOf(comparatorWord, token.after || pairedAfter || (chained && !token.before && !detached ? (previous?.after ?? '') : ''));
    // (不得…收取时间跨度超过3个月的费用: a prohibition before the clause's 超过 bounds it the other way.)
    const wordAt = clauseBefore.lastIndexOf(comparatorWord);
    const forbidden = new RegExp(MUST_NOT.join('|'), 'u').test(wordAt >= 0 ? clauseBefore.slice(0, wordAt) : clauseBefore) && ['超过', '多于', '高于', '低于', '少于'].includes(comparatorWord);
    const comparator: Comparator = forbidden ? (stated === '≥' ? '≤' : stated === '≤' ? '≥' : stated) : stated;

    // 处分期限为6个月: how long a sanction lasts asks nothing of anyone.
    if (/(?:处分|处罚|惩戒|影响)期(?:限)?(?:一般)?(?:为|是)?$/u.test(clauseBefore)) continue;
    const lengthOf = LENGTH_OF.test(clauseBefore) || LENGTH_NAMED.test(sentence.slice(token.end));
    if (DURATION_UNITS_AFTER_COMPARATOR.includes(token.unit) && !comparatorWord && !lengthOf && !within) continue;
    // 开考15分钟后: a point in time, not a length.
    if (!comparatorWord && sentence.startsWith('后', token.end)) continue;
    // 不超过60周岁: an age, not a length of weeks.
    if (token.unit === '周' && sentence.startsWith('岁', token.end)) continue;
    // 每月确定一天为“主题党日”, 把9月作为师德建设月: a span of time named as a day or month is no length.
    if (!comparatorWord && DURATION_UNITS.includes(token.unit) && /^(?:作)?为/u.test(sentence.slice(token.end))) continue;
    // 先进党支部五个 after 优秀共产党员二十名、: the next figure of a list is a figure too.
    const afterVerb = new RegExp(`(?:${COUNTING_VERBS.source})$`, 'u').test(clauseBefore) || (amount.amount >= 10 && HAS_COUNTING_VERB.test(clauseBefore));
    if (chinese && !comparatorWord && !token.after && amount.max === undefined && !PLAIN_CHINESE_UNITS.has(token.unit) && !(period && !reset) && !chained && !(afterVerb && amount.amount >= 3) && !lengthOf) continue;
    // 一名党员就是一面旗帜: a bare 一 opening its clause is an article, not a count (a count follows its verb).
    if (chinese && amount.amount === 1 && !comparatorWord && !period && clauseBefore.trim() === '') continue;

    // With a period, a figure of things is how often (每年发展党员不超过5名); time is always how long.
    // 供餐天数每学年不少于200天: a number of days is counted, not a length.
    const daysCounted = /[天日]数/u.test(clauseBefore);
    // 每周安排1课时: class periods a week are a timetable's share, counted like 节, not a length.
    const weeklyLessons = /课时$/u.test(token.unit) && ((period !== undefined && !reset && /周$/u.test(period[0])) || carriedPer === '周');
    // 每周值班不少于1天, 每月安排1天接待: days in a week, month or term are how often (培训时间不少于5天 is a length).
    const daysInPeriod = token.unit === '天' && period !== undefined && !reset && /(?:周|月|学期)$/u.test(period[0]) && !/时间|时长/u.test(clauseBefore) && !/^的/u.test(sentence.slice(token.end)) && amount.amount >= 1;
    const duration = (DURATION_UNITS.includes(token.unit) || DURATION_UNITS_AFTER_COMPARATOR.includes(token.unit)) && !daysCounted && !weeklyLessons && !daysInPeriod;
    const kind: RequirementKind = duration ? 'duration' : (period && !reset) || carriedPer ? 'frequency' : 'count';
    if (kind === 'count' && comparator === '=' && STATUS.test(clauseBefore)) continue;
    // 严格按照“十六字”总要求和25个步骤进行: the procedure followed, named by its figure.
    // 严格执行…发展党员工作25个步骤: the same, its verb before it and its steps named after the figure.
    if (kind === 'count' && comparator === '=' && /(?:按照|依照|遵循|对照)[^，,。；;]*$/u.test(clauseBefore) && /^[\p{Script=Han}]{0,6}(?:进行|执行|实施|开展|落实)/u.test(sentence.slice(token.end))) continue;
    if (kind === 'count' && comparator === '=' && /(?:执行|遵循|遵守|按照|依照|对照|落实)[^，,。；;]*$/u.test(clauseBefore) && /^(?:步骤|程序|环节|流程|原则|规定|禁令)/u.test(sentence.slice(token.end))) continue;
    if (isReport(sentence, clauseStart, token.start, comparator !== '=')) continue;
    // 可连任一次, 可延期一次: what a rule allows is no number of times it asks for.
    if (token.unit === '次' && comparator === '=' && /可(?:以)?[\p{Script=Han}]{1,3}$/u.test(clauseBefore)) continue;
    // A length in 日 is a number of days (延长30日 → 30 天).
    const unit = token.unit.replace(/^个(?=学时|课时|小时)/u, '').replace(/^工作日$/u, '个工作日').replace(/^日$/u, '天');
    const value: RequirementValue = { comparator, amount: amount.amount, ...(amount.max !== undefined ? { max: amount.max } : {}), ...(token.after === '左右' || (!token.before && ABOUT.test(prefix)) ? { approximate: true as const } : {}), ...(UNITS.has(unit) ? { unit } : { measure: unit }) };
    let start = detached ? gapStart + sentence.slice(gapStart, token.start).lastIndexOf(detached) : token.start;
    if (ratio) start = Math.min(start, ratio.index);
    // 每天巡查不少于1次: no period a label knows, but the row must not show 不少于1次 alone.
    // (小学生每天达到10小时、初中生达到9小时: the next figure of the list starts at its own words.)
    const daily = /每(?:天|日)/u.exec(sentence.slice(clauseStart, start));
    if (daily && kind !== 'frequency' && previousEnd < clauseStart + daily.index) start = clauseStart + daily.index;
    if (kind === 'frequency' && carriedPer) {
      value.per = carriedPer;
      // Carried from the sentence's opening period, the row shows it (unless a deadline holds it).
      const framed = frame && !frameShown && frame.index + (frame[1]?.length ?? 0) <= start && !overlaps(blocked, frame.index, frame.index + (frame[1]?.length ?? 0)) && framePer(sentence, frame, token) === carriedPer;
      if (framed) {
        start = sentence.indexOf(frame[1] ?? '', frame.index);
        frameShown = true;
      }
    }
    if (kind === 'frequency' && period) {
      value.per = perOf(period[0]);
      // The first figure after a period starts at the period; a second one (、…1期) at its own words.
      start = previousPeriod === period.index ? chainStart(sentence, previousEnd, start) : Math.min(period.index, start);
      previousPeriod = period.index;
    }
    if (kind === 'count') {
      const counts = countedNoun(sentence, Math.max(clauseStart, previousEnd), token.start, token.end, Boolean(detached));
      if (counts) value.counts = counts;
    }
    if (within && kind === 'duration' && !comparatorWord) {
      const { comparator: _within, ...limit } = value;
      out.push(reading('deadline', sentence, start, token.end, limit));
    } else out.push(reading(kind, sentence, start, token.end, value));
    previousEnd = token.end;
    previous = { end: token.end, comparatorWord, after: token.after };
  }

  // 每月一主题: a period and a figure with no unit written. Read what is written, invent no unit.
  for (const p of periods) {
    const at = p.index + p[0].length;
    const bare = new RegExp(`^(${NUMBER})([\\p{Script=Han}]{1,2})`, 'u').exec(sentence.slice(at));
    // 每周一 / 每周五 name a weekday; 每年一季度 a quarter: no figure in either.
    // (每年五四, 每年七一: a day named by its numerals, read with the occasions, no figure.)
    if (!bare || /周$/u.test(p[0]) || /^[季月年周日号天]/u.test(bare[2] ?? '') || out.some((o) => o.start <= at && at < o.end) || overlaps(blocked, at, at + 1)) continue;
    const amount = readAmount(bare[1] ?? '');
    // 每年一度的: the noun ends before 的.
    const noun = (bare[2] ?? '').replace(/的.*$/u, '');
    // 每月300元至800元的标准: money is a standard of pay, neither a frequency nor what each time is about.
    if (!amount || !noun || /^元/u.test(noun) || new RegExp(`^${UNIT}`, 'u').test(noun)) continue;
    // 每年200元: a measure word (元, 字), kept as written; 每月一主题: what each time is about.
    const what = MEASURE_WORDS.test(noun) ? { measure: noun.slice(0, 1) } : { counts: noun };
    out.push(reading('frequency', sentence, p.index, at + (bare[1]?.length ?? 0) + (what.measure ?? noun).length, { per: perOf(p[0]), comparator: '=', amount: amount.amount, ...what }));
  }

  // 一式两份: how many copies, a count of 份.
  for (const m of sentence.matchAll(COPIES)) {
    const amount = readAmount(m[1] ?? '');
    if (amount && !out.some((o) => m.index < o.end && o.start < m.index + m[0].length)) out.push(reading('count', sentence, m.index, m.index + m[0].length, { comparator: '=', amount: amount.amount, measure: '份' }));
  }

  for (const m of sentence.matchAll(TEXT_MEASURE)) {
    const [text, figure = '', measure = '', after = ''] = m;
    const amount = readAmount(figure);
    const end = m.index + text.length;
    if (!amount || (after === '之间' && amount.max === undefined) || overlaps(blocked, m.index, end) || out.some((o) => m.index < o.end && o.start < end)) continue;
    if (isScore(sentence, end) || isCondition(sentence, lastClauseStart(sentence, m.index), end, m.index) || isReport(sentence, lastClauseStart(sentence, m.index), m.index, true)) continue;
    out.push(reading('count', sentence, m.index, m.index + figure.length + measure.length + (after === '之间' ? 0 : after.length), { comparator: amount.max !== undefined ? 'range' : comparatorOf('', after === '左右' ? '' : after), amount: amount.amount, ...(amount.max !== undefined ? { max: amount.max } : {}), ...(after === '左右' ? { approximate: true as const } : {}), measure }));
  }

  // 不少于3000字, 不超过2000元: a comparator and a figure with a measure word outside the units.
  for (const m of sentence.matchAll(MEASURED_FIGURE)) {
    const [text, before = '', figure = '', measure = '', after = ''] = m;
    const start = m.index;
    const end = start + text.length;
    const amount = readAmount(figure);
    if (!amount || overlaps(blocked, start, end) || overlaps(periodSpans, start, end) || out.some((o) => start < o.end && o.start < end)) continue;
    if (isScore(sentence, end) || isCondition(sentence, lastClauseStart(sentence, start), end, start)) continue;
    if (isReport(sentence, lastClauseStart(sentence, start), start, true)) continue;
    // 不超过500元: money (fees, subsidies, pay) is no requirement of the kinds read here.
    if (measure === '元') continue;
    // 学生达到5人以上的学校: a size reached picks out which ones.
    if (/以上|以下/u.test(after) && sentence[end] === '的') continue;
    // 每年通读党章1遍，撰写学习笔记不少于1万字: the words written each year, in the period of the list.
    const clauseStart = lastClauseStart(sentence, start);
    const per = periodOfListedClause(sentence, clauseStart, { start, end, before, amountText: figure, unit: measure, after: after ?? '', amountStart: start + before.length }, out);
    out.push(reading(per ? 'frequency' : 'count', sentence, start, end, { comparator: amount.max !== undefined ? 'range' : comparatorOf(before, after), amount: amount.amount, ...(amount.max !== undefined ? { max: amount.max } : {}), measure, ...(per ? { per } : {}) }));
  }
  return out.sort((a, b) => a.start - b.start);
}


/**
 * 每年讲党课不少于1次，到联系点调研不少于4次: a clause that only goes on with the
 * list (no subject, period or 每 of its own) counts its 次 in the period of the
 * frequency in the clause just before it.
 */
const CONTINUES = /^(?:到|赴|深入|参加|参与|开展|组织|撰写|形成|提交|走访|听|讲|上|召开|举办|联系|指导|督促|解决|办理|化解|协调|与|同|向|对|为|在)/u;
const HEADED_OPENING = new RegExp(`^[\\p{Script=Han}]{0,8}?(?:${HEADS.join('|')})`, 'u');

function periodOfListedClause(sentence: string, clauseStart: number, token: Token, readSoFar: readonly Reading[]): string | undefined {
  // (…每周不少于3课时，高中不少于2课时: lessons go on with the list like 节.)
  const lessons = /课时$/u.test(token.unit);
  // (…，撰写学习笔记不少于1万字: words written go on with the list like 篇.)
  const written = token.unit === '字';
  if (!(FREQUENCY_UNITS.includes(token.unit) || COUNT_UNITS.includes(token.unit) || lessons || written) || !/^[，,、]$/u.test(sentence[clauseStart - 1] ?? '')) return undefined;
  // 并带教1到2名: 并, 还 and 同时 only join the clause to the one before.
  // (35周岁以下青年教师至少上2节: an age picks out who; it is no figure of the list.)
  // (…党员人数在50名以上的党组织不少于2名; 并于11月底前报送…1份: a size that picks out who and a
  // date to report by are no figures of the list.)
  const clause = sentence.slice(clauseStart, token.start).replace(/[与同对向为]每[名位个人所家]/gu, '').replace(/^(?:并且?|还|同时|另)/u, '').replace(/^(?:至少|最少|最多)/u, '').replace(/\d+周岁(?:以下|以上)(?:的)?/u, '').replace(/[\p{Script=Han}]{0,6}?在?\d+[\p{Script=Han}]{1,2}(?:以上|以下)的/u, '').replace(/^于?\d{1,2}月(?:\d{1,2}[日号]|底|末)?前/u, '');
  // (与每位学生家长至少沟通2次: 每位, 每名 after 与 name whom, and are no period of their own.)
  // (重大节假日前必须开展1次…, 任期内须承担不少于2次…: a time frame of the clause's own.)
  if (/每|全年|年内|年底|半年|学期|学年|季度|开学|期末|期间|期内|节假日|节日前|节前|[\d一二两三四五六七八九十]+个?[年月周](?!岁)/u.test(clause)) return undefined;
  // 其中专题研讨不少于4次: a part of the figure before it, in its period; 校长不少于20节: the
  // same act for another actor, its verb left out.
  const part = /^其中/u.test(clause);
  // (青年教师至少上2节: the comparator may keep a short verb of the act before the figure. 科学课班额控制在…
  // measures something else: a class size takes no period.)
  const gapped = (token.before !== '' || new RegExp(`${BEFORE}[\\p{Script=Han}]{0,2}$`, 'u').test(clause)) && new RegExp(`^[\\p{Script=Han}（）()、]{1,12}?(?:${BEFORE}[\\p{Script=Han}]{0,2})?$`, 'u').test(clause) && HEADED_OPENING.test(clause) && !/班额|人数|规模|比例|占比|时长|数量/u.test(clause);
  if (!part && !gapped) {
    if (subjectsOf(sentence).some((s) => s.start >= clauseStart && s.start < token.start)) return undefined;
    // 教务处另行安排3次: a clause that opens with a body's name has a subject of its own.
    if (!CONTINUES.test(clause) && !LEADING_VERBS.test(clause) && HEADED_OPENING.test(clause)) return undefined;
  }
  // Things (名, 篇, 个) recur only when the clause repeats an act: 指导青年教师1至2名, not 评选名额不超过10名.
  if (!part && !gapped && !FREQUENCY_UNITS.includes(token.unit) && !lessons && !CONTINUES.test(clause) && !LEADING_VERBS.test(clause)) return undefined;
  const previousStart = lastClauseStart(sentence, clauseStart - 1);
  // 每五年参加不少于360学时的培训，其中…不少于3次: a part takes the period of the clause before, whatever it counts.
  // (每年开展…主题活动，组织干部参加警示教育不少于1次: a clause before that opens with its period and
  // has no figure of its own lends the period too.)
  const previousClause = sentence.slice(previousStart, clauseStart);
  const opensWithPeriod = new RegExp(`^(?:${PERIOD})`, 'u').test(previousClause.replace(NUMBERED, '')) && !/\d|[一二两三四五六七八九十]+[次期个名]/u.test(previousClause);
  const periodBefore = part || opensWithPeriod ? new RegExp(PERIOD, 'u').exec(previousClause) : null;
  // (每学年参加研修不少于24学时，撰写反思不少于20篇; 每学期抽查比例不低于30%，发放问卷不少于500份: the
  // period before a length or a share in the clause before.)
  const lengthUnder = readSoFar.some((r) => (r.kind === 'duration' || r.kind === 'proportion') && r.start >= previousStart && r.end < clauseStart) ? new RegExp(PERIOD, 'u').exec(previousClause) : null;
  const per = readSoFar.find((r) => r.kind === 'frequency' && r.value.per && r.start >= previousStart && r.end < clauseStart)?.value.per ?? (periodBefore ? perOf(periodBefore[0]) : lengthUnder ? perOf(lengthUnder[0]) : undefined);
  // 暑假前集中开展1次 goes on with a yearly or termly list; a break comes too seldom for a
  // monthly one, and 寒假、暑假前分别开展一次 counts one before each.
  if (/寒假|暑假|假期/u.test(clause) && (/分别/u.test(clause) || !/^(?:年|学年|学期)$/u.test(per ?? ''))) return undefined;
  return per;
}

function framePer(sentence: string, frame: RegExpExecArray | null, token: Token): string | undefined {
  // (每年教师节，县委教育工委表彰优秀教师50名: honours given each time the frame comes round.)
  // (评选名额不超过20名 is a cap on one round, counted, not honours each time.)
  const clause = sentence.slice(lastClauseStart(sentence, token.start), token.start);
  const honoured = COUNT_UNITS.includes(token.unit) && /表彰|评选|评出|选树|命名/u.test(clause) && !/名额/u.test(clause);
  if (!frame || !(FREQUENCY_UNITS.includes(token.unit) || honoured) || /[。；;]/u.test(sentence.slice(0, token.start))) return undefined;
  return perOf(frame[1] ?? '');
}

function lastMatch(text: string, pattern: RegExp): string {
  return [...text.matchAll(pattern)].at(-1)?.[0] ?? '';
}

/** After a first figure, the next one in a list starts past the 、 or 和 that joins them. */
function chainStart(sentence: string, previousEnd: number, fallback: number): number {
  // 每季度召开1次党员大会、上1次党课: the second starts past the last 、 before it.
  const gap = sentence.slice(previousEnd, fallback);
  const joint = Math.max(...[...'、，,和及与'].map((c) => gap.lastIndexOf(c)));
  return joint >= 0 ? previousEnd + joint + 1 : previousEnd;
}

/**
 * What a count counts, when the text names it right by the figure: the noun
 * after a verb just before it (组织党务干部培训班2期), the next item of a list
 * (、入党积极分子培训班1期), the whole list before 各 (…培训班各1期), or a short noun
 * after it ending the clause (1个社区。).
 */
function countedNoun(sentence: string, from: number, figureStart: number, figureEnd: number, verbBetween: boolean): string | null {
  const stretch = sentence.slice(from, figureStart);
  // 举办工会主席、团委书记培训班各1期: 各 gives the figure to every item of the list before it.
  if (stretch.endsWith('各')) {
    const list = stretch.slice(0, -1).split(/[，,；;：:]/u).at(-1) ?? '';
    const verb = [...list.matchAll(COUNTING_VERBS)][0];
    // (即春季学期和秋季学期各一次: 即 restates what came before; it is no part of the items.)
    const items = (verb ? list.slice(verb.index + verb[0].length) : list).replace(/^即/u, '');
    return !verbBetween && /^[\p{Script=Han}、和及与]{2,40}$/u.test(items) ? items : null;
  }
  const item = stretch.split(/[、，,；;：:]/u);
  const last = item.at(-1) ?? '';
  // 1名组织委员和1名宣传委员: after 和 the noun follows the figure.
  const joined = /[和及与]$/u.test(stretch);
  // 组织党员干部观看警示教育片: the noun follows the last verb of the clause (组织 of 党组织 is a name).
  const verb = [...last.matchAll(COUNTING_VERBS)].filter((v) => !(v[0].startsWith('组织') && /[党团层]$/u.test(last.slice(0, v.index)))).at(-1);
  const listed = item.length > 1 && /、$/u.test(stretch.slice(0, stretch.length - last.length));
  const noun = (n: string) => !verbBetween && /^[\p{Script=Han}]{2,12}$/u.test(n) && !/[的地得要将应须]/u.test(n);
  // 评选表彰优秀共产党员15名: the noun starts after the last of the verbs in a row.
  // 评选表彰全县教育系统优秀共产党员: the scope (全县教育系统) is no part of what is counted.
  const afterVerb = verb ? last.slice(verb.index + verb[0].length).replace(LEADING_VERBS, '').replace(/约$/u, '').replace(SCOPE, '') : '';
  if (!joined && noun(afterVerb)) return afterVerb;
  // 、入党积极分子培训班1期 names its noun; 、选树10名… is only a verb, and its noun follows the figure.
  const listedItem = last.replace(/约$/u, '');
  const endsWithVerb = new RegExp(`(?:${COUNTING_VERBS.source})$`, 'u').test(listedItem) && !/[党团层]组织$/u.test(listedItem);
  // (…、财务状况等不少于10项内容: a list closed by 等 is counted by the noun after the figure.)
  if (!joined && listed && noun(listedItem) && listedItem.replace(LEADING_VERBS, '') && !endsWithVerb && !/等$/u.test(listedItem)) return listedItem;
  // 1名组织委员和…; 2名保安和1名教师值守: a short noun after the figure, without the act that follows it.
  const after = /^([\p{Script=Han}]{1,6}?)(?:协同|共同|轮流|值守|值班|陪餐|执勤|带班|在岗|驻点|驻校|巡查|参加|参与|组成|构成){0,2}(?=[，,。；;]|[和及与][\d一二两三四五六七八九十]|$)/u.exec(sentence.slice(figureEnd));
  if (after?.[1] && !/[的地得在到于向]/u.test(after[1])) return after[1];
  return null;
}
