/**
 * Writes a clearly synthetic corpus of N documents into a temporary folder, for
 * the scale benchmark (scale.ts). Every document is `documents/synthetic-NNN.md`,
 * titled 合成测试文档第NNN号（基准用，非真实文件）, issued by 合成数据, with the
 * real document's shape: two parts (一、… 二、…) of 10 and 2 clauses, each
 * (一)… of about 150–400 characters built from varied template sentences that
 * carry quantities (每月开展2次, 90%以上, 3-5个 …) and glossary terms (三重一大,
 * 两学一做 …), and one clause with 一是…二是…三是… items. Nothing is real text.
 *
 * The glossary is the project's own `content/terms/`, except that a term whose
 * basis is a document (which the synthetic corpus does not contain) becomes
 * `basis: { kind: undefined }` without definition or expansion, as the schema
 * requires. The registries start empty: a normal build registers the units.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Clause openings: 主题句 (ends with 。 in the clause). */
const HEADS = ['全面落实合成管理责任', '着力加强基准理论学习', '加强合成队伍建设', '深入推进网格化服务工作', '抓好合成数据的教育和管理', '着力打造“特色”合成品牌', '丰富主题实践活动', '深入实施合成人才工程', '抓好合成园区组织建设', '强化基准考核评价', '完善课后服务保障机制', '推进合成校园安全建设'];

/** Sentences of the body; {n} is replaced by a small varying number. */
const SENTENCES = [
  '各合成单位要认真制定年度学习计划,每月开展{n}次集中学习,每次不少于2小时,参学率达90%以上。',
  '坚持实行“三重一大”集体决策制度,严格遵守议事规则,完善民主生活会制度,有效发挥集体领导作用。',
  '组织开展“两学一做”学习教育,结合实际需求细化措施,推动学习教育常态化、制度化、长效化。',
  '精心选定3-5个基础好、有培养前景的合成单位进行重点培育,着力构建“一校一品”特色。',
  '力争到年底网格化服务覆盖率达到{p}%,课后服务参与率稳步提高。',
  '每季度召开{n}次工作推进会,分析研判存在的问题,及时调整工作措施。',
  '践行“三严三实”要求,树立看齐意识、责任意识,不断提升干部队伍的履职能力。',
  '扎实开展“四走访、三联系”活动,经常深入基层开展谈心活动,征求意见,了解情况,解决实际困难。',
  '组织合成骨干培训班{n}期、后备人才培训班1期,实现培训全覆盖。',
  '结合合成基准年开展主题演讲、文艺汇演、先进典型宣讲等系列活动,增强组织的活力和影响力。',
  '定期对各单位课后服务开展情况进行专项督查、互查和点评,年内命名一批特色鲜明的示范点。',
  '全面落实“党政同责,一岗双责”要求,深入推进“平安校园”创建工作,筑牢安全稳定防线。',
  '以名校长、名班主任和名师工作室为平台,采用集中培训与自我研修相结合的方式,加大培养力度。',
  '建立合成数据台账,每半年更新{n}次,确保底数清、情况明,做到有据可查。',
];

/** A deterministic pseudo-random sequence (mulberry32), so that every run writes the same corpus. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export function clauseText(doc: number, clause: number): string {
  const next = rng(doc * 131 + clause * 7 + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const fill = (s: string) => s.replace('{n}', String(1 + Math.floor(next() * 4))).replace('{p}', String(60 + Math.floor(next() * 35)));
  // The sentences in a shuffled order, none twice, until the clause reaches 150–350 characters (≤ ~400 with the last one).
  const order = SENTENCES.map((s) => ({ s, k: next() })).sort((a, b) => a.k - b.k);
  let text = `${pick(HEADS)}。`;
  const target = 150 + Math.floor(next() * 200);
  for (const { s } of order) {
    if (text.length >= target) break;
    text += fill(s);
  }
  return text;
}

function itemsText(doc: number): string {
  return `${clauseText(doc, 99).slice(0, 120).replace(/[^。]*$/, '')}一是做好合成台账转接工作。每月开展1次核对,确保信息准确。二是认真执行“两学一做”各项制度。坚持标准、保证质量,组织培训班2期。三是做好合成数据测算工作,并将测算结果在单位及时公示,公示率达100%。`;
}

export function documentMarkdown(n: number): string {
  const nnn = String(n).padStart(3, '0');
  const lines = [
    '---',
    `slug: synthetic-${nnn}`,
    `title: 合成测试文档第${nnn}号（基准用，非真实文件）`,
    'issuer: 合成数据',
    'issued: null',
    'issuedInference: 合成数据，无日期。',
    '---',
    '一、突出合成要求,坚持基准测试的统一领导',
    ...Array.from({ length: 10 }, (_, i) => `(${CN[i]})${i === 5 ? itemsText(n) : clauseText(n, i)}`),
    '二、突出规模测试,统领合成数据改革发展',
    ...Array.from({ length: 2 }, (_, i) => `(${CN[i]})${clauseText(n, 10 + i)}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Clauses per synthetic document (part 一: 10, part 二: 2). */
export const CLAUSES_PER_DOCUMENT = 12;

/** Writes an N-document corpus into a new temporary folder and returns its path. */
export function writeSyntheticCorpus(count: number, termsDir = 'content/terms'): string {
  const root = mkdtempSync(join(tmpdir(), `yaodian-synthetic-${count}-`));
  for (const dir of ['documents', 'terms', 'registry', 'sources']) mkdirSync(join(root, dir));
  for (let n = 1; n <= count; n++) writeFileSync(join(root, 'documents', `synthetic-${String(n).padStart(3, '0')}.md`), documentMarkdown(n));
  for (const file of readdirSync(termsDir).filter((f) => f.endsWith('.yaml'))) {
    const term = parse(readFileSync(join(termsDir, file), 'utf8')) as Record<string, unknown> & { basis: { kind: string } };
    if (term.basis.kind === 'document') {
      delete term.definition;
      delete term.expansion;
      term.basis = { kind: 'undefined' };
    }
    writeFileSync(join(root, 'terms', file), stringify(term));
  }
  writeFileSync(join(root, 'registry', 'published.json'), '{}\n');
  writeFileSync(join(root, 'registry', 'redirects.json'), '{}\n');
  return root;
}
