/**
 * One large document: `node tests/bench/large-document.ts` (part of `npm run bench`).
 * Builds, in the same run, the site with the project's own content and the
 * same site plus one clearly synthetic document of about 200,000 characters
 * (20 parts of 25 clauses, 合成长文档（基准用，非真实文件）), and prints the build
 * times, their ratio, and build time per 10,000 characters of body text.
 * The small-documents series (scale.ts) grows the number of documents; this
 * grows one document, where a per-page walk over the whole unit tree shows
 * up as quadratic time. Figures only: it asserts nothing.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSite } from '../support/build-site.ts';
import { clauseText } from './synthetic-corpus.ts';
import { toChineseNumeral } from '../../src/model/numerals.ts';

const TARGET_CHARS = 200_000;
const PARTS = 20;
const CLAUSES_PER_PART = 25;

/** The synthetic document's body: PARTS × CLAUSES_PER_PART clauses, lengthened until the body reaches TARGET_CHARS. */
export function largeDocumentBody(): string {
  const perClause = Math.floor(TARGET_CHARS / (PARTS * CLAUSES_PER_PART));
  const lines: string[] = [];
  for (let p = 1; p <= PARTS; p++) {
    lines.push(`${toChineseNumeral(p)}、合成长文档第${p}部分（基准用）`);
    for (let c = 1; c <= CLAUSES_PER_PART; c++) {
      // Whole sentences from the synthetic template, added one at a time until the clause reaches its share.
      let text = clauseText(p, c);
      for (let k = 1; text.length < perClause; k++) {
        const more = clauseText(p * 1000 + k, c).split(/(?<=。)/u).slice(1);
        for (const sentence of more) if (text.length < perClause) text += sentence;
      }
      lines.push(`（${toChineseNumeral(c)}）${text}`);
    }
  }
  return lines.join('\n');
}

function bodyChars(root: string): number {
  return readdirSync(join(root, 'documents'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(root, 'documents', f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\s/g, '').length)
    .reduce((a, b) => a + b, 0);
}

function contentCopy(withLarge: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'yaodian-large-'));
  cpSync('content', root, { recursive: true });
  if (withLarge) {
    const front = ['---', 'slug: synthetic-large', 'title: 合成长文档（基准用，非真实文件）', 'issuer: 合成数据', 'issued: null', 'issuedInference: 合成数据，无日期。', '---'];
    writeFileSync(join(root, 'documents', 'synthetic-large.md'), `${front.join('\n')}\n${largeDocumentBody()}\n`);
  }
  return root;
}

function measure(label: string, withLarge: boolean) {
  const root = contentCopy(withLarge);
  try {
    const chars = bodyChars(root);
    console.info(`[large] 构建：${label}（正文 ${chars.toLocaleString('en')} 字）……`);
    const build = buildSite(root);
    rmSync(dirname(build.outDir), { recursive: true, force: true });
    if (!build.ok) throw new Error(`${label} 构建失败：\n${build.output.slice(-3000)}`);
    return { label, chars, ms: build.ms };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// One discarded build first, so that cold disk caches do not inflate the seed-only time the ratio divides by.
measure('预热（不计）', false);
const seed = measure('仅种子文档', false);
const large = measure('种子文档 + 20 万字合成长文档', true);

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log('\n## 单篇长文档的构建时间（同一次运行）\n');
console.log('| 内容 | 正文字数 | 构建时间 | 每万字 |');
console.log('| --- | --- | --- | --- |');
for (const row of [seed, large]) console.log(`| ${row.label} | ${row.chars.toLocaleString('en')} | ${s(row.ms)} | ${s((row.ms / row.chars) * 10_000)} |`);
const extra = large.ms - seed.ms;
console.log(`\n长文档构建时间是仅种子文档的 ×${(large.ms / seed.ms).toFixed(2)}；长文档本身多用 ${s(extra)}，即每万字 ${s((extra / (large.chars - seed.chars)) * 10_000)}。`);
