/**
 * Who a requirement binds (责任主体) and who it is for (对象), as the
 * sentence itself says: the grammatical subject at the head of a clause,
 * never the object of 对… / 向….
 *
 *   subjectAt('各党支部每季度至少专题研究1次党建工作。', 10)      → { who: '各党支部', directive: true }
 *   subjectAt('县教育局要于3月31日前报送。', 8)                 → { who: '县教育局', directive: true }
 *   subjectAt('教育工委将适时召开交流会。', 5)                    → { who: '教育工委', directive: false }
 *   subjectAt('党员干部参学率达90%以上。', 8)                    → null (党员干部 qualifies 参学率)
 *   targetAt('对机关和学校党员干部进行全覆盖培训', 12)            → '机关和学校党员干部'
 *
 * The subject is open text, not a list of known bodies: any noun phrase that
 * ends in the name of a body or a person (…局, …党支部, …书记, …党员) and is
 * followed by what follows a subject (要, 将, 每, 于…, a verb).
 */

import { CLAUSE_END, clauseEnd, lastClauseStart } from './clauses.ts';
import { PERIOD } from './periods.ts';

/** How the names of bodies and people end. */
export const HEADS = ['一把手', '党工委', '工委', '党委', '党组', '委员会', '党总支', '总支', '党支部', '支部', '党小组', '小组', '党组织', '团组织', '基层组织', '组织部', '宣传部', '统战部', '部门', '单位', '学校', '中小学', '幼儿园', '院校', '高校', '局', '厅', '委', '办公室', '办', '科室', '科', '处', '(?<!活动)中心(?!组)', '(?<!活动|辅导|阅览|实验|图书|功能|咨询|会议|陈列|展览|荣誉|资料|医务|卫生|值班|休息|广播|监控|教)室', '站', '队', '政府', '街道', '社区', '乡镇', '镇', '乡', '县', '市', '区', '村', '书记', '委员', '成员', '班子', '干部', '党员', '教师', '教职工', '职工', '校长', '园长', '主任', '领导', '负责人', '工作者', '专干', '组长', '队长', '代表', '积极分子', '学生', '师生', '人员', '同志', '工会', '团委', '妇联', '各级', '各地', '机关', '系统', '校', '(?<![校花公家乐])园', '组', '对象', '学院', '院系', '院', '小学', '中学', '大学', '村小', '年级', '班级', '考点', '机构', '食堂', '股', '(?<!全)员', '督学', '主持人', '发言人', '联络人', '班主任', '驾驶人', '责任人', '监护人', '信访人', '申请人', '当事人', '举报人', '投诉人', '申诉人', '报告人', '(?<=每)人', '本人', '组委会', '评委会', '常委会', '武装部', '学工部', '学生工作部', '教务部', '人事部', '后勤部', '保卫部', '执委会', '学生会', '研究生会', '妇委会', '家委会', '报告团', '志愿者', '总监', '被[\\p{Script=Han}]{1,3}人', '大队部', '师徒', '公司', '工作部', '院长', '宣讲团', '企业', '家长', '导师', '研究生', '博士生', '医生', '(?<![值跟带加轮换早晚课])班(?!额)', '考生', '教学组织', '理事会', '董事会', '基地', '保健医', '校医', '个人'];
/** A body's name may end in a bracket that widens it: 各校（园）, 学校校长（园长）. */
const HEAD_END = new RegExp(`(?:${HEADS.join('|')})(?:[（(][\\p{Script=Han}、]{1,6}[）)])?$`, 'u');

/** What follows a subject: a modal, an adverb, a preposition, a time word or a verb. */
const AFTER_SUBJECT = /^(?:请|为|另行|联合|会同|协同|到(?=所|联系|基层|班级|社区)|自|因|与|投入|招收|设立|陪餐|上岗|(?:试用|见习|任|聘)期内|(?:任期)?届满|收到|接到|发现|受理|得知|遇|拟|实行|入职|操办|同|严禁|不得|成立|指定|\d{4}年|\d{1,2}月|[一二三四五六七八九十]{1,2}月|[一二三四]季度|第[一二三四]季度|全员|全体|全部|确定|任职|换届|调整|入党|撰写|申报|推荐|递交|在线|计划|创建|打造|筹备|精心|最多|最少|履行|值班|配齐|配备|按期|按时|要|将|应当|应|须|必须|需要|需|务必|可以|均|都|也|每|于|在|按照|按|依照|根据|围绕|结合|通过|对|向|把|从|以|全年|年内|年底|上半年|下半年|定期|不定期|经常|适时|及时|至少|不少于|分别|统一|负责(?!人)|牵头|带头|原则上|一般|认真|切实|积极|继续|进一步|深入|全面|主动|严格|组织(?!关系|生活|建设|体系|设置|程序|优势|部)|开展|召开|举办|参加|参与|完成|报送|上报|落实|建立|制定|做好|抓好|加强|坚持|联系|安排|专题|集中|轮训|培训|研究|讲|听取|走访|督查|检查|考核|报告|学习(?!时长)|推进|实施|开设|选派|配备|评选|表彰|发展(?!工作|计划|规划|对象|党员)|接受|指导|谈心|确保|实现|作为|是|已|正|亲自|带队|培养(?!考察|周期|期|时间|对象|教育)|带教|定于|提交|上交|夜间|白天|晚间|之间|相互|互相|结对|还(?=应|要|须|需)|具体(?=实施|负责|落实|组织|承办)|接报|接警|[离返到]校|隔周|隔月|发生|命名|连续(?!\d)|可(?=根据|以|在|按|结合|参照|自行))/u;
/** Words a subject cannot contain: they make the stretch a predicate (认真落实领导干部…). */
const NOT_IN_SUBJECT = /(?<![主重需只必])要|同一|期内|[离返到]校|建成|认定|随机|所(?:带|教|管|联系|分管|负责|包保)|完成|联合|会同|协同|时间|时长|进驻|年度|本届|上届|到(?=所|联系|基层|班级|社区)|实行|设立|(?<![党团层])组织(?!部|科|处|人事|委员|员|关系|生活)|将|由|(?<![作成认以])为|应|须|定期|经常|适时|及时|年内|全年|半年|季度|年底|举办|召开|参加|撰写|申报|推荐|选派|递交|创建|打造|筹备|认真|切实|积极(?!分子)|继续|进一步|深入|全面|严格|每|于|(?<!所)在(?![岗编校职读])|对(?!象)|向|(?<!一)把|按照|围绕|结合|通过|落实|加强|坚持|推进|实施|开展|召开|做好|抓好|确保|实现|督促|推动|完善|健全|建立|的/u;
/** A stretch that starts with a verb is a predicate and its object (组织党务干部…), not a subject. */
const STARTS_WITH_VERB = /^(?:经(?![费验济常营])|到(?!会)|严禁|禁止|不得|做到|达到|实现|贯彻|执行|深化|保障|保证|督促|推动|动员|号召|会同|联合|配合|协助|以|依托|依据|根据|通过|完成|建成|新建|改造|制定|修订|出台|印发|组织(?!部|人事|委员)|开展|召开|举办|参加|参与|选派|培训(?!机构|中心|学校|基地)|轮训|发展(?!对象)|表彰|评选|联系|走访|指导(?!教师|老师|员|中心)|配齐|配备|选好|选优|管好|用好|引导|鼓励|支持|要求|带领|依靠|关心(?!下一代)|关爱|慰问|帮扶|吸收|培养)/u;
/** Words that open a clause before its subject: 同时，此外，年内… */
const OPENERS = /^(?:(?:自|从)?(?:今年|明年|\d{4}年)起|每(?:学期|学年|季度|半年|年|月|周)(?=每|由|[\p{Script=Han}]{1,8}?(?:要|须|应|每|至少))|(?:周期|任期|聘期)内|(?![^，,]*?每)[\p{Script=Han}]{1,4}?(?:期满|结束|届满|到期)后|(?:会|课|节|赛|考|事)[前后](?![\p{Script=Han}]{0,2}(?:服务|辅导|作业))|\d{4}年度?|同时|此外|另外|其中|并且|并|今年|年内|全年|当前|今后|近期|请|(?:寒假|暑假|假期|节假日|[\p{Script=Han}]{1,4}[节会考])期间)/u;
/** A number a sentence may still carry when read on its own (第十二条　, （二）, 3.): no part of the subject. */
const NUMBERING = /^\s*(?:第[一二三四五六七八九十百零〇\d]+条[\s　]*|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．](?!\d)|[①-⑳])\s*/u;
const MAX_SUBJECT = 20;
/** 对X进行… / 向X报送…: X is who the work is for or goes to. */
const TARGET = /(?:对|向|为|给)([\p{Script=Han}、和及与]{2,16}?)(?=进行|开展|实施|组织|报送|报告|汇报|提交|上报|作|做|提出|集中|全覆盖|全员|轮训|培训|宣讲|讲授|讲|送)/gu;

export interface Subject {
  who: string;
  /** False for 将 (the issuer's own plan): such a subject is not carried to the next sentence. */
  directive: boolean;
  start: number;
}

/** A measured quantity after a body's name: 各学校党员发展计划执行率 is the rate, not the body. */
const MEASURED = /^([^要将须应确保，,。；]{0,10}?)(?:率|比例|占比|比重|经费|人数|时长|时间|参与面|覆盖面|(?<=与[\p{Script=Han}]{1,8})比)/u;
/** A comparator and a figure right after the noun: the noun is what the figure counts. */
const COUNTED = /^(?:原则上|一般)?(?:为|不少于|不低于|至少|最多|最少|不超过|不多于|(?:不得|不应|不宜)(?:超过|少于|多于|低于)|达到?)[\d一二两三四五六七八九十百千]/u;
/** The words of a subject: names, 、 和 及 与, and a bracket (各县（市、区）教育局). */
const SUBJECT_TEXT = /^[\p{Script=Han}、和及与（）()“”"]+$/u;
/** 各X names the addressees; 每名X / 每个X names each of them. */
const EACH = /^(?:各|每名|每个|每位|每所|每家|每支|每校|每园|每人)/u;

/** 升旗时, 预备期满时: a time the clause opens with (按时, 及时, 课时 are no times of it). */
const WHEN = /^[\p{Script=Han}]{1,6}?(?<![课学小工按及适临届平同准])时(?![间候期段长刻代])(?=[\p{Script=Han}]{2})/u;

/** The subject a clause opens with, or null. */
function subjectOfClause(clause: string, offset: number): Subject | null {
  // 接待对象在10人以内的，…; 学生入党积极分子中，…: a size that picks out a case, or a scope, names no one
  // who acts (教师对结果有异议的，可…: whoever does or has something in the case does).
  const sized = /^(.*?)(?:在|达到?|超过|不足|满)[\d一二两三四五六七八九十]+[\p{Script=Han}]{0,3}(?:以内|以上|以下)?的$/u.exec(clause.replace(NUMBERING, ''));
  if ((sized && (HEAD_END.test(sized[1] ?? '') || /(?:人数|数量|规模|总数)$/u.test(sized[1] ?? ''))) || /[\p{Script=Han}]{2}中$/u.test(clause)) return null;
  const numbering = NUMBERING.exec(clause)?.[0] ?? '';
  // 升旗时全体师生应行注目礼: who is named after the time, when the clause names one there.
  const when = WHEN.exec(clause.slice(numbering.length))?.[0];
  const timed = when ? subjectAfter(clause, offset, numbering + when) : null;
  return timed ?? subjectAfter(clause, offset, numbering + (OPENERS.exec(clause.slice(numbering.length))?.[0] ?? ''));
}

/** The subject of a clause after its opening words (`opener`), or null. */
function subjectAfter(clause: string, offset: number, opener: string): Subject | null {
  const text = clause.slice(opener.length);
  const start = offset + opener.length;
  // 由X负责, 由党总支宣传委员制定…: X does it.
  if (text.startsWith('由')) {
    for (let end = Math.min(text.length, MAX_SUBJECT + 1); end >= 3; end--) {
      const agent = text.slice(1, end);
      const rest = text.slice(end);
      if (HEAD_END.test(agent) && !NOT_IN_SUBJECT.test(agent) && SUBJECT_TEXT.test(agent) && (AFTER_SUBJECT.test(rest) || /^(?:负责|牵头|制定|会同)/u.test(rest))) return { who: agent, directive: true, start: start + 1 };
    }
    return null;
  }
  for (let end = Math.min(text.length, MAX_SUBJECT); end >= 2; end--) {
    const np = text.slice(0, end);
    // 学生规模超过1000人的学校至少配备2名: a size that picks out which bodies is part of the subject.
    // (35周岁以下青年教师每学年…: an age in front picks out whom, and is part of the subject.)
    const sized = /^[\p{Script=Han}]{2,8}?(?:超过|达到|在)?\d+[\p{Script=Han}]{1,2}(?:以上|以下)?的|^\d+周岁(?:及)?(?:以下|以上)/u.exec(np)?.[0] ?? '';
    if (!SUBJECT_TEXT.test(np.slice(sized.length)) || !HEAD_END.test(np)) continue;
    // (一式两份，加盖公章）报送…: a bracket the clause does not open is no part of a name.
    if ((np.match(/[（(]/gu) ?? []).length !== (np.match(/[）)]/gu) ?? []).length) continue;
    const rest = text.slice(end);
    // 新任职的中层干部须…: a short 的 phrase that picks out whom, before a modal, is part of the subject.
    const picked = /^[\p{Script=Han}]{1,4}的/u.exec(np)?.[0] ?? '';
    // (新提任的中层干部任职后…: a 新… phrase picks out whom before any word that follows a subject.)
    const core = sized ? np.slice(sized.length) : picked && (/^(?:须|要|应|必须|应当)/u.test(rest) || (/^新/u.test(picked) && AFTER_SUBJECT.test(rest))) && !NOT_IN_SUBJECT.test(picked.slice(0, -1)) ? np.slice(picked.length) : np;
    if (NOT_IN_SUBJECT.test(core.replace(EACH, '')) || STARTS_WITH_VERB.test(np) || /^[和及与、]|[和及与、]$/u.test(np)) continue;
    // 学校党支部与共建社区党组织每季度开展…: after 与 stands a partner, never a second subject.
    if (/(?<![参给授])与/u.test(np)) continue;
    // 全县 alone names a place, not who does the work (全县中小学 does).
    if (/^(?:本年度|今年|年内)?全[县市省区州乡镇校]$/u.test(np)) continue;
    // 宣讲团成员不少于15人: what is counted, not who does it.
    // (寄宿制学校配备保安员不少于2名: the body before the act, when the counted noun follows a verb.)
    // (每名责任督学挂牌督导学校一般为5所: each of whom, and what each has, counted.)
    if (COUNTED.test(rest) && EACH.test(np) && /督导|联系|负责|分管|挂牌|包保|结对/u.test(np)) return { who: shortestHeaded(np), directive: true, start };
    // (教研组长、备课组长不少于25节: times, lessons and hours are what people do, not how many of them.)
    const doing = /^[^，,。；;]*?[\d一二两三四五六七八九十]+(?:次|节|课时|学时|小时|篇|遍)/u.test(rest);
    if (COUNTED.test(rest) && !EACH.test(np) && !doing) {
      if (/配备|配齐|选配|设立|设置|组建|招聘|选派|安排/u.test(np)) continue;
      return null;
    }
    const measured = MEASURED.exec(rest);
    if (measured) {
      // The rate's owner: the addressees (各学校…执行率要…; 每名党员每年…时长…), unless the
      // measure is the body's own (每个党小组人数): then the rate is the subject and no one is named.
      const own = (measured[1] ?? '').length <= 2 && !/^各/u.test(np);
      // 班主任每学期家访率达到100%, 各级党组织书记每年集中培训时间…: a period between says the
      // measure is of what the body itself does.
      // (小学每节课时长为40分钟, 幼儿园每班幼儿人数: 每节, 每班 are each lesson or class, measured; no one is named.)
      // (学校后勤部门对食堂每餐次食品留样时间: the body's own work, on its object.)
      if (new RegExp(`^(?:每(?:次|天|日)|${PERIOD}|对)`, 'u').test(measured[1] ?? '')) return { who: np, directive: true, start };
      return EACH.test(np) && !own ? { who: shortestHeaded(np), directive: true, start } : null;
    }
    // (各校心理健康教育专职教师配备不少于1名: the staff named after the body are what is counted.)
    if (EACH.test(np) && /^(?:配备|配齐|选配)(?:不少于|至少|不低于)?[\d一二两三四五六七八九十]/u.test(rest)) return { who: shortestHeaded(np), directive: true, start };
    // 学校自评报告须于…报送: the body whose paper it is does the reporting.
    if (/^[\p{Script=Han}]{0,4}(?:报告|材料|方案|总结|名单|台账)(?:须|要|应|必须|应当)/u.test(rest) && !/对象$/u.test(np)) return { who: np, directive: true, start };
    // 支部委员会每月召开1次，…: a meeting convened, named by its body, is what the clause is about
    // (党委每月召开1次常委会 names the meeting after the count, and the body convenes it).
    if (/^(?:每[^，,。；;]{1,3}?|原则上|一般|至少)*召开(?:不少于|至少)?[\d一二两三四五六七八九十]+次(?=[，,。；;]|$)/u.test(rest)) return null;
    // (订阅党报党刊，每人每年不少于1份: 每人 before a bare figure says how many each gets, and does nothing.)
    if (np === '每人' && /^(?:每[^，,。；;]{1,3}?)?(?:不少于|不超过|至少|最多|不低于|不高于)?[\d一二两三四五六七八九十]/u.test(rest)) continue;
    // 参训对象为各中小学书记: 为 after 对象 says who they are; the 对象 do nothing.
    if (/对象$/u.test(np) && /^为/u.test(rest)) continue;
    // (入党积极分子培训班每学期举办1期: a class held is what the clause is about, not who holds it.)
    if (/班$/u.test(np) && /^(?:每[^，,。；;]{1,3}?)?(?:举办|开办|开设|开班)/u.test(rest)) return null;
    // (学院考核占30%: a share a score gives, or a part of a whole, names no one who acts.)
    if (/^[\p{Script=Han}]{0,6}占\d/u.test(rest)) return null;
    // 中心组学习每月不少于1次: the body's activity is what the clause is about (LABELS.md: not who).
    if (/^(?:集体)?(?:学习|会议|例会|活动)(?:每|原则上|一般|不少于|至少|时间|时长)/u.test(rest)) return null;
    // (…听课不少于60节，其中农村学校不少于30节: after 其中 a noun names the part, not who does it.)
    if (/其中$/u.test(opener) && /^(?:原则上|一般)?(?:不少于|不低于|至少|不超过|达到?)/u.test(rest)) return null;
    // 请各单位高度重视，…: after 请 comes whom it asks, whatever verb follows.
    if (!AFTER_SUBJECT.test(rest) && !(/请$/u.test(opener) && /^[\p{Script=Han}]/u.test(rest))) continue;
    return { who: np, directive: !/^将/u.test(rest), start };
  }
  return null;
}

/** The shortest stretch from the start that ends in a body's name: 各学校党员 → 各学校. */
function shortestHeaded(np: string): string {
  // (各级党组织: 各级, 各地 only open a name.)
  // (各民办学校: 办 goes on into 办学, so 各民办 is no name.)
  for (let end = 2; end <= np.length; end++) if (HEAD_END.test(np.slice(0, end)) && !/^各(?:级|地|类)$/u.test(np.slice(0, end)) && !/^[学校园]/u.test(np.slice(end))) return np.slice(0, end);
  return np;
}

/** Every clause of a sentence with where it starts. */
function clauses(sentence: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (let i = 0; i <= sentence.length; i++) {
    if (i === sentence.length || CLAUSE_END.test(sentence[i] ?? '')) {
      out.push({ text: sentence.slice(start, i), start });
      start = i + 1;
    }
  }
  return out;
}

/** The subjects of a sentence, in order. */
export function subjectsOf(sentence: string): Subject[] {
  // 牵头单位：县教育局组织科；完成时限：…: a task table names who does it by its heading.
  const named = [...sentence.matchAll(RESPONSIBLE)].map((m) => ({ who: m[1] ?? '', directive: true, start: m.index + m[0].length - (m[1] ?? '').length }));
  return [...named, ...clauses(sentence).flatMap((c) => (named.some((n) => n.start === c.start) ? [] : (subjectOfClause(c.text, c.start) ?? [])))].sort((a, b) => a.start - b.start);
}

/** The headings of a task table that name who does it (a 配合单位 only helps). */
const RESPONSIBLE = /(?:牵头单位|牵头部门|责任单位|责任部门|责任主体|责任人|实施主体|承办单位|(?:牵头|责任)(?:股室|科室|处室))[：:]\s*([^；;。，,\s　]{2,30})/gu;
const RESPONSIBLE_ONE = new RegExp(RESPONSIBLE.source, 'u');

/** What may stand before a fronted phrase in its clause: little, a list it ends (中秋、国庆期间), or an adverbial. */
const FRONTED = /^(?:\d{4}年|第[\d一二三四五六七八九十]+个|[\p{Script=Han}]{0,2}|(?:[\p{Script=Han}]{1,5}、)+|(?:每|在|于|对|为|自|从|按照|根据|围绕|结合|利用|以|到|截至|今年|年内|全年|上半年|下半年|[\d一二三四五六七八九十]+月).*)$/u;

/**
 * Who the phrase at `at` binds: the nearest subject before it in the sentence; else, for a
 * phrase fronted before the subject (4月底前，各党支部要…), the first subject after it, unless
 * a clause with a topic of its own (少先队活动课每周1课时，…) or a stop stands between.
 */
export function subjectAt(sentence: string, at: number, end = at): Subject | null {
  const all = subjectsOf(sentence);
  // A task-table row (…。牵头单位：县教育局组织科；完成时限：…) names who does all of it.
  const responsible = RESPONSIBLE_ONE.exec(sentence);
  if (responsible) return all.find((s) => s.who === responsible[1]) ?? null;
  // 每学期每位教师至少上1节: a phrase that opens with its period names its subject inside it.
  const inside = all.find((s) => s.start > at && s.start < end && s.start < clauseEnd(sentence, at));
  if (inside) return inside;
  const before = all.filter((s) => s.start <= at).at(-1);
  // (各二级党组织书记要…，每人至少宣讲2次: 每人 takes each of those named before it.)
  const namedBefore = before?.who === '每人' ? all.filter((s) => s.start < before.start).at(-1) : undefined;
  if (namedBefore) return namedBefore;
  if (before) return before;
  const after = all[0];
  if (!after) return null;
  const between = sentence.slice(at, after.start);
  const topic = sentence.slice(lastClauseStart(sentence, at), at).replace(NUMBERING, '');
  // (校车每学期开展1次安全检测，驾驶人…: a short noun before a clause that does something is its own topic.)
  const ownTopic = /^[\p{Script=Han}]{1,2}$/u.test(topic) && /开展|召开|举办|举行|进行|组织|参加|接待|检测|检查|完成|报送|上报/u.test(sentence.slice(at, clauseEnd(sentence, at)));
  const fronted = (between.match(/[，,；;]/gu) ?? []).length <= 1 && !/[；;。]/u.test(between) && FRONTED.test(topic) && !ownTopic;
  // (年内培育二十个示范校，每校报送…: 每校 takes each of what an earlier clause named, so it binds
  // nothing fronted before it but a time: 年底前，每个学校要…)
  const ownClause = sentence.slice(end, clauseEnd(sentence, at));
  const onlyTime = /^(?:在|于|以|结合|利用|围绕|借助)?$/u.test(topic.trim()) && /^(?:为契机|期间|之际|前后|当天|以来)?$/u.test(ownClause);
  const eachOfNamed = /^每/u.test(after.who) && after.start > clauseEnd(sentence, at) && !onlyTime;
  // (十一月份：组织…，每位教师提交…: a heading's colon, then work of its own, before the subject.)
  const heading = /^[：:][^，,。；;]+[，,]/u.test(sentence.slice(end, after.start));
  return fronted && !eachOfNamed && !heading ? after : null;
}

/** Who it is for: the object of 对 / 向 in the phrase's clause (报送…向县教育局, 对党员干部进行…). */
export function targetAt(sentence: string, at: number): string | null {
  const clause = clauses(sentence).find((c) => c.start <= at && at <= c.start + c.text.length);
  if (!clause) return null;
  const found = [...clause.text.matchAll(TARGET)].filter((m) => m[1] && HEAD_END.test(m[1]) && !NOT_IN_SUBJECT.test(m[1]));
  const nearest = found.sort((a, b) => Math.abs(a.index + clause.start - at) - Math.abs(b.index + clause.start - at))[0];
  return nearest?.[1] ?? null;
}
