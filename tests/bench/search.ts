/**
 * Search-quality benchmark: `npm run bench:search`. Builds the site, serves it
 * on a free port, and in Chromium runs every query of search-queries.json
 * through (a) the real search box and (b) plain `pagefind.search(query)` on
 * the same bundle. Prints P@1, R@3, MRR and the median / 95th-percentile time
 * from typing to the first result for both. A script that prints figures, not
 * a test: it asserts nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../support/browser.mjs';
import { freePort } from '../support/free-port.ts';

interface Query {
  q: string;
  expect: string[];
  kind: string;
}

interface Run {
  refs: string[];
  ms: number;
}

const queries = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as Query[];

function metrics(runs: Run[]) {
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
        // A requirement result points into its clause (its ref is the clause ID); a term page is not a clause.
        const refs = [...document.querySelectorAll<HTMLElement>('.search-result')].map((li) => (li.dataset.kind === 'term' ? `term:${li.dataset.ref}` : (li.dataset.ref ?? '')));
        return { refs, ms };
      }, q);
    await typeAndWait('党建');
    for (const { q } of queries) ui.push(await typeAndWait(q));

    // (b) Plain pagefind.search(query) on the same bundle, ranked by Pagefind alone.
    const plain: Run[] = [];
    await page.evaluate(async () => {
      const bundle = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ bundle)) as { search(q: string): Promise<unknown> };
      (window as unknown as { pf: unknown }).pf = pf;
      await pf.search('党建');
    });
    for (const { q } of queries) {
      plain.push(
        await page.evaluate(async (q) => {
          const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: Array<{ data(): Promise<{ meta: Record<string, string> }> }> }> } }).pf;
          const t0 = performance.now();
          const found = await pf.search(q);
          const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
          const ms = performance.now() - t0;
          return { refs: top.map((d) => (d.meta.kind === 'term' ? `term:${d.meta.ref}` : d.meta.ref)), ms };
        }, q),
      );
    }

    const a = metrics(ui);
    const b = metrics(plain);
    const f = (x: number) => x.toFixed(2);
    const ms = (x: number) => `${Math.round(x)} ms`;
    console.log(`\n搜索质量基准：${queries.length} 个查询（${[...new Set(queries.map((q) => q.kind))].map((k) => `${k} ${queries.filter((q) => q.kind === k).length}`).join('，')}）\n`);
    console.log('| 方案 | P@1 | R@3 | MRR | 中位耗时 | P95 耗时 |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    console.log(`| 本站搜索框（真实界面） | ${f(a.p1)} | ${f(a.r3)} | ${f(a.mrr)} | ${ms(a.median)} | ${ms(a.p95)} |`);
    console.log(`| 直接 pagefind.search(query) | ${f(b.p1)} | ${f(b.r3)} | ${f(b.mrr)} | ${ms(b.median)} | ${ms(b.p95)} |`);
    console.log(`\n本站搜索框首位未命中（${a.misses.length}）：${a.misses.join('；') || '无'}`);
    console.log(`直接 Pagefind 首位未命中：${b.misses.length} 个`);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
