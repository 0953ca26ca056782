/**
 * By when: dates, named points of the year, recurring and relative deadlines.
 * A date is never a count and a deadline is never a frequency, so these are
 * read first and their characters are off limits to the amount rules.
 *
 *   '于3月31日前报送'          → by '03-31'
 *   '2017年3月31日前'          → by '2017-03-31'
 *   '次年1月底前'              → by 'next-01-end'
 *   '检查结果于每年12月底前报'  → by '12-end', per '年'
 *   '于每月5日前报送上月工作情况' → by 'day-5', per '月'     '每季度末' → frequency per '季度'
 *   '到年底' '年底前'           → by 'year-end'     '年内' → 'within-year'
 *   '七一前完成'                → by '07-01'        '每年上半年' → 'H1', per '年'
 *   '上半年' → 'H1'    '一季度完成' '第一季度' → 'Q1'
 *   '任职后3个月内'             → by 'after:任职', amount 3, unit '个月'
 *   '及时公示'                  → deadline without a figure (quantified: false)
 */
import { clauseEnd, lastClauseStart } from './clauses.ts';
import { NUMBER, parseNumber } from './numbers.ts';
import { openingPeriod, perOf } from './periods.ts';
import { reading, type Reading } from './reading.ts';
import { HEADS, subjectsOf } from './actors.ts';
import { countsAtDate, inConditionClause, onlyReports } from './no-requirement.ts';

const DAY = `(?:\\d{1,2}|[一二三四五六七八九十]{1,3})`;
/** 前, and 截止 after a date (3月10日截止: the last day). */
const BEFORE_WORD = '(?:之前|以前|前(?!夕)|截止(?![日时]))';
const LEAD = '(?:到|至|截至|截止到?)';
/** The year after the one the document plans: 次年1月底前. */
const NEXT_YEAR = '次年|翌年|下一年度?|下年度?';

/** A limit's unit as LABELS.md names it; 周 and 年 are no units there and stay measures. */
function limitUnit(word: string | undefined): { unit: string } | { measure: string } {
  const unit = UNIT_AS_LABELLED[word ?? ''] ?? word ?? '';
  return unit === '周' || unit === '年' ? { measure: unit } : { unit };
}

/** Verbs that name an event by what happens or arrives: 发现隐患, 发生事故, 收到通知. */
const EVENT_VERBS = '发现|发生|收到|接到|得知|受理';

/** The units of a time limit: 3个月内, 5个工作日内, 24小时内. */
const LIMIT_UNITS = '个月|个工作日|工作日|天|日|周|年|小时|分钟';
/** A length in 日 is a number of days; 工作日 are counted as 个工作日. */
const UNIT_AS_LABELLED: Readonly<Record<string, string>> = { 日: '天', 工作日: '个工作日' };
/** Named days with a fixed date; a deadline before one is that date (七一前 → 07-01). */
const NAMED_DAYS: Readonly<Record<string, string>> = {
  七一: '07-01', 建党节: '07-01', 五四: '05-04', 青年节: '05-04', 八一: '08-01', 建军节: '08-01', 国庆节: '10-01', 国庆: '10-01', 十一: '10-01',
  元旦: '01-01', 劳动节: '05-01', 五一: '05-01', 儿童节: '06-01', 六一: '06-01', 教师节: '09-10', 三八节: '03-08', 妇女节: '03-08',
};

/** 每年上半年, 每年第一季度, 每年七一前: the deadline recurs every year. */
function everyYear(sentence: string, at: number): { per?: string } {
  // (每年应当于4月30日前: a modal and 于 may stand between.)
  return /每学?年(?:应当|应|须|要|必须)?(?:于|在)?$/u.test(sentence.slice(Math.max(0, at - 7), at)) ? { per: '年' } : {};
}

/** The periods a relative deadline may recur in: 每学期开学后一个月内. */
const PERIOD = '每(?:学期|学年|季度|半年|年度|年|月|周)';

const two = (n: number) => String(n).padStart(2, '0');
const num = (s: string | undefined) => (s === undefined ? null : parseNumber(s));

/** A day or end of a month: '31日' → '31'; '底' / '末' → 'end'. */
function dayOf(day: string | undefined, end: string | undefined): string | null {
  if (end) return 'end';
  const d = num(day);
  return d && d >= 1 && d <= 31 ? two(d) : null;
}

interface Rule {
  pattern: RegExp;
  read: (m: RegExpExecArray, sentence: string) => Reading | null;
}

const RULES: readonly Rule[] = [
  {
    // 任职后3个月内 · 活动结束后5个工作日内 · 收到通知后10日内 · 反馈之日起30日内 · 每学期开学后一个月内
    // (论坛、讲座结束后: a list of events, each ending the same way.)
    pattern: new RegExp(`([\\p{Script=Han}“][\\p{Script=Han}、“”（）\\d]{0,15}?)(?:之日起|之日后|后)(?:一般|原则上)?(?:应当|应|须|要|必须)?(?:在|于)?(${NUMBER})(${LIMIT_UNITS})(?:以|之)?内`, 'gu'),
    read: (m, s) => {
      // 会后7日内: a one-character event stands alone after a stop.
      const alone = (m[1] ?? '').length === 1 && /^$|[，,。；;：:在于]$/u.test(s.slice(0, m.index));
      const written = alone ? (m[1] ?? '') : eventOf(m[1] ?? '');
      const amount = num(m[2]);
      if (!written || amount === null) return null;
      // 每学期开学后: recurring, counted from 开学 each 学期; 每季度结束后 from 季度结束.
      const every = new RegExp(`(${PERIOD})(.*)$`, 'u').exec(written);
      const start = m.index + (m[1] ?? '').length - written.length + (every?.index ?? 0);
      const rest = every?.[2] ?? '';
      // 每次活动结束后, 每晚熄灯后: after each one, not recurring in a period; the event is 活动结束, 熄灯.
      const event = every ? (/^(?:结束|末|初|开始)$/u.test(rest) ? `${perOf(every[1] ?? '')}${rest}` : rest) : written.replace(/^每(?:次|晚|天|日|场|轮)/u, '');
      if (!event) return null;
      return reading('deadline', s, start, m.index + m[0].length, { by: `after:${event}`, amount, ...limitUnit(m[3]), ...(every ? { per: perOf(every[1] ?? '') } : {}) });
    },
  },
  {
    // 每月5日前 · 每年12月底前 · 每年3月31日前 · 每季度末 · 每季度首月10日前
    pattern: new RegExp(`(每(?:学年|学期|季度|年度|年|月|周|季))(?:首月|第一个月)?(?:(${DAY})月)?(?:(${DAY})[日号]${BEFORE_WORD}|(底|末)${BEFORE_WORD}?)(?!后)`, 'gu'),
    read: (m, s) => {
      const month = num(m[2]);
      const day = dayOf(m[3], m[4]);
      if (!day || (m[2] && (!month || month > 12))) return null;
      // 每季度末盘点1次, 每学年末，…开展一次: the figure says how often; the amounts read it with the period.
      if (!month && day === 'end' && new RegExp(`^[^。；;]*?(?:${NUMBER})(?:次|期|遍|轮)`, 'u').test(s.slice(m.index + m[0].length))) return null;
      // 每季度末, 每学期末: no date a deadline can hold; it says how often (once a period, at its end).
      if (!month && day === 'end') return reading('frequency', s, m.index, m.index + m[0].length, { per: perOf(m[1] ?? '') });
      const by = month ? `${two(month)}-${day}` : `day-${Number(day)}`;
      return reading('deadline', s, m.index, m.index + m[0].length, { by, per: perOf(m[1] ?? '') });
    },
  },
  {
    // 每月…，督导情况于次月5日前报送: the next month's day, as often as the month comes round.
    pattern: new RegExp(`次月(${DAY})[日号]${BEFORE_WORD}`, 'gu'),
    read: (m, s) => {
      const day = dayOf(m[1], undefined);
      return day && /每月/u.test(s.slice(0, m.index)) ? reading('deadline', s, m.index, m.index + m[0].length, { by: `day-${Number(day)}`, per: '月' }) : null;
    },
  },
  {
    // 11月1日至15日进行, 9月1日至9月30日: the work runs in a span of dates, due by its last day.
    pattern: new RegExp(`(?:(\\d{4})年)?(${DAY})月(${DAY})[日号](?:至|到|—|-|～|~)(?:(${DAY})月)?(${DAY})[日号]`, 'gu'),
    read: (m, s) => {
      // 受理时间为6月1日至6月15日 names a window; …至2022年8月31日出生的 is a range of birthdays.
      const closes = /^[，,]?逾期/u.test(s.slice(m.index + m[0].length));
      // (5月20日至6月5日为网上报名时间: the window named after it.)
      if ((/(?:时间|期间|时段)为$/u.test(s.slice(0, m.index)) && !closes) || /^(?:期间)?出生|^为[^，,。；;]{0,20}(?:时间|期间|时段)/u.test(s.slice(m.index + m[0].length))) return null;
      const month = num(m[4] ?? m[2]);
      const day = num(m[5]);
      if (!month || month > 12 || !day || day > 31) return null;
      return reading('deadline', s, m.index, m.index + m[0].length, { by: `${m[1] ? `${m[1]}-` : ''}${two(month)}-${two(day)}` });
    },
  },
  {
    // 3月：召开全校党建工作会议; …；11月：…; 7月—8月：…; 幼儿园9月工作安排：… — a schedule's month
    // heading: due by the end of its (last) month.
    // (9月，以…为契机开展…: a month opening the sentence, with a comma, is the same.)
    // (十二月份集中开展年度考核: a month opening the sentence, right before what is done in it.)
    pattern: new RegExp(`(?<=^|[；;。])(?:[\\p{Script=Han}]{0,6}?((?:${DAY})(?:月份?)?(?:(?:—|－|-|至|、)(${DAY})月份?)|(?:${DAY})月份?)(?:工作安排|工作计划|安排)?[：:]|((?:${DAY})月份?)[，,]|((?:${DAY})月份?)(?=(?:集中|统一|全面)?(?:开展|组织|召开|举办|举行|完成|进行|启动|部署|实施)))`, 'gu'),
    read: (m, s) => {
      const heading = m[1] ?? m[3] ?? m[4] ?? '';
      const last = /(\d{1,2}|[一二三四五六七八九十]{1,2})月份?$/u.exec(heading);
      const month = num(last?.[1]);
      const start = m.index + m[0].indexOf(heading);
      return month && month <= 12 ? reading('deadline', s, start, start + heading.length, { by: `${two(month)}-end` }) : null;
    },
  },
  {
    // 截止时间为2027年11月20日, 决赛定于5月26日举行, 报到时间：7月12日, 8月14日下午报到, 11月9日组织…演练: the
    // day set for the work (a bare date otherwise says only when something happens; a report is set aside below).
    pattern: new RegExp(`(?<=(?:截止(?:时间|日期)|报到(?:时间|日期))(?:为|是|[：:])|定于)(?:(\\d{4})年)?(${DAY})月(${DAY})[日号](?![至到—－~～-])|(?:(\\d{4})年)?(${DAY})月(${DAY})[日号](?=(?:上午|下午|晚上)?(?:\\d{1,2}[:：]\\d{2})?(?:前)?报到|(?:组织|开展|举行|举办|召开)(?!了)[\\p{Script=Han}])`, 'gu'),
    read: (m, s) => {
      const month = num(m[2] ?? m[5]);
      const day = num(m[3] ?? m[6]);
      const year = m[1] ?? m[4];
      return month && month <= 12 && day && day <= 31 ? reading('deadline', s, m.index, m.index + m[0].length, { by: `${year ? `${year}-` : ''}${two(month)}-${two(day)}` }) : null;
    },
  },
  {
    // 完成时间：2027年1月: a task table's time column, a month, due by its end.
    pattern: new RegExp(`(?<=(?:完成|办结|落实)?(?:时间|时限|时间节点)[：:])(?:(\\d{4})年)?(${DAY})月份?(?=[。；;，,]|$)`, 'gu'),
    read: (m, s) => {
      const month = num(m[2]);
      return month && month <= 12 ? reading('deadline', s, m.index, m.index + m[0].length, { by: `${m[1] ? `${m[1]}-` : ''}${two(month)}-end` }) : null;
    },
  },
  {
    // 县教育局将于5月组织交叉检查, 于2027年11月启动第二轮巡察: a one-off task set in a month, due by its end.
    pattern: new RegExp(`(?<=于)(?:(\\d{4})年)?(${DAY})月份?(?=(?:组织|开展|启动|召开|举办|举行|进行|完成|部署|实施)[\\p{Script=Han}])`, 'gu'),
    read: (m, s) => {
      const month = num(m[2]);
      // (…于2025年11月完成专家进校考察，评估结论为“通过”: a result reported names when it happened.)
      if (!month || month > 12 || /结论|结果为|已|(?<!为)了(?![解如结却])/u.test(s)) return null;
      return reading('deadline', s, m.index, m.index + m[0].length, { by: `${m[1] ? `${m[1]}-` : ''}${two(month)}-end` });
    },
  },
  {
    // 每年12月份开展民主评议 · 每年9月开展 · 每年11月至12月开展: the month (or the last month of a
    // span) the work recurs in, due by its end.
    pattern: new RegExp(`每学?年(${DAY})月份?(?:(?:至|到|—|－|-|～|~)(${DAY})月份?)?(?=[\\p{Script=Han}，,])(?![底末前中上下初])`, 'gu'),
    read: (m, s) => {
      const month = num(m[2] ?? m[1]);
      if (!month || month > 12 || /^[为是]|^[^，,。；;]{0,12}(?:前后|期间|之际|当天)|^[^，,。；;]{0,12}?为[^，,。；;]{0,16}(?:日|周|月)[”"]?(?:[。；;]|$)/u.test(s.slice(m.index + m[0].length))) return null;
      return reading('deadline', s, m.index, m.index + m[0].length, { by: `${two(month)}-end`, per: '年' });
    },
  },
  {
    // 2017年3月31日前 · 3月31日前 · 12月底前 · 6月底 · 到6月底 · 截至9月30日
    pattern: new RegExp(`(${LEAD})?(?:(\\d{4})年|(${NEXT_YEAR}))?(${DAY})月(?:(${DAY})[日号](?:\\d{1,2}[:：]\\d{2})?(${BEFORE_WORD})?|(底|末)(${BEFORE_WORD})?|(${BEFORE_WORD})|([上中下]旬)(${BEFORE_WORD})?)(?!后)`, 'gu'),
    read: (m, s) => {
      const [, lead, figureYear, nextYear, monthText, dayText, dayBefore, end, , monthBefore, tenDays, tenDaysBefore] = m;
      // 次年1月底前 is next year's January: the year is kept as `next`, never dropped.
      const year = figureYear ?? (nextYear ? 'next' : undefined);
      const month = num(monthText);
      if (!month || month > 12) return null;
      // A bare date (3月5日) is when something happens, not a deadline: it needs 前, 底 or 到.
      if (dayText && !dayBefore && !lead) return null;
      // 6月1日至6月15日 that the span rule set aside (a window named, a range of birthdays): 至 is no lead.
      if (lead === '至' && /[日号]$/u.test(s.slice(0, m.index))) return null;

      const start = m.index + (lead?.length ?? 0);
      const end_ = m.index + m[0].length;
      if (monthBefore) return reading('deadline', s, start, end_, {}, { unread: '只写到月份，没有写明哪一天' });
      if (tenDays) return tenDaysBefore || lead ? reading('deadline', s, start, end_, {}, { unread: '只写到旬，没有写明哪一天' }) : null;
      const day = dayOf(dayText, end);
      if (!day) return null;
      return reading('deadline', s, start, end_, { by: `${year ? `${year}-` : ''}${two(month)}-${day}` });
    },
  },
  {
    // 2017年底前 · 到年底 · 年底前 · 年末 · 年内 · 上半年 · 下半年
    pattern: new RegExp(`(?:(\\d{4})年(?:(?:底|末)${BEFORE_WORD}?|(上|下)半年|内)|(?<![上去明前当\\d${'一二三四五六七八九十两半'}个])(?<!(?<![中小大])学)(?:${LEAD}?年(?:底|末)${BEFORE_WORD}?|年内|(上|下)半年))`, 'gu'),
    read: (m, s) => {
      const [text, year, yearHalf, plainHalf] = m;
      const half = yearHalf ?? plainHalf;
      const by = half ? (half === '上' ? 'H1' : 'H2') : text.includes('年内') ? 'within-year' : year ? `${year}-12-end` : 'year-end';
      // 上、下半年各一次; 上半年、下半年各开展1次: halves that share out a figure are no deadlines.
      if (half && (/[上下](?:半年)?、$/u.test(s.slice(0, m.index)) || /^(?:、[上下]半年)*各/u.test(s.slice(m.index + text.length)))) return null;
      // 七一前完成上半年党员发展任务: after 完成 and before its noun, the half names which task, not by when.
      if (half && /(?:完成|总结|部署|落实|安排|制定)$/u.test(s.slice(0, m.index)) && /^[\p{Script=Han}]/u.test(s.slice(m.index + text.length))) return null;
      // 2027年上半年 → H1: halves, like quarters, carry no year (the match shows it).
      return reading('deadline', s, m.index, m.index + text.length, { by, ...everyYear(s, m.index) });
    },
  },
  {
    // 到2027年, 至2030年: a target year is due by its end (到2027年底 is read above).
    // (建设周期为2025年至2027年: a span of years names a period, no deadline.)
    pattern: /(?<!\d{4}年)(?:到|至)(\d{4})年(?![底末度的\d]|[上下]半年|第?[一二三四1-4]季度)/gu,
    read: (m, s) => reading('deadline', s, m.index, m.index + m[0].length, { by: `${m[1]}-12-end` }),
  },
  {
    // 一季度完成 · 第一季度 · 二季度末 · 第3季度前 (每季度 is a period, never a deadline)
    pattern: /(?<!每)(第)?([一二三四1-4])季度(?:末|内|前|底)?(?!工作|会议|例会|考核|的|起|开始)/gu,
    read: (m, s) => {
      const q = num(m[2]);
      // 党员大会一般一季度召开一次: after 一般 or 原则上, 一季度…一次 says how often, not by when.
      if (!m[1] && q === 1 && /(?:一般|原则上|通常)$/u.test(s.slice(0, m.index)) && /^(?:召开|开展|组织|举行|举办|进行)?(?:一|1)次/u.test(s.slice(m.index + m[0].length))) return null;
      // 召开2027年第一季度安全工作例会: the quarter names a meeting held, not a time to finish by.
      if (/^[^，,。；;]{0,8}?(?:例会|会议|分析会|调度会|推进会)/u.test(s.slice(m.index + m[0].length)) && /(?:召开|举行|举办|主持)[^，,。；;]{0,8}$/u.test(s.slice(0, m.index))) return null;
      return q ? reading('deadline', s, m.index, m.index + m[0].length, { by: `Q${q}`, ...everyYear(s, m.index) }) : null;
    },
  },
  {
    // 七一前 · 国庆节前 · 教师节之前: a named day with a fixed date.
    pattern: new RegExp(`[“"]?(${Object.keys(NAMED_DAYS).join('|')})[”"]?(?:${BEFORE_WORD})(?!后)`, 'gu'),
    read: (m, s) => reading('deadline', s, m.index, m.index + m[0].length, { by: NAMED_DAYS[m[1] ?? ''] ?? '', ...everyYear(s, m.index) }),
  },
  {
    // 提前15个工作日报批 · 活动举办前7个工作日内报备 · 会前3天送达: a lead time, so long before an
    // event, which no date can hold. The event is kept when the text names it (活动举办).
    pattern: new RegExp(`(?:提前|([\\p{Script=Han}]{1,8}?)(?<![提日月底末年]|(?<![开放入离返])学)前)(?:至少|不少于)?(${NUMBER})(${LIMIT_UNITS})(?:以|之)?内?`, 'gu'),
    read: (m, s) => {
      const amount = num(m[2]);
      // 会前3天, 考前30分钟: a one-character event stands alone after a stop or 于/在.
      const alone = (m[1] ?? '').length === 1 && /^$|[，,。；;：:在于]$/u.test(s.slice(0, m.index));
      const event = m[1] === undefined ? '' : alone ? m[1] : eventOf(m[1]);
      if (amount === null || (m[1] !== undefined && !event)) return null;
      const start = m[1] === undefined ? m.index : m.index + (m[1] ?? '').length - event.length;
      return reading('deadline', s, start, m.index + m[0].length, { amount, ...limitUnit(m[3]), lead: true, ...(event ? { before: event } : {}) });
    },
  },
  {
    // 在停办30日前告知, 届满3个月前: so long before an event named before the figure, a lead time.
    pattern: new RegExp(`(?<=[在于])((?![^，,。；;]*?[每第])[\\p{Script=Han}]{2,6}?)(?<![月年第])(${NUMBER})(个工作日|个月|日|天|周)前(?!后)`, 'gu'),
    read: (m, s) => {
      const amount = num(m[2]);
      return amount === null ? null : reading('deadline', s, m.index, m.index + m[0].length, { amount, ...limitUnit(m[3]), lead: true, before: m[1] ?? '' });
    },
  },
  {
    // 及时, 立即, 第一时间: by when, without a date
    pattern: /(?<!不)及时(?!率)|立即|第一时间/gu,
    // (情节轻微并及时改正的，可以不予处罚: a condition on a case, no time asked.)
    read: (m, s) => (inConditionClause(s, m.index) ? null : reading('deadline', s, m.index, m.index + m[0].length, {}, { quantified: false })),
  },
];

/** The verbs that name an event by what happened or came in: 收到…, 发生…, 出现空缺. */
const HAPPENED = `(?:${EVENT_VERBS}|出现|接收|收悉|获得|得到)`;

/** The event a relative deadline counts from: 新任党组织书记任职 → 任职, 一般在接到介绍信 → 接到介绍信. */
function eventOf(before: string): string {
  // After a preposition (于/在/自/从/待) comes the event; 其 stands for whoever it concerns.
  const pieces = before.split(/[于在自从待经]/u);
  const afterPreposition = (pieces.at(-1) ?? '').replace(/^其/u, '');
  // 在会后7日内: one character after the preposition is the whole event (会).
  if (pieces.length > 1 && afterPreposition.length === 1) return afterPreposition;
  // 在学生转出之日起, 在人员调整后: after a preposition the stretch is the event, whoever it concerns included.
  if (pieces.length > 1 && afterPreposition.length >= 2 && afterPreposition.length <= 10 && !new RegExp(HAPPENED, 'u').test(afterPreposition)) return afterPreposition.replace(/^新学[期年](?=开学)/u, '');
  // 收到上级党组织文件, 发生校园安全事故: an event named by its verb keeps its object whole, organisation and all.
  // (收到12345热线转办的诉求: a hotline's number is part of what is received.)
  const received = new RegExp(`${HAPPENED}[\\p{Script=Han}、\\d]*$`, 'u').exec(afterPreposition);
  // 学校收到整改通知: the body that receives is no part of the event; 举报受理: what is received is.
  if (received) {
    const before = afterPreposition.slice(0, received.index).replace(/^.*[，,：:]/u, '');
    return before && before.length <= 4 && !new RegExp(`(?:${HEADS.join('|')})$`, 'u').test(before) ? before + received[0] : received[0];
  }
  // 新任党组织书记任职: after whoever it concerns (…书记, …党支部) comes the event itself.
  const cut = afterPreposition.split(new RegExp(HEADS.join('|'), 'u')).at(-1) ?? '';
  // 支部委员会会议, 党员大会: a meeting named after its body is the event, body and all;
  // 操办结束 (办 is no body here): an event that only ends or begins is named by what ends.
  if (/^(?:会议|大会|会|活动|结束|开始|期满)$/u.test(cut) && afterPreposition.length <= 12) return afterPreposition;
  // 学生违纪处分决定作出: a long stretch after a 'body' (处 of 处分) is the event itself.
  if (cut.length > 4 && afterPreposition.length <= 10) return afterPreposition;
  if (cut.length >= 2) return cut.slice(-10);
  // 返校, 离校: a two-character event whose second character only looks like a body's name.
  if (cut === '' && afterPreposition.length === 2) return afterPreposition;
  // 确定资助对象: the body's name ends the event; it is the event's object.
  return cut === '' && afterPreposition.length >= 3 ? afterPreposition.slice(-8) : '';
}

/** A date after 截至 in a sentence that counts at it (no-requirement.ts) is when figures were counted, not a deadline. */
function isReferenceDate(sentence: string, r: Reading): boolean {
  // The lead word stands just before the date, or opens the match (到年底 keeps its 到).
  return (/截至|截止/u.test(sentence.slice(Math.max(0, r.start - 3), r.start + 2)) && countsAtDate(sentence)) || onlyReports(sentence);
}

/** A time limit with no event of its own: 收到后5个工作日内登记，30日内办结. */
const FURTHER_LIMIT = new RegExp(`(?:(?<=[在于])|(?<![\\p{Script=Han}\\d]))(${NUMBER})(${LIMIT_UNITS})(?:以|之)?内`, 'gu');
/** 发生校园安全事故后，学校须在1小时内…: a clause ending in 后 names the event the limits after it count from. */
const EVENT_CLAUSE = /(?:^(?:第[一二三四五六七八九十百零〇\d]+条[\s　]*|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[①-⑳])?|(?<=[，,。；;]))(?:一经)?([\p{Script=Han}、“][\p{Script=Han}、\d“”（）]{1,29}?)(?:后|时|的)?(?<=后|(?<![小课学工])时|的|一经发现|一经查实)[，,]/gu;
/** 发现错误言论和有害信息，要立即处置，并在2小时内报告 (遇有舆情事件，…): a clause that opens with finding, receiving or meeting something is the event. */
const EVENT_OPENING = new RegExp(`(?:^|[。；;])(?:[^\\s，,。；;须应要在于]{2,10}?(?=${EVENT_VERBS}))?((?:${EVENT_VERBS}|遇有|遇到)[\\p{Script=Han}、]{2,20}?)(?:的|时|后)?[，,]`, 'gu');
/** 发现险情须在30分钟内报告: an event named by its verb, then the limit. */
const EVENT_THEN_LIMIT = new RegExp(`((?:${EVENT_VERBS}|出现|遇到|遇)[\\p{Script=Han}]{1,8}?)(?:后|的)?(?:应当|应|须|要|必须)?(?:在|于)(${NUMBER})(${LIMIT_UNITS})(?:以|之)?内`, 'gu');
/** 在入职一个月内: a life event of whoever it concerns, then the limit. */
const EVENT_WORD_LIMIT = new RegExp(`((?:新)?(?:入职|任职|到岗|入学|开学|入党|转正|换届|离任|调动|报到|毕业|选举|当选))(${NUMBER})(${LIMIT_UNITS})(?:以|之)?内`, 'gu');
/** A limit after its event clause: (须)在1小时内, 24小时内. */
const LIMIT = new RegExp(`(?:(?:应当|应|须|要|必须)?(?:在|于))?(${NUMBER})(${LIMIT_UNITS})(?:以|之)?内(?!不得|不能|不予)`, 'gu');

/** A second limit after a relative deadline counts from the same event, and says so. */
function furtherLimits(sentence: string, relative: Reading): Reading[] {
  const out: Reading[] = [];
  const rest = sentence.slice(relative.end);
  for (const m of [...rest.matchAll(FURTHER_LIMIT), ...rest.matchAll(FURTHER_CAP)]) {
    const amount = num(m[1]);
    // 延长期限不得超过30日 is how far it may be extended: a length, read as one.
    // 整改期限一般不超过两个月, 整改时限最长不超过两个月 name a length, and are read as one.
    const lead = sentence.slice(lastClauseStart(sentence, relative.end + m.index), relative.end + m.index);
    // (…，特殊情况需要延长的，最长不超过1个月: an extension's cap, however far after its 延长.)
    if (amount === null || /延长|延期|顺延/u.test(sentence.slice(relative.end, relative.end + m.index)) || (m[0].includes('不超过') && /(?:期限|时限|时间|时长|周期|假期)(?:一般|原则上|最长|最多)?$/u.test(lead))) continue;
    m.index += relative.end;
    const from = { ...relative.value };
    delete from.unit;
    delete from.measure;
    out.push(reading('deadline', sentence, m.index, m.index + m[0].length, { ...from, amount, ...limitUnit(m[2]) }));
  }
  return out;
}

/** 24小时内修复一般问题，复杂问题原则上不超过3个工作日: a second limit written as a cap. */
const FURTHER_CAP = new RegExp(`(?:原则上|一般)?不超过(${NUMBER})(${LIMIT_UNITS})(?![\\p{Script=Han}]{0,2}的)`, 'gu');

/** 对筛查发现的心理危机学生, 排查发现的问题: 发现的 makes a noun of what was found, no event to count from. */
const WHAT_WAS_FOUND = new RegExp(`(?:${EVENT_VERBS})的[\\p{Script=Han}]{2,}$`, 'u');
const namesWhatWasFound = (event: string) => WHAT_WAS_FOUND.test(event);

/** Limits counted from an event the sentence names apart from them (an 后 clause, or 发现… before 须在). */
function limitsAfterEvents(sentence: string): Reading[] {
  const out: Reading[] = [];
  for (const m of [...sentence.matchAll(EVENT_THEN_LIMIT), ...sentence.matchAll(EVENT_WORD_LIMIT)]) {
    const amount = num(m[2]);
    const event = m[1] ?? '';
    if (amount === null || !event || namesWhatWasFound(event)) continue;
    // 新教师入职三年内，每学期上汇报课1节: the span a recurring duty runs in, not a time to finish by.
    if (/^[，,]每/u.test(sentence.slice(m.index + m[0].length))) continue;
    out.push(reading('deadline', sentence, m.index, m.index + m[0].length, { by: `after:${event}`, amount, ...limitUnit(m[3]) }));
  }
  const events = [...sentence.matchAll(EVENT_CLAUSE), ...sentence.matchAll(EVENT_OPENING)].filter((e) => !namesWhatWasFound(e[1] ?? ''));
  for (const e of events) {
    // 教职工党员退休后，…; 校园内发生安全事故后，…: a clause of its own names the event whole,
    // but who receives or finds something is no part of it (学校收到整改通知后 → 收到整改通知).
    // When the limit's clause names who acts (网络舆情发生后，学校须…), what stands before the
    // verb is part of the event, not its receiver.
    const clause = e[1] ?? '';
    const limitClause = e.index + e[0].length;
    const actedBySomeoneElse = subjectsOf(sentence).some((s) => s.start >= limitClause && s.start <= limitClause + 3);
    const byVerb = new RegExp(`^(.*?)((?:${EVENT_VERBS})[\\p{Script=Han}、]*)$`, 'u').exec(clause);
    // (A condition ending in 的 or 时 names its case whole, however long: 教职工因病因事不能参加集中学习的.)
    const whole = (clause.length <= 14 || /[的时][，,]$/u.test(e[0])) && !/^(?:在|于|自|从)/u.test(clause);
    // 师德失范行为一经查实，…: what follows 一经 is the event (as 一经发现 → 发现).
    const once = /一经([\p{Script=Han}]+)$/u.exec(clause)?.[1];
    // (信访事项受理后: before 受理 stands what is received, not who receives it, and it stays in the event.)
    const received = byVerb && /^受理/u.test(byVerb[2] ?? '') && !new RegExp(`(?:${HEADS.join('|')})$`, 'u').test(byVerb[1] ?? '');
    // (校外培训机构每次培训课程结束后，…: after each one, the event is what ends, as for 每次…后 above.)
    // (学校发生学生意外伤害事故后，班主任须…: a body in front of 发生 is who it befalls, no part of the event.)
    const actorFirst = /^(?:学校|幼儿园|各校|各学校|本校|学院|单位)$/u.test(byVerb?.[1] ?? '');
    const event = (once ?? (byVerb && byVerb[1] && !/内$/u.test(byVerb[1]) && (!(actedBySomeoneElse && whole) || actorFirst) && !received ? (byVerb[2] ?? '') : whole ? clause : eventOf(clause))).replace(/^[^，,]*?每(?:次|场|轮|晚)(?=[\p{Script=Han}]{2})/u, '');
    if (!event) continue;
    const stop = /[。；;]/u.exec(sentence.slice(e.index + e[0].length));
    // (对擅自发布的，一经发现，责令在2小时内删除: a later event clause is nearer, and its limits are its own.)
    const nextEvent = Math.min(...events.filter((x) => x.index > e.index).map((x) => x.index + x[0].length));
    const until = Math.min(stop ? e.index + e[0].length + stop.index : sentence.length, nextEvent);
    LIMIT.lastIndex = e.index + e[0].length;
    for (let m = LIMIT.exec(sentence); m && m.index < until; m = LIMIT.exec(sentence)) {
      const amount = num(m[1]);
      if (amount === null) continue;
      const start = m.index + m[0].indexOf(m[1] ?? '');
      out.push(reading('deadline', sentence, start, m.index + m[0].length, { by: `after:${event}`, amount, ...limitUnit(m[2]) }));
    }
  }
  return out;
}

export function readDeadlines(sentence: string): Reading[] {
  const out: Reading[] = [];
  for (const rule of RULES) {
    for (const m of sentence.matchAll(rule.pattern)) {
      const r = rule.read(m, sentence);
      // (党员组织关系转出后3个月内尚未转入的，…: a limit inside a case a rule is for asks nothing.)
      if (r && isReferenceDate(sentence, r)) continue;
      if (r && !out.some((o) => r.start < o.end && o.start < r.end)) out.push(r);
    }
  }
  const add = (rs: Reading[]) => {
    for (const r of rs) if (!out.some((o) => r.start < o.end && o.start < r.end)) out.push(r);
  };
  // Limits after a relative deadline first, then limits after an event clause, then limits after those.
  const relative = out.find((r) => r.value?.by?.startsWith('after:'));
  if (relative) add(furtherLimits(sentence, relative));
  add(limitsAfterEvents(sentence));
  const fromEvent = relative ? undefined : out.filter((r) => r.value?.by?.startsWith('after:')).sort((a, b) => a.start - b.start)[0];
  if (fromEvent) add(furtherLimits(sentence, fromEvent));
  // (党员组织关系转出后3个月内尚未转入的，…; （一）一年内受到2次以上通报批评的；: a limit inside a case a rule is for asks nothing.)
  const inCase = (r: Reading) => /^(?:after:|$)/u.test(r.value.by ?? '') && r.value.amount !== undefined && /的[；;]?$/u.test(sentence.slice(r.start, clauseEnd(sentence, r.start)));
  return listedRecurring(sentence, out.filter((r) => !inCase(r)));
}

/** A yearly task: 每年开展1次…, 每年向党委述职1次, 每学年第一学期完成认定. */
const YEARLY_TASK = /(每(?:[两二三四五\d])?学?年)(?!度)[^，,。；;]{0,16}?(?:[\d一二两三四五六七八九十]+(?:次|期|轮)|开展|组织|召开|举办|进行|完成|评选|考核|检查|评议|述职|普查|认定)/u;

/**
 * 每年7月15日前、12月31日前: a date listed after a recurring one recurs with it; so does a
 * date by which a yearly task's results are reported, in a later clause (每年开展一次考核，
 * 结果于12月底前报送), unless a year of its own stands between (今年, 2027年). A date for
 * another task (…，11月底前完成述职评议) is that task's own.
 */
function listedRecurring(sentence: string, readings: Reading[]): Reading[] {
  const sorted = [...readings].sort((a, b) => a.start - b.start);
  return sorted.map((r, i) => {
    const previous = sorted[i - 1];
    const by = r.value.by ?? '';
    // 每学期开学前检测1次，并于开学后5日内报备: 开学 comes round each term, and the limit with it.
    // (每季度开展1次…，报告于季度结束后10日内报: the quarter comes round, and the limit with it; 秋季学期开学 too.)
    const termly = /^after:(?:[\p{Script=Han}]{0,4}开学|学期结束|学年结束|期末|放假)$/u.test(by) ? /每(学期|学年)/u.exec(sentence.slice(0, r.start)) : /^after:季度结束$/u.test(by) ? /每(季度)/u.exec(sentence.slice(0, r.start)) : null;
    if (termly && !r.value.per) return { ...r, value: { ...r.value, per: termly[1] ?? '' } };
    if (r.value.per || !/^(?:(?:next-)?\d{2}-(?:\d{2}|end)|Q[1-4]|H[12])$/u.test(by)) return r;
    // 每年7月1日开始，9月30日前结束: the window opens each year, so it closes each year.
    const window = /每(学?年)\d{1,2}月\d{1,2}[日号](?:开始|起)/u.exec(sentence.slice(0, r.start));
    if (window) return { ...r, value: { ...r.value, per: window[1] === '学年' ? '学年' : '年' } };
    if (previous?.value.per && /^[、和及]$/u.test(sentence.slice(previous.end, r.start))) return { ...r, value: { ...r.value, per: previous.value.per } };
    // A yearly task in the clauses before, or a yearly frame the sentence opens with (每学年末，…).
    const task = YEARLY_TASK.exec(sentence.slice(0, r.start));
    const frame = /^每学?年/u.exec(openingPeriod(sentence)?.[1] ?? '');
    const yearly = task ? { word: task[1] ?? '', at: task.index } : frame ? { word: frame[0], at: 0 } : null;
    if (!yearly || /\d{4}年|今年|本年/u.test(sentence.slice(yearly.at, r.start))) return r;
    // (每两年开展一次，结果于当年11月底前报: as often as the task, per 2年.)
    const per = perOf(yearly.word);
    // The task's results reported or published by a date (述职报告于12月20日前报送, 次年1月15日前公布). A limit
    // after an event (考核结束后10个工作日内) already recurs with its event and takes no period.
    // (…，5月底前完成: the task itself completed by the date, its object left out.)
    const clauseOfDate = sentence.slice(lastClauseStart(sentence, r.start), clauseEnd(sentence, r.end));
    // (…每年开展一次，一般安排在一季度: the task itself set in a time of the year.)
    const reports = /报|交|送|公布|公示|通报|反馈|录入|上传|归档|安排在|安排于|集中在|时间为/u.test(clauseOfDate) || /前(?:全部)?(?:完成|完工)$/u.test(clauseOfDate);
    return !by.startsWith('after:') && reports ? { ...r, value: { ...r.value, per } } : r;
  });
}
