/**
 * Occasions the work is tied to: anniversaries and the days of the calendar.
 *
 *   '结合建党95周年开展主题演讲'        → occasion '建党95周年'
 *   '庆祝中华人民共和国成立70周年'       → occasion '中华人民共和国成立70周年'
 *   '在“七一”前后开展走访慰问'          → occasion '七一'
 *   '利用清明节开展主题教育'             → occasion '清明节'
 *   '为纪念中国共产主义青年团成立104周年' → occasion '中国共产主义青年团成立104周年'
 *   '利用“全民国家安全教育宣传周”开展…'  → occasion '全民国家安全教育宣传周'
 */
import { onlyReports } from './no-requirement.ts';
import { NUMBER } from './numbers.ts';
import { reading, type Reading } from './reading.ts';

/** Words that introduce an occasion; the occasion's name starts after them. */
const LEAD = /^.*(?:结合|围绕|纪念|庆祝|迎接|喜迎|迎来|恰逢|正值|借助|利用|以|在|为|开展|举办|举行|隆重|筹备|精心|要|将|做好|值此|是)/u;
/** 2019年是新中国成立70周年: a statement about the year ties no work to it. */
const STATEMENT = /是$|迎来$|恰逢$|正值$/u;
const ANNIVERSARY = new RegExp(`([\\p{Script=Han}]{1,24})(${NUMBER})周年`, 'gu');
/** Days known by name, longer names first, so 五四青年节 wins over 五四 and 青年节. */
const NAMED_DAYS = [
  '五四青年节', '六一国际儿童节', '六一儿童节', '国际儿童节', '三八国际妇女节', '三八妇女节', '国际妇女节', '三八节', '三八', '全民国家安全教育日', '国家安全教育日', '国家宪法日', '烈士纪念日', '开学第一课', '少先队建队日', '建队日',
  // Exams and national meetings as the time of the work: 高考期间, 全国两会期间.
  '高考', '中考', '学业水平考试', '全国两会',
  '七一', '五四', '五一', '六一', '十一', '八一', '元旦', '春节', '清明节?', '端午节?', '中秋节?', '国庆节?', '教师节', '建党节', '建军节', '劳动节', '儿童节', '青年节', '妇女节', '重阳节', '植树节', '宪法日',
].join('|');
/** Every day the text may name; 第42个教师节 counts the day, it is no figure. */
const DAY_NAMES = [
  `第[\\d${'一二三四五六七八九十'}]+个(?:教师节|国家安全教育日|全民国家安全教育日|国家宪法日|烈士纪念日)`,
  // 世界读书日, 全国科普日, 国际禁毒日, 国家公祭日: the named days of a calendar, by their pattern.
  '(?:(?:世界|国际|全国|国家|全民)[\\p{Script=Han}]{1,8}?(?:纪念日|日|节)|(?![日号月])[\\p{Script=Han}]{2,8}?(?:健康|安全|禁毒|消防|读书|科普)日|(?![日号月])[\\p{Script=Han}]{2,6}纪念日|(?:第[\\d一二三四五六七八九十]+届)?(?:(?![在于的每为])[\\p{Script=Han}]){2,10}?(?:宣传|教育|生产|活动)[月周])(?=当天|期间|前后|之际|前夕|来临|[（(]|[”"]|[、和与及]|为契机|开展|组织|举办|集中|[，,])',
  // 5·25大学生心理健康日: a day named with its date in figures keeps them.
  '\\d{1,2}[·.．]\\d{1,2}[\\p{Script=Han}]{2,10}?(?:日|节)',
  NAMED_DAYS,
].join('|');
/**
 * A day that sets when the work is done: 七一前后, 教师节期间, led by 结合/利用/围绕
 * (利用清明节开展…), or named with its date (12月4日国家宪法日).
 */
const DAYS = new RegExp(
  [
    // (国家宪法日（12月4日）前后: the date in brackets belongs to the day.)
    `[“"]?(${DAY_NAMES})[”"]?(?:节)?(?:[“"][^”"]{1,4}[”"]|[（(][^）)]{1,12}[）)])?(?:前后|期间|之际|前夕|当天|来临之际|到来之际)`,
    // 中秋、国庆期间: every day of the list is an occasion.
    `[“"]?(${DAY_NAMES})[”"]?(?=(?:节)?(?:[、和与及][“"]?(?:${DAY_NAMES})[”"]?(?:节)?)+(?:等[\\p{Script=Han}]{0,6}?)?(?:[“"][^”"]{1,4}[”"])?(?:前后|期间|之际|前夕|当天|来临之际|到来之际|节点|节日|节假日|主题|系列|纪念活动))`,
    // 元旦、春节、五一、国庆等重要节点期间: the last day of the list, before 等.
    `[“"]?(${DAY_NAMES})[”"]?(?=等[\\p{Script=Han}]{0,6}?(?:前后|期间|之际|前夕|节点|节日|节假日|主题|系列|纪念活动))`,
    // 围绕第42个教师节和国庆节，…: every day of a list led by 结合/利用/围绕 (在开学第一课中).
    `(?<=(?:结合|利用|借助|围绕|以|在|于|每年|每逢)(?:庆祝|纪念|迎接|喜迎)?[“"]?(?:(?:${DAY_NAMES})[”"]?[、和与及][“"]?)*)(${DAY_NAMES})(?=[”"]?(?:节)?(?:[、和与及][“"]?(?:${DAY_NAMES})[”"]?)*(?:为契机|开展|组织|举办|举行|召开|集中|表彰|评选|慰问|走访|进行|要|须|将|应|中|[，,]))`,
    // 国家宪法日，各学校要…; 2027年国家宪法日，…: a day opening the sentence, alone in its clause.
    `(?<=^|^\\d{4}年)(${DAY_NAMES})(?=[，,])`,
    // 利用全国“纪律教育学习宣传月”集中开展…: a campaign month or week used as the time of the work
    // (开展“…月”活动 launches it, and is no occasion).
    `(?<=(?:利用|借助|结合|围绕|在)(?:全国|全省|全市|全县|全区)?[“"])([\\p{Script=Han}]{2,12}(?:月|周))(?=[”"](?:期间|之际|为契机|开展|集中|组织|[，,]))`,
    `(?<=\\d{1,2}月\\d{1,2}日)(${DAY_NAMES}|[\\p{Script=Han}]{1,6}?[日节](?=[，,]|当天|期间|前后))`,
    // 组织“五四”青年教师座谈会, 开展国庆主题教育活动: a day's name on the activity held for it.
    `(?<=(?:组织|开展|举办|举行|召开|参加)[“"]?(?:庆|迎|喜迎|纪念)?)(${NAMED_DAYS})(?=[”"]?(?:节)?(?:主题|系列|专题|走访|慰问|座谈会|青年(?!节)|文艺|联欢|升旗|纪念|庆祝|祭|亲子|游园|健康|讲座|表彰|评选|[\\p{Script=Han}]{0,4}活动))`,
  ].join('|'),
  'gu',
);
/**
 * 以“五四”青年节为契机, 以“4·15”全民国家安全教育日为契机: a day's short name or date in
 * quotes before its full name, led by 以/利用/在… or timed by 期间/前后. Group 1 is what is
 * quoted, group 2 the name after it.
 */
const QUOTED_DAY = new RegExp(`[“"]([^”"]{1,6})[”"](${DAY_NAMES})(?=为契机|前后|期间|之际|前夕|当天|来临之际|到来之际|开展|组织|举办|集中|[，,])`, 'gu');
const LED = /(?:结合|利用|借助|围绕|以|在|于|每年|每逢)$/u;
const AT_TIME = /^(?:前后|期间|之际|前夕|当天|来临之际|到来之际)/u;
const WHOLE_DAY_NAME = new RegExp(`^(?:${DAY_NAMES})$`, 'u');

/** 建党100周年时，…开展了…: a past anniversary ties no work still to do (为了, 了解 are not past). */
const PAST = /(?<!为)了(?![解如结却])/u;

export function readOccasions(sentence: string): Reading[] {
  const out: Reading[] = [];
  // 2026年重阳节期间，县教育局共走访慰问…: a report ties no work to the day.
  if (onlyReports(sentence)) return out;
  for (const m of sentence.matchAll(ANNIVERSARY)) {
    const before = m[1] ?? '';
    const name = before.replace(LEAD, '');
    if (!name || STATEMENT.test(sentence.slice(0, m.index + before.length - name.length))) continue;
    const start = m.index + before.length - name.length;
    // 党龄满50周年的老党员: a length of membership that picks out whom, no day the work is tied to.
    if (/满$|^(?:党龄|教龄|工龄|校龄)/u.test(name) || /满$/u.test(sentence.slice(0, start))) continue;
    // 开展了…, or 集中收看了庆祝…周年大会: a past 了 after it, or in its own clause before it.
    const clauseBefore = sentence.slice(0, start).split(/[，,。；;]/u).at(-1) ?? '';
    // 2018年隆重举行建校60周年庆祝大会: an anniversary marked in a year the sentence names, with no plan.
    if (/^\d{4}年[\d月日]*(?:隆重)?(?:举行|召开|举办|开展)/u.test(clauseBefore) && !/将|拟|要|计划/u.test(clauseBefore)) continue;
    if (PAST.test(sentence.slice(m.index + m[0].length).split(/[。；;]/u)[0] ?? '') || PAST.test(clauseBefore)) continue;
    const end = m.index + m[0].length;
    out.push(reading('occasion', sentence, start, end, { occasion: sentence.slice(start, end) }));
  }
  for (const m of sentence.matchAll(QUOTED_DAY)) {
    const [, quoted = '', name = ''] = m;
    const end = m.index + m[0].length;
    if (out.some((o) => m.index < o.end && o.start < end) || !(LED.test(sentence.slice(0, m.index)) || AT_TIME.test(sentence.slice(end)))) continue;
    // “五四”青年节, “七一”建党节 name one day with both parts; a date in figures (“4·15”) only
    // repeats when the day falls.
    const occasion = !/^\d/u.test(quoted) && (WHOLE_DAY_NAME.test(quoted + name) || WHOLE_DAY_NAME.test(quoted)) ? quoted + name : name;
    out.push(reading('occasion', sentence, m.index, end, { occasion }));
  }
  // (清明节期间，…开展“清明祭英烈”活动: one row for one day, however often it is named.)
  const day = (name: string) => name.replace(/节$/u, '');
  for (const m of sentence.matchAll(DAYS)) {
    const name = m.slice(1).find(Boolean) ?? '';
    if (out.some((o) => (m.index < o.end && o.start < m.index + m[0].length) || day(o.value.occasion ?? '') === day(name))) continue;
    out.push(reading('occasion', sentence, m.index, m.index + m[0].length, { occasion: name }));
  }
  return out;
}
