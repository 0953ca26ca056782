/**
 * Periods a frequency or a recurring deadline counts in.
 *
 *   perOf('每月')    → '月'      perOf('每季度') → '季度'    perOf('每季') → '季度'
 *   perOf('每两年')  → '2年'     perOf('每3年')  → '3年'     perOf('全年') → '年'
 *   perOf('每年度')  → '年'      perOf('每半年') → '半年'    perOf('每半月') → '半月'    perOf('每个月') → '月'
 *   perOf('两年')    → '2年'     (两年一次)                  perOf('一年') → '年' (一年两次)
 *   perOf('隔周')    → '2周'     perOf('隔月') → '2月'
 */
import { parseNumber } from './numbers.ts';

/** 一年 / 两年 / 一学期 directly before a number of times: 一年一次, 两年一次, 一年两次. */
/** (每月最后一周召开1次: a week named within a period is no period of its own.) */
const EVERY_N = '(?<![第后前本同]|(?<!则)[上下])[一两二三四五六七八九十\\d]+(?:个)?(?:学年|学期|季度|年|月|星期|周)';
/** (一般一季度召开一次: a verb of meeting may stand between.) */
const FIGURE_OF_TIMES = '(?:召开|开展|组织|举行|举办|进行)?(?:至少|不少于)?[一两二三四五六七八九十\\d]+(?:次|期|遍|轮|回)';

/**
 * 每 + (a count of years or months) + a period, or 全年. The order keeps 每年
 * out of 每年度 splits and 每月 out of 每月份 ones; the lookahead keeps 每个年级,
 * 每个年龄段 (each grade, each age group) from being read as 每年. 每天 and 每日
 * are no periods: LABELS.md lists none shorter than a week, and both writers of
 * the fourth sets read 每天巡查不少于1次 as a count.
 */
export const PERIOD = `(?:每(?:[两二三四五六七八九十\\d]+)?(?:个)?(?:学年|学期|季度|半年|半月|年度|年|月份|月|星期|周|季)(?![级龄轻纪])|(?<![间相])隔(?:周|月|年)|全年|${EVERY_N}(?=${FIGURE_OF_TIMES}))`;

const NAMES: Record<string, string> = { 学年: '学年', 学期: '学期', 季度: '季度', 季: '季度', 半年: '半年', 半月: '半月', 年度: '年', 年: '年', 月份: '月', 月: '月', 星期: '周', 周: '周', 天: '天', 日: '天' };

export function perOf(period: string): string {
  if (period === '全年') return '年';
  // 隔周, 隔月: every other week or month, the same as 每两周, 每两个月.
  const other = /^隔(周|月|年)$/u.exec(period);
  if (other) return `2${other[1]}`;
  const m = /^每?([一两二三四五六七八九十\d]+)?(?:个)?(.+)$/u.exec(period);
  const name = NAMES[m?.[2] ?? ''] ?? m?.[2] ?? '';
  const count = m?.[1] ? parseNumber(m[1]) : null;
  return count && count > 1 ? `${count}${name}` : name;
}

/**
 * 每学期开学第一周，各班级要召开1次安全主题班会: a sentence that opens with a period and
 * times within it (开学, 第一周, 第二季度, 暑假前, 春季学期开学前, 开学后1个月内, 重阳节) and nothing else sets
 * when all of it recurs (a numbering may stand before it: ５．每学年末，…; 每年汛期前，… names a season). Group 1 is the period.
 */
const OPENING_PERIOD = new RegExp(`^(?:第[一二三四五六七八九十百零〇\\d]+条[\\s　]*|[（(][一二三四五六七八九十\\d]+[）)]\\s*|\\d+[.、．]\\s*|[①-⑳]\\s*)?(${PERIOD})(?:[开放]学|寒假|暑假|假期|[\\p{Script=Han}]{1,2}季(?!度)|季度|学期|学年|期初|期中|期末|结束|开始|上旬|中旬|下旬|第|[\\p{Script=Han}]{1,3}期|[前后内初末底中周月日天个年]|工作日|\\d|[一二两三四五六七八九十]|(?:[“"]?[\\p{Script=Han}]{1,4}[节日][”"]?(?:前后|期间|前夕|当天)?))+[，,]`, 'u');

export function openingPeriod(sentence: string): RegExpExecArray | null {
  return OPENING_PERIOD.exec(sentence);
}
