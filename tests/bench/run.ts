/**
 * `npm run bench`: builds the site, then prints the quality budgets
 * (Lighthouse on five page types, cold-load bytes, bytes of the first
 * search) and the scaling benchmark on synthetic corpora. Figures only: it
 * asserts nothing. The search-quality benchmark is `npm run bench:search`.
 */
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.ts';
import { measureBudgets, printBudgets } from './lighthouse.ts';
import { firstSearch } from './scale.ts';

const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) throw new Error('build failed');

printBudgets(await measureBudgets('dist'));

const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
console.log('\n## 首次搜索取回的字节（冷启动，未压缩，含 Worker 的请求）\n');
console.log('| 查询 | 字节 | 请求数 |');
console.log('| --- | --- | --- |');
for (const query of ['三重一大', '党费', 'szyd']) {
  const { bytes, requests } = await firstSearch(browser, server.url, query);
  console.log(`| ${query} | ${(bytes / 1024).toFixed(1)} KiB | ${requests} |`);
}
await browser.close();
await server.close();

const scale = spawnSync(process.execPath, ['tests/bench/scale.ts'], { stdio: 'inherit' });
if (scale.status !== 0) throw new Error('scaling benchmark failed');
