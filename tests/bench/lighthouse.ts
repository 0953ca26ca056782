/**
 * Budgets, measured: Lighthouse (performance, accessibility, best practices,
 * SEO) on five page types, served by nginx with deploy/nginx.conf as in
 * production, and the bytes a cold load of the document page and a clause
 * page fetches (uncompressed and as transferred). Part of `npm run bench`;
 * prints a table, asserts nothing.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../support/browser.mjs';
import { startNginx } from '../support/nginx.ts';

const PAGES: Array<[string, string]> = [
  ['首页', '/'],
  ['全文', '/jiceng-zuzhi-jianshe/'],
  ['单条', '/jiceng-zuzhi-jianshe/1-6/'],
  ['提法', '/terms/sanzhong-yida/'],
  ['要求一览', '/requirements/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface PageBytes {
  name: string;
  path: string;
  requests: number;
  uncompressed: number;
  transferred: number;
}

/** Bytes a cold load fetches (page-level requests: the service worker's background precache is reported separately). */
async function coldLoad(url: string, path: string, name: string): Promise<PageBytes> {
  const browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const sizes = new Map<string, { transferred: number; uncompressed: number }>();
  cdp.on('Network.dataReceived', (e) => {
    const s = sizes.get(e.requestId) ?? { transferred: 0, uncompressed: 0 };
    s.uncompressed += e.dataLength;
    sizes.set(e.requestId, s);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const s = sizes.get(e.requestId) ?? { transferred: 0, uncompressed: 0 };
    s.transferred = e.encodedDataLength;
    sizes.set(e.requestId, s);
  });
  await page.goto(url + path, { waitUntil: 'networkidle' });
  await browser.close();
  const all = [...sizes.values()];
  return { name, path, requests: all.length, uncompressed: all.reduce((n, s) => n + s.uncompressed, 0), transferred: all.reduce((n, s) => n + s.transferred, 0) };
}

export async function measureBudgets(dist: string) {
  const server = await startNginx(dist);
  const chrome = await launch({ chromePath: await ensureChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const scores: Array<{ name: string; path: string; scores: number[] }> = [];
    for (const [name, path] of PAGES) {
      const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const categories = result?.lhr.categories ?? {};
      scores.push({ name, path, scores: CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100)) });
    }
    const bytes = [await coldLoad(server.url, '/jiceng-zuzhi-jianshe/', '全文'), await coldLoad(server.url, '/jiceng-zuzhi-jianshe/1-6/', '单条')];
    return { scores, bytes };
  } finally {
    chrome.kill();
    await server.stop();
  }
}

export function printBudgets({ scores, bytes }: Awaited<ReturnType<typeof measureBudgets>>): void {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log('\n## Lighthouse（nginx + deploy/nginx.conf，Lighthouse 12.2.3 默认移动端配置）\n');
  console.log('| 页面 | 路径 | 性能 | 无障碍 | 最佳做法 | SEO |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const s of scores) console.log(`| ${s.name} | ${s.path} | ${s.scores.join(' | ')} |`);
  console.log('\n## 冷启动加载字节数（不含 service worker 后台预缓存）\n');
  console.log('| 页面 | 请求数 | 未压缩 | 实际传输（gzip） |');
  console.log('| --- | --- | --- | --- |');
  for (const b of bytes) console.log(`| ${b.name} ${b.path} | ${b.requests} | ${kib(b.uncompressed)} | ${kib(b.transferred)} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printBudgets(await measureBudgets(process.argv[2] ?? 'dist'));
}
