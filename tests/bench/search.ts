/**
 * Search-quality benchmark: `npm run bench:search`. Builds the site, serves it
 * on a free port, and in Chromium runs two query sets through (a) the real
 * search box and (b) plain `pagefind.search(query)` on the same bundle:
 * - search-queries.json, labelled to clauses: a result counts by the clause it
 *   lies in (an item result of the right clause is right);
 * - search-questions.json, staff questions labelled to the item where the answer
 *   is a 一是/二是 item, otherwise the clause: a result counts only if it is that
 *   very unit (item level), and the script says how many item answers came first.
 * Prints P@1, R@3, MRR and the median / 95th-percentile time from typing to the
 * first result. A script that prints figures, not a test: it asserts nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../support/browser.mjs';
import { freePort } from '../support/free-port.ts';

interface Query {
  q: string;
  expect: string[];
  kind?: string;
}

interface Run {
  refs: string[];
  ms: number;
}

const load = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as Query[];
const queries = load('./search-queries.json');
const questions = load('./search-questions.json');
const isItem = (id: string) => id.split('-').length > 2;
/** `1-6-3` → `1-6`; terms (`term:…`) and parts stay as they are. */
const toClause = (ref: string) => (ref.startsWith('term:') ? ref : ref.split('-').slice(0, 2).join('-'));

function metrics(queries: Query[], runs: Run[]) {
  let p1 = 0;
  let r3 = 0;
  let mrr = 0;
  const misses: string[] = [];
  queries.forEach((query, i) => {
    const refs = runs[i]?.refs ?? [];
    if (query.expect.includes(refs[0] ?? '')) p1++;
    else misses.push(`${query.q}（期望 ${query.expect.join('/')}，得到 ${refs.slice(0, 3).join(' ') || '无'}）`);
    const top3 = refs.slice(0, 3);
    r3 += query.expect.filter((e) => top3.includes(e)).length / Math.min(query.expect.length, 3);
    const rank = refs.findIndex((r) => query.expect.includes(r));
    mrr += rank === -1 ? 0 : 1 / (rank + 1);
  });
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? NaN;
  const n = queries.length;
  return { p1: p1 / n, r3: r3 / n, mrr: mrr / n, median: pct(50), p95: pct(95), misses };
}

/** Runs as the clause-labelled set sees them: every result by the clause it lies in. */
const atClauseLevel = (runs: Run[]): Run[] => runs.map((r) => ({ ...r, refs: r.refs.map(toClause) }));

async function main() {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  const port = await freePort();
  const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.focus('#site-search-input');

    // (a) The real search box: time from the input event to the rendered results.
    const ui: Run[] = [];
    const typeAndWait = (q: string) =>
      page.evaluate(async (q) => {
        const input = document.getElementById('site-search-input') as HTMLInputElement;
        const root = document.querySelector('.site-search') as HTMLElement;
        root.removeAttribute('data-searched');
        const done = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (root.getAttribute('data-searched') === q) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(root, { attributes: true });
        });
        const t0 = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await done;
        const ms = performance.now() - t0;
        // A result names the unit it opens (an item, a clause); a term page is not a unit.
        const refs = [...document.querySelectorAll<HTMLElement>('.search-result')].map((li) => (li.dataset.kind === 'term' ? `term:${li.dataset.ref}` : (li.dataset.unit ?? li.dataset.ref ?? '')));
        return { refs, ms };
      }, q);
    await typeAndWait('党建');
    for (const { q } of queries) ui.push(await typeAndWait(q));
    const uiQuestions: Run[] = [];
    for (const { q } of questions) uiQuestions.push(await typeAndWait(q));

    // (b) Plain pagefind.search(query) on the same bundle, ranked by Pagefind alone.
    const plain: Run[] = [];
    await page.evaluate(async () => {
      const bundle = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ bundle)) as { search(q: string): Promise<unknown> };
      (window as unknown as { pf: unknown }).pf = pf;
      await pf.search('党建');
    });
    const plainRun = (q: string) =>
        page.evaluate(async (q) => {
          const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: Array<{ data(): Promise<{ meta: Record<string, string> }> }> }> } }).pf;
          const t0 = performance.now();
          const found = await pf.search(q);
          const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
          const ms = performance.now() - t0;
          return { refs: top.map((d) => (d.meta.kind === 'term' ? `term:${d.meta.ref}` : (d.meta.unit ?? d.meta.ref ?? ''))), ms };
        }, q);
    for (const { q } of queries) plain.push(await plainRun(q));
    const plainQuestions: Run[] = [];
    for (const { q } of questions) plainQuestions.push(await plainRun(q));

    const a = metrics(queries, atClauseLevel(ui));
    const b = metrics(queries, atClauseLevel(plain));
    const qa = metrics(questions, uiQuestions);
    const qb = metrics(questions, plainQuestions);
    const qaClause = metrics(
      questions.map((q) => ({ ...q, expect: q.expect.map(toClause) })),
      atClauseLevel(uiQuestions),
    );
    const itemQuestions = questions.map((q, i) => ({ q, run: uiQuestions[i] })).filter(({ q }) => q.expect.some(isItem));
    const itemsFirst = itemQuestions.filter(({ q, run }) => q.expect.includes(run?.refs[0] ?? '')).length;
    const f = (x: number) => x.toFixed(2);
    const ms = (x: number) => `${Math.round(x)} ms`;
    console.log(`\n搜索质量基准：${queries.length} 个查询（${[...new Set(queries.map((q) => q.kind))].map((k) => `${k} ${queries.filter((q) => q.kind === k).length}`).join('，')}）\n`);
    console.log('| 方案 | P@1 | R@3 | MRR | 中位耗时 | P95 耗时 |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    console.log(`| 本站搜索框（真实界面） | ${f(a.p1)} | ${f(a.r3)} | ${f(a.mrr)} | ${ms(a.median)} | ${ms(a.p95)} |`);
    console.log(`| 直接 pagefind.search(query) | ${f(b.p1)} | ${f(b.r3)} | ${f(b.mrr)} | ${ms(b.median)} | ${ms(b.p95)} |`);
    console.log(`\n本站搜索框首位未命中（${a.misses.length}）：${a.misses.join('；') || '无'}`);
    console.log(`直接 Pagefind 首位未命中：${b.misses.length} 个`);

    console.log(`\n问句基准：${questions.length} 个问句（答案在“一是/二是”项内的 ${itemQuestions.length} 个标到项，其余标到条），按项判定\n`);
    console.log('| 方案 | P@1（项级） | R@3 | MRR | 中位耗时 | P95 耗时 |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    console.log(`| 本站搜索框（真实界面） | ${f(qa.p1)} | ${f(qa.r3)} | ${f(qa.mrr)} | ${ms(qa.median)} | ${ms(qa.p95)} |`);
    console.log(`| 直接 pagefind.search(query) | ${f(qb.p1)} | ${f(qb.r3)} | ${f(qb.mrr)} | ${ms(qb.median)} | ${ms(qb.p95)} |`);
    console.log(`\n本站搜索框：答案是项的 ${itemQuestions.length} 个问句中，项排第一的 ${itemsFirst} 个；按条判定 P@1 ${f(qaClause.p1)}`);
    const counts = uiQuestions.map((r) => r.refs.length).sort((x, y) => x - y);
    console.log(`本站搜索框每个问句列出的结果数：中位 ${counts[Math.floor(counts.length / 2)]}，最多 ${counts.at(-1)}（界面最多显示 12 条）`);
    console.log(`本站搜索框问句首位未命中（${qa.misses.length}）：${qa.misses.join('；') || '无'}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
