/**
 * Requirements stated in words, without a figure: coverage (全覆盖, 全员) and
 * how often or how many without a number (定期, 不定期, 经常, 适时, 一批).
 *
 *   '对机关和学校党员干部进行全覆盖培训' → coverage '全覆盖'
 *   '实现全员轮训'                      → coverage '全员'
 *   '做到应训尽训' '覆盖全体师生'        → coverage
 *   '定期组织党员教师开展…'              → frequency, not quantified
 *   '年内将彰命名一批…示范点'             → count '一批', not quantified
 */
import { inConditionClause, onlyReports } from './no-requirement.ts';
import { clauseEnd, lastClauseStart } from './clauses.ts';
import { openingPeriod, PERIOD, perOf } from './periods.ts';
import { reading, type Reading, type RequirementKind } from './reading.ts';

const WORDS: ReadonlyArray<readonly [RegExp, RequirementKind, boolean]> = [
  [/全覆盖|(?<!安)全员(?!会|大会)|应(\p{Script=Han})尽\1|一人不落|一个不落|不漏一人|不落一人|一个不少|覆盖[\p{Script=Han}]{0,4}?(?:全[县市区省校班年级]{1,2}|全体|所有|全部)+\p{Script=Han}{0,6}/gu, 'coverage', true],
  [/不定期|定期|经常性?|适时/gu, 'frequency', false],
  [/(?<![第每分逐])一批(?!次|复)|若干(?:名|个|所|项|人)|(?<![第每])(?:几|数)(?:名|个|所|人)(?=[\p{Script=Han}])/gu, 'count', false],
];

const PERIOD_IN = new RegExp(PERIOD, 'u');

/** 按月交纳, 按季度报送: how often, by the period alone (no figure). */
const BY_PERIOD = /按(月|季度|学期|学年|年度|周)(?=[\p{Script=Han}])(?!份|计|工资|收入|薪)/gu;

export function readWords(sentence: string): Reading[] {
  const out: Reading[] = [];
  for (const m of sentence.matchAll(BY_PERIOD)) {
    // 因故不能按月交纳的，…: the failing a rule is for, not how often.
    if (!inConditionClause(sentence, m.index)) out.push(reading('frequency', sentence, m.index, m.index + m[0].length, { per: perOf(`每${m[1] ?? ''}`) }));
  }
  // 全县已建成…站点286个，覆盖所有乡镇; 表彰了一批: coverage reached and a batch named, reported, not asked.
  const reported = onlyReports(sentence);
  for (const [pattern, kind, quantified] of WORDS) {
    // (定期, 适时 always ask: 已完成整改的适时开展“回头看”.)
    if (reported && kind !== 'frequency') continue;
    for (const m of sentence.matchAll(pattern)) {
      if (out.some((o) => m.index < o.end && o.start < m.index + m[0].length)) continue;
      // 保管期限分为永久和定期两种: 定期 as one of the kinds a rule names, not how often.
      if (kind === 'frequency' && (/[和、]$/u.test(sentence.slice(0, m.index)) || /^(?:两种|和|、|分为)/u.test(sentence.slice(m.index + m[0].length)))) continue;
      // 定期注册不合格的人员，不得…: 定期 names the system in a condition, and asks nothing.
      if (kind === 'frequency' && inConditionClause(sentence, m.index)) continue;
      // 今年申请定期注册的教师共有132名: in a report, 定期 names the system of the people counted.
      if (kind === 'frequency' && reported && /^[^，,。；;]*的/u.test(sentence.slice(m.index))) continue;
      // 每学期开展不少于1次经常性督导, 每年…教师资格定期注册: the period says how often; the word adds nothing.
      const clause = sentence.slice(lastClauseStart(sentence, m.index), clauseEnd(sentence, m.index));
      if (kind === 'frequency' && m[0] !== '适时' && (PERIOD_IN.test(clause) || openingPeriod(sentence))) continue;
      out.push(reading(kind, sentence, m.index, m.index + m[0].length, {}, { quantified }));
    }
  }
  return out;
}
