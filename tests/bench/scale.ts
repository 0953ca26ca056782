/**
 * Scale benchmark: `node tests/bench/scale.ts`. Writes clearly synthetic
 * corpora of 1, 10 and 100 documents (synthetic-corpus.ts) into temporary
 * folders, builds each with buildSite, and reports per size: build time, output
 * size, search bundle (pagefind/), offline zip, HTML pages, and the bytes and
 * requests a cold browser fetches for its first search, up to the first
 * rendered result. Then the ratios to the 1-document build, the growth exponent
 * between 10 and 100 documents, and what fills the 100-document output.
 * Last, how the lists of many documents stay usable (usability()): the bytes of
 * the home page and the search box's facets, how many options the filters
 * hold, and how long filtering takes in the browser; and /requirements/ as a
 * reader meets it in Chromium (requirementsPage()): its bytes and rows, the
 * time until its filters can be used, and the time one filter change takes
 * until the page shows the result.
 * A script that prints figures, not a test: it asserts nothing.
 *
 * `node tests/bench/scale.ts --sizes=100` builds and measures only the sizes given.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Response } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../support/browser.mjs';
import { buildSite } from '../support/build-site.ts';
import { serveStatic } from '../support/static-server.ts';
import { CLAUSES_PER_DOCUMENT, writeSyntheticCorpus } from './synthetic-corpus.ts';

const SIZES_ARG = process.argv.find((a) => a.startsWith('--sizes='));
const SIZES = SIZES_ARG ? SIZES_ARG.slice('--sizes='.length).split(',').map(Number) : [1, 10, 100];
/** A glossary term, and a phrase that only the template text contains. */
const QUERIES = ['三重一大', '课后服务'];

interface Search {
  bytes: number;
  requests: number;
}

/** /requirements/ in Chromium: milliseconds from navigation start, or from a filter's input event to the painted result. */
interface RequirementsPage {
  /** requirements/index.html as served (uncompressed). */
  bytes: number;
  /** Requirement rows in that HTML, and requirements in the whole corpus (from every data.json). */
  rowsInPage: number;
  requirements: number;
  /** Pages /requirements/<slug>/, the largest of them, and the time until its filters are usable (as usableMs). */
  documentPages: number;
  documentPageMaxBytes: number;
  documentPageUsableMs: number;
  domContentLoadedMs: number;
  /** Navigation start to the first frame painted with the filters shown (the script has run). */
  usableMs: number;
  /** One filter change from the unfiltered page (年份, or 类型 with one document, = its first option), the next one (its second option), and clearing it. */
  firstFilterMs: number;
  nextFilterMs: number;
  clearFilterMs: number;
  /** The count the page says after the first change, to see the measure caught the right moment. */
  firstFilterSays: string;
}

interface Usability {
  homeBytes: number;
  requirements: RequirementsPage;
  facetsBytes: number;
  /** Groups (kinds of document) on the home page, and the options of its filters. */
  homeGroups: number;
  homeFilters: string;
  /** Milliseconds from a filter's input event to the updated count, median of 5. */
  homeKindMs: number;
  /** Options in the search box's document filter, its groups, and the part filter's options once a document is chosen. */
  searchDocuments: number;
  searchDocumentGroups: number;
  searchParts: number;
}

interface Row {
  docs: number;
  usability: Usability;
  clauses: number;
  pages: number;
  buildMs: number;
  outBytes: number;
  bundleBytes: number;
  zipBytes: number;
  htmlBytes: number;
  /** Bytes of `<option>` elements in all HTML pages (the search box's filter menus). */
  optionBytes: number;
  searches: Search[];
  topLevel: Map<string, number>;
}

/** Every file below `dir`, with its size. */
function files(dir: string, prefix = ''): Array<{ path: string; bytes: number }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(prefix, e.name);
    return e.isDirectory() ? files(join(dir, e.name), path) : [{ path, bytes: statSync(join(dir, e.name)).size }];
  });
}

/**
 * The bytes of the first search in a cold browser: a new context (empty cache,
 * service worker blocked so its precache does not mix in), open `/`, focus the
 * box, commit the query in one input event (as an IME does), wait until the
 * box marks it `data-searched`, and sum the bodies of every response under
 * /pagefind/ and /search/lexicon.json seen until then.
 *
 * Method: Playwright's `context.on('response')`. Pagefind runs its WASM in a
 * dedicated Web Worker; checked by hand (Playwright 1.65, Chromium): the
 * worker's fetches (pagefind-entry.json, *.pf_meta, wasm.*.pagefind,
 * index/*.pf_index) ARE reported there, while a CDP session on the page sees
 * only the main thread's two requests (pagefind.js, lexicon.json) and
 * `performance.getEntriesByType('resource')` in the page likewise misses the
 * worker. The script still warns if no .pf_index response was counted.
 */
export async function firstSearch(browser: Browser, origin: string, query: string): Promise<Search> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const seen: Response[] = [];
  let done = false;
  context.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (!done && r.url().startsWith(origin) && (path.startsWith('/pagefind/') || path === '/search/lexicon.json')) seen.push(r);
  });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.focus('#site-search-input');
    await page.keyboard.insertText(query);
    await page.waitForSelector(`.site-search[data-searched="${query}"]`, { state: 'attached', timeout: 30_000 });
    done = true;
    if (!seen.some((r) => r.url().endsWith('.pf_index'))) console.warn(`[scale] 警告：查询“${query}”没有统计到 .pf_index 请求，Worker 的请求可能未被计入。`);
    const sizes = await Promise.all(seen.map(async (r) => (await r.body()).length));
    return { bytes: sizes.reduce((a, b) => a + b, 0), requests: seen.length };
  } finally {
    await context.close();
  }
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MB` : kb(b));
const times = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
/** Growth exponent k in v ∝ n^k between 10 and 100 documents. */
const exponent = (v10: number, v100: number) => Math.log(v100 / v10) / Math.log(10);
const growth = (k: number) => (k < 0.9 ? '亚线性（好于线性）' : k <= 1.1 ? '近似线性' : '超线性（差于线性）');

async function main() {
  const temp: string[] = [];
  const rows: Row[] = [];
  const browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
  try {
    // One discarded build first: the first `astro build` after a while pays for cold disk caches,
    // which would inflate the 1-document time that every ratio divides by.
    const warm = writeSyntheticCorpus(1);
    temp.push(warm, dirname(buildSite(warm).outDir));
    for (const docs of SIZES) {
      const root = writeSyntheticCorpus(docs);
      temp.push(root);
      console.info(`[scale] 构建 ${docs} 篇合成文档……`);
      const build = buildSite(root);
      temp.push(dirname(build.outDir));
      if (!build.ok) {
        console.error(`[scale] ${docs} 篇的构建失败：\n${build.output.slice(-4000)}`);
        continue;
      }
      if (/collection "terms" does not exist or is empty/.test(build.output)) console.warn(`[scale] 警告：${docs} 篇的构建没有读到 terms 集合，数字不含术语页。`);
      const all = files(build.outDir);
      const sum = (pick: (p: string) => boolean) => all.filter((f) => pick(f.path)).reduce((a, f) => a + f.bytes, 0);
      const topLevel = new Map<string, number>();
      for (const f of all) {
        const first = f.path.split('/')[0] ?? '';
        const top = /^synthetic-\d+$/.test(first) ? 'synthetic-*/（各文档的页面）' : f.path.includes('/') ? `${first}/` : f.path;
        topLevel.set(top, (topLevel.get(top) ?? 0) + f.bytes);
      }
      const html = all.filter((f) => f.path.endsWith('.html'));
      const optionBytes = html.reduce((a, f) => a + (readFileSync(join(build.outDir, f.path), 'utf8').match(/<option[^>]*>[^<]*<\/option>/g) ?? []).reduce((b, o) => b + Buffer.byteLength(o), 0), 0);
      const zip = join(build.outDir, 'download/gongzuo-yaodian-offline.zip');
      const server = await serveStatic(build.outDir);
      const searches: Search[] = [];
      let usable: Usability;
      try {
        for (const q of QUERIES) searches.push(await firstSearch(browser, server.url, q));
        usable = await usability(browser, server.url, build.outDir);
      } finally {
        await server.close();
      }
      rows.push({
        docs,
        clauses: docs * CLAUSES_PER_DOCUMENT,
        pages: html.length,
        htmlBytes: sum((p) => p.endsWith('.html')),
        optionBytes,
        buildMs: build.ms,
        outBytes: sum(() => true),
        bundleBytes: sum((p) => p.startsWith('pagefind/')),
        zipBytes: existsSync(zip) ? statSync(zip).size : 0,
        searches,
        topLevel,
        usability: usable,
      });
    }
  } finally {
    await browser.close();
    for (const dir of temp) rmSync(dir, { recursive: true, force: true });
  }
  report(rows);
}

/** Median time of `times` runs of an action in the page that returns its own duration. */
async function median(times: number, run: () => Promise<number>): Promise<number> {
  const all: number[] = [];
  for (let i = 0; i < times; i++) all.push(await run());
  return all.sort((a, b) => a - b)[Math.floor(times / 2)] ?? NaN;
}

/**
 * The lists of many documents, measured as a reader meets them: page bytes as
 * served (uncompressed), and in Chromium the time from a filter's input event
 * to the filtered list (the filters run synchronously on input, so the time
 * around dispatchEvent is the whole of it).
 */
export async function usability(browser: Browser, origin: string, outDir: string): Promise<Usability> {
  const size = (path: string) => (existsSync(join(outDir, path)) ? statSync(join(outDir, path)).size : 0);
  const page = await browser.newPage();
  try {
    const timeInput = (selector: string, value: string) =>
      page.evaluate(
        ([selector, value]) => {
          const control = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector!);
          if (!control) return NaN;
          const t0 = performance.now();
          control.value = value!;
          control.dispatchEvent(new Event('input', { bubbles: true }));
          const ms = performance.now() - t0;
          control.value = '';
          control.dispatchEvent(new Event('input', { bubbles: true }));
          return ms;
        },
        [selector, value],
      );
    const secondOption = (selector: string) => page.evaluate((selector) => document.querySelector<HTMLSelectElement>(selector)?.options[1]?.value ?? '', selector);

    await page.goto(`${origin}/`);
    const homeGroups = await page.locator('[data-doc-group]').count();
    const homeFilters = (await page.locator('.doc-filters select').evaluateAll((ss) => ss.map((s) => `${(s.closest('label')?.firstChild?.textContent ?? '').trim()} ${(s as HTMLSelectElement).options.length - 1}`))).join('，');
    const kind = await secondOption('.doc-filters [data-facet="docKind"]');
    const homeKindMs = kind ? await median(5, () => timeInput('.doc-filters [data-facet="docKind"]', kind)) : NaN;

    // The search box's filters fill on first use.
    await page.focus('#site-search-input');
    await page.keyboard.insertText('党建');
    await page.waitForSelector('.site-search[data-searched="党建"]', { state: 'attached', timeout: 30_000 });
    const documentSelect = page.locator('select[data-filter="文件"]');
    await page.waitForFunction(() => (document.querySelector<HTMLSelectElement>('select[data-filter="文件"]')?.options.length ?? 0) > 1);
    const searchDocuments = (await documentSelect.locator('option').count()) - 1;
    const searchDocumentGroups = await documentSelect.locator('optgroup').count();
    await documentSelect.selectOption({ index: 1 });
    const searchParts = (await page.locator('select[data-filter="部分"] option').count()) - 1;
    return {
      homeBytes: size('index.html'),
      requirements: await requirementsPage(browser, origin, outDir),
      facetsBytes: size('search/facets.json'),
      homeGroups,
      homeFilters,
      homeKindMs,
      searchDocuments,
      searchDocumentGroups,
      searchParts,
    };
  } finally {
    await page.close();
  }
}

/**
 * /requirements/ as a reader meets it: a cold page in a new context (service
 * worker blocked), timed inside the page from navigation start. The page is
 * usable at the first frame after its script shows the filters (a frame, so
 * the layout of whatever the page holds is paid for). A filter change is timed
 * from the select's input event until the count says something new, nothing
 * is `aria-busy` (data still loading), and the next frame is painted.
 */
export async function requirementsPage(browser: Browser, origin: string, outDir: string): Promise<RequirementsPage> {
  const file = join(outDir, 'requirements/index.html');
  const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const requirements = readdirSync(outDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(outDir, e.name, 'data.json')))
    .reduce((n, e) => n + ((JSON.parse(readFileSync(join(outDir, e.name, 'data.json'), 'utf8')) as { requirements?: unknown[] }).requirements?.length ?? 0), 0);
  const ownDir = join(outDir, 'requirements');
  const own = existsSync(ownDir)
    ? readdirSync(ownDir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(ownDir, e.name, 'index.html')))
        .map((e) => ({ path: `/requirements/${e.name}/`, bytes: statSync(join(ownDir, e.name, 'index.html')).size }))
        .sort((a, b) => b.bytes - a.bytes)
    : [];
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    /** Opens a page and returns the time from navigation start to the first frame with its filters shown. */
    const open = async (path: string) => {
      await page.goto(`${origin}${path}`, { timeout: 300_000, waitUntil: 'domcontentloaded' });
      const usable = await page.waitForFunction(() => {
        const form = document.querySelector<HTMLElement>('.req-filters');
        return form && !form.hidden ? performance.now() : false;
      }, null, { polling: 'raf', timeout: 300_000 });
      return (await usable.jsonValue()) as number;
    };
    const usableMs = await open('/requirements/');
    const domContentLoadedMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN);
    const change = (option: number) =>
      page.evaluate(async (option) => {
        // 年份 where the page offers it (several documents), else 类型.
        const select = document.querySelector<HTMLSelectElement>('.req-filters [name="year"]') ?? document.querySelector<HTMLSelectElement>('.req-filters [name="kind"]');
        const count = document.querySelector<HTMLElement>('.req-count');
        if (!select || !count) return { ms: NaN, says: '（没有筛选）' };
        const before = count.textContent;
        const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        const t0 = performance.now();
        select.value = option < 0 ? '' : (select.options[option]?.value ?? '');
        select.dispatchEvent(new Event('input', { bubbles: true }));
        while ((count.textContent === before || document.querySelector('[aria-busy="true"]')) && performance.now() - t0 < 120_000) await frame();
        await new Promise((resolve) => setTimeout(resolve, 0));
        return { ms: performance.now() - t0, says: count.textContent?.trim() ?? '' };
      }, option);
    const first = await change(1);
    const next = await change(2);
    const clear = await change(-1);
    // A reader going on from the list to the largest document's page (the site's scripts and styles now cached).
    const documentPageUsableMs = own[0] ? await open(own[0].path) : NaN;
    return {
      bytes: Buffer.byteLength(html),
      rowsInPage: (html.match(/<tr[^>]*\sdata-kind=/g) ?? []).length,
      requirements,
      documentPages: own.length,
      documentPageMaxBytes: own[0]?.bytes ?? 0,
      documentPageUsableMs,
      domContentLoadedMs,
      usableMs,
      firstFilterMs: first.ms,
      nextFilterMs: next.ms,
      clearFilterMs: clear.ms,
      firstFilterSays: first.says,
    };
  } finally {
    await context.close();
  }
}

function reportUsability(rows: Row[]) {
  const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');
  console.log('\n## 文件多了之后还好用吗（合成语料；字节为未压缩；耗时为 Chromium 中从筛选输入到列表更新，5 次中位数）\n');
  console.log('| 文档数 | 首页 | 首页分组（文种） | 首页筛选项 | 首页按文种筛选 | 搜索筛选数据 facets.json | 搜索“文件”选项（分组） | 选定文件后“部分”选项 |');
  console.log(`| ${Array(8).fill('---').join(' | ')} |`);
  for (const r of rows) {
    const u = r.usability;
    console.log(`| ${r.docs} | ${kb(u.homeBytes)} | ${u.homeGroups} | ${u.homeFilters || '（单一文件，不显示）'} | ${ms(u.homeKindMs)} | ${kb(u.facetsBytes)} | ${u.searchDocuments}（${u.searchDocumentGroups} 组） | ${u.searchParts} |`);
  }
  const s = (x: number) => (Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : '—');
  console.log('\n## /requirements/ 在 Chromium 中（合成语料；字节为未压缩；冷启动，不用 service worker；各一次）\n');
  console.log('可用 = 从开始导航到筛选栏显示后画出的第一帧；筛选 = 从选择“年份”（单一文件时为“类型”）到计数更新并画出结果（第一次含载入数据）。\n');
  console.log('| 文档数 | /requirements/ HTML | 页内要求行 / 全部要求 | DOMContentLoaded | 可用 | 第一次筛选 | 再换一个年份 | 清除筛选 | 第一次筛选后显示 | 各文件要求页（最大一页，可用） |');
  console.log(`| ${Array(10).fill('---').join(' | ')} |`);
  for (const r of rows) {
    const q = r.usability.requirements;
    const pages = q.documentPages > 0 ? `${q.documentPages} 页（${kb(q.documentPageMaxBytes)}，${s(q.documentPageUsableMs)}）` : '无';
    console.log(`| ${r.docs} | ${mb(q.bytes)} | ${q.rowsInPage} / ${q.requirements} | ${s(q.domContentLoadedMs)} | ${s(q.usableMs)} | ${ms(q.firstFilterMs)} | ${ms(q.nextFilterMs)} | ${ms(q.clearFilterMs)} | ${q.firstFilterSays} | ${pages} |`);
  }
}

function report(rows: Row[]) {
  reportUsability(rows);
  const q = QUERIES.map((x) => `首次搜索“${x}”字节（请求数）`);
  console.log(`\n## 规模基准（合成语料，每篇 ${CLAUSES_PER_DOCUMENT} 条；Node ${process.version}）\n`);
  console.log(`| 文档数 | 条目数 | HTML 页数 | 平均 HTML 页 | 构建耗时 | 输出总大小 | 搜索包 pagefind/ | 离线 zip | ${q.join(' | ')} |`);
  console.log(`| ${Array(8 + QUERIES.length).fill('---').join(' | ')} |`);
  for (const r of rows) {
    const s = r.searches.map((x) => `${kb(x.bytes)}（${x.requests}）`);
    console.log(`| ${r.docs} | ${r.clauses} | ${r.pages} | ${kb(r.htmlBytes / r.pages)} | ${(r.buildMs / 1000).toFixed(1)} s | ${mb(r.outBytes)} | ${mb(r.bundleBytes)} | ${mb(r.zipBytes)} | ${s.join(' | ')} |`);
  }
  const base = rows[0];
  if (!base || base.docs !== 1) return;
  console.log(`\n### 相对 1 篇的倍数\n`);
  console.log(`| 文档数 | 构建耗时 | 输出总大小 | 搜索包 | 离线 zip | HTML 页数 | ${QUERIES.map((x) => `首次搜索“${x}”`).join(' | ')} |`);
  console.log(`| ${Array(6 + QUERIES.length).fill('---').join(' | ')} |`);
  for (const r of rows) {
    const s = r.searches.map((x, i) => times(x.bytes, base.searches[i]?.bytes ?? NaN));
    console.log(`| ${r.docs} | ${times(r.buildMs, base.buildMs)} | ${times(r.outBytes, base.outBytes)} | ${times(r.bundleBytes, base.bundleBytes)} | ${times(r.zipBytes, base.zipBytes)} | ${times(r.pages, base.pages)} | ${s.join(' | ')} |`);
  }
  const r10 = rows.find((r) => r.docs === 10);
  const r100 = rows.find((r) => r.docs === 100);
  if (!r10 || !r100) return;
  const figures: Array<[string, number, number, number]> = [
    ['构建耗时', base.buildMs, r10.buildMs, r100.buildMs],
    ['输出总大小', base.outBytes, r10.outBytes, r100.outBytes],
    ['搜索包', base.bundleBytes, r10.bundleBytes, r100.bundleBytes],
    ['离线 zip', base.zipBytes, r10.zipBytes, r100.zipBytes],
    ...QUERIES.map((x, i): [string, number, number, number] => [`首次搜索“${x}”的字节`, base.searches[i]?.bytes ?? NaN, r10.searches[i]?.bytes ?? NaN, r100.searches[i]?.bytes ?? NaN]),
  ];
  const parts = figures.map(([name, v1, v10, v100]) => {
    const k = exponent(v10, v100);
    const fixed = Math.max(0, v1 - (v100 - v1) / 99);
    return `${name}：100 篇是 10 篇的 ${(v100 / v10).toFixed(1)} 倍（指数 k≈${k.toFixed(2)}，${growth(k)}；按 1→100 篇线性外推，固定开销约占 1 篇时的 ${Math.round((fixed / v1) * 100)}%）`;
  });
  const total = r100.outBytes;
  const top = [...r100.topLevel].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const dominant = top.map(([name, bytes]) => `${name} ${mb(bytes)}（${Math.round((bytes / total) * 100)}%）`).join('、');
  console.log(
    `\n### 结论\n\n文档数每增加 10 倍（10→100 篇，k 为 v∝n^k 的指数，k=1 即线性）：${parts.join('；')}。` +
      `100 篇时输出共 ${mb(total)}，按顶层目录（文件）计最大的是：${dominant}；离线 zip（打包页面与索引的副本）占 ${Math.round((r100.zipBytes / total) * 100)}%，搜索包 pagefind/ 占 ${Math.round((r100.bundleBytes / total) * 100)}%。` +
      explainGrowth(base, r100),
  );
}

/** Says what makes the output grow faster than the page count, from the measured figures only. */
function explainGrowth(base: Row, r100: Row): string {
  const perPage1 = base.htmlBytes / base.pages;
  const perPage100 = r100.htmlBytes / r100.pages;
  const options = r100.optionBytes / r100.htmlBytes;
  const pageGrowth = `平均 HTML 页从 1 篇时的 ${kb(perPage1)} 到 100 篇时的 ${kb(perPage100)}`;
  if (options > 0.2) return `输出超线性的原因在每页都重复的内容：${pageGrowth}，其中搜索框筛选下拉框的 <option> 占 100 篇全部 HTML 的 ${Math.round(options * 100)}%。\n`;
  return `${pageGrowth}（每页重复的筛选选项占 HTML 的 ${Math.round(options * 100)}%）：页面数随文档数线性增长，单页大小${perPage100 > perPage1 * 1.5 ? '仍有增长，来自跨文档汇总页（提法、要求）' : '基本不变'}。\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
