/**
 * Stretches that hold numerals but state no requirement: quoted names
 * (“三会一课”), titles (《…》), 文号 (〔2016〕15号), years (2017年), ordinals
 * (第一责任人, 十九大, 十八届六中全会, 三次全会), named programmes (12345工程) and
 * numeral pairs that name a slogan (一岗双责, 一校一品, 十个一).
 *
 *   nameSpans('认真学习贯彻党的十九大精神')  → [[7, 10]]  (十九大)
 *   nameSpans('落实“三会一课”制度')          → [[2, 8]]
 *   nameSpans('按照〔2016〕15号文件')        → [[2, 11]]
 */
export type Span = readonly [start: number, end: number];

const CN = '零〇一二两三四五六七八九十百千';
/** Quoted names and titles: “三会一课” ‘两学一做’ 《…》 「…」 "…" */
const QUOTED = /“[^”]*”|‘[^’]*’|《[^》]*》|「[^」]*」|"[^"]*"/gu;
/** Ordinary words that start with a numeral. */
const ORDINARY_WORDS = '一般|一律|一定|一些|一直|一旦|一致|一起|一道|一并|一贯|一切|一体化|一次性|一线';
const UNITS_AND_PERIODS = '年月周天日次期个名人所项篇遍季学时小分钟至到和或及、';
const PATTERNS: readonly RegExp[] = [
  QUOTED,
  // 文号 and dated references: 〔2016〕15号, 【2016】15号, [2016]3号, 2016年第3号
  /[〔【［\[（(]\s*\d{4}\s*[〕】］\]）)]\s*(?:第)?\d+\s*号/gu,
  /[\p{Script=Han}]{1,8}(?:发|字|函|办)\s*\d+\s*号/gu,
  // Years, written in figures or numerals: 2017年, 二〇一七年, 2016—2020年, 2017年度
  /\d{4}(?:\s*[-－—–~～至到]\s*\d{4})?\s*年度?/gu,
  /[〇零一二三四五六七八九]{4}年度?/gu,
  // Ordinals: 第一责任人, 第3批, 十九大, 十八届六中全会, 三中全会
  new RegExp(`第[${CN}\\d]+`, 'gu'),
  // 届 names a term only before what sat in it (十九届中央, 五届人大, 十届一次全会): 每两年举办1届 is a count.
  new RegExp(`[${CN}\\d]+(?:大|届(?:[${CN}]+中全会|(?=中央|全国|[省市县区]委|人大|政协|纪委|党委|团委|委员|代表|全会|党代会|[${CN}]+次))|中全会)`, 'gu'),
  // Meetings named by their sitting: 十九届中央纪委三次全会, 市委五届二次全体会议, 省纪委二次全会,
  // 五届人大一次会议.
  // Only after 届 or right after the body that sits (…委): 召开1次全体会议 and 党委每年召开两次全委会议
  // are counts of meetings.
  new RegExp(`(?<=届[\\p{Script=Han}]{0,6}?|委)[${CN}]+次(?:全会|全体(?:（扩大）)?会议|全委(?:（扩大）)?会议|代表大会|会议)`, 'gu'),
  // Months named by their numbers: 1、2两个月, 7、8月 (January and February; July and August), not a length.
  new RegExp(`[\\d${CN}]{1,2}、[\\d${CN}]{1,2}(?:[两二三]个)?月`, 'gu'),
  // A note on a figure, not a second one: 2名以上（含2名）. (（含图片3至5张）asks for more.)
  /(?<=以上|以下|以内|以外|[前后止])[（(](?:含|不含|包括|包含)[^）)]{0,12}[）)]/gu,
  // Regimes named by their hours: 24小时值班, 7×24小时服务, 实行24小时监测 — 24小时 before the word
  // it qualifies, with no comparator before it (不超过24小时的 is a length) and no 内 after (a limit).
  /[（(]24小时[）)]|(?:\d+[×x*])?(?<!不少于|不超过|不低于|至少|最多|达到|超过|满)24小时(?![内之以前后])(?=[\p{Script=Han}])/gu,
  // A cohort named by its year: 2025届毕业生.
  /\d{4}届/gu,
  // Grades: 一二年级, 三至六年级, 1-3年级.
  new RegExp(`[\\d${CN}、至到和~-]+年级`, 'gu'),
  // 每5年一个周期: the cycle, not one of something.
  new RegExp(`[${CN}\\d]+个周期`, 'gu'),
  // Fixed terms with a numeral: 八项规定, 二次供水.
  new RegExp(`[${CN}]+(?:项规定|条禁令|个严禁|个不准)|二次(?:供水|污染|伤害|分配|创业)`, 'gu'),
  // Programmes named by their figures: 12345工程, 1+N模式
  /[\d+＋]+(?:工程|计划|行动|模式|机制|体系|战略|目标)/gu,
  // Slogans built of numeral pairs: 一岗双责, 一校一品, 一人一档, 十个一, 一台二岗三示范, 四好两优, 三严三实
  // (一般为三至五人 is no slogan: 一般 is an ordinary word.)
  new RegExp(`(?!${ORDINARY_WORDS}|[${CN}]分之|[${CN}]点[${CN}])[${CN}双][^${UNITS_AND_PERIODS}${CN}\\P{Script=Han}]{1,2}[${CN}双][\\p{Script=Han}]{0,3}`, 'gu'),
  new RegExp(`[${CN}]个[${CN}]`, 'gu'),
  // 一把手, 一线, 一体化, 一次性, 进一步, 统一, 唯一, 之一: numerals inside ordinary words
  // 一次次, 一遍遍, 一个个: repeated, not counted
  /一([次遍个批名项件])\1/gu,
  /一把手|一线|一体化|一次性|一律|一致|一起|一道|一并|一贯|一切|一般|一定|一些|一旦|一直|一方面|进一步|统一|唯一|(?<!分)之一|同一|逐一|万一|不一|一一/gu,
];

/** Every stretch of `sentence` that names rather than quantifies, in order. */
export function nameSpans(sentence: string): Span[] {
  return spansOf(sentence, PATTERNS);
}

/** Only the quoted names and titles: dates and anniversaries are read around the rest. */
export function quotedSpans(sentence: string): Span[] {
  return spansOf(sentence, [QUOTED]);
}

/**
 * 落实“高校党委书记、校长每学期至少讲授1次思政课”要求: a requirement quoted whole from a higher
 * document is still one, and is read; a quoted name (“三会一课”, “双百工程”) is short and
 * holds no period or comparator with its figure.
 */
const QUOTED_REQUIREMENT = /^[“"‘「](?=.{10,})[^”"’」]*?(?:每|不少于|不低于|至少|不超过|以上|以下)[^”"’」]*?[\d一二两三四五六七八九十]+(?:次|节|课时|学时|小时|分钟|天|%|名)/u;

function spansOf(sentence: string, patterns: readonly RegExp[]): Span[] {
  const spans: Span[] = [];
  for (const pattern of patterns) {
    for (const m of sentence.matchAll(pattern)) if (pattern !== QUOTED || !QUOTED_REQUIREMENT.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

export function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && s < end);
}
