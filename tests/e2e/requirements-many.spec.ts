/**
 * /requirements/ of many documents (issue 13): on a site built from eight
 * synthetic documents, more requirements than one table holds
 * (ONE_PAGE_MAX_ROWS), the page lists the documents grouped by kind, each with
 * its own requirements page, and its filters search every document's
 * requirements at once, a step of rows at a time; the CSV holds all found.
 * Behaviour only: the timings are the scale bench's (tests/bench/scale.ts).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';
import { buildSite } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { freePort } from '../support/free-port.ts';
import { writeSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { ONE_PAGE_MAX_ROWS } from '../../src/views/requirement-records.ts';

const DOCUMENTS = 8;

test.describe.configure({ mode: 'serial', timeout: 180_000 });
// The pages come from this spec's own build, served on a port named now, so the page fixture's checks
// (no request leaves the site, no page error, no CSP violation) hold for it.
const port = await freePort();
test.use({ baseURL: `http://127.0.0.1:${port}` });

interface Requirement {
  kind: string;
  phrase: string;
}
interface Built {
  slug: string;
  title: string;
  requirements: Requirement[];
}

let server: StaticServer;
let outDir = '';
let docs: Built[] = [];
const total = () => docs.reduce((n, d) => n + d.requirements.length, 0);
/** What the count says when a filter finds `found` rows: the first 200 are listed, then more on request. */
const says = (found: number) => (found > 200 ? `找到 ${found} 条（共 ${total()} 条），先列出 200 条` : `显示 ${found} 条，共 ${total()} 条`);

test.beforeAll(async () => {
  const build = buildSite(writeSyntheticCorpus(DOCUMENTS));
  expect(build.ok, build.output).toBe(true);
  outDir = build.outDir;
  docs = readdirSync(outDir)
    .filter((d) => d.startsWith('synthetic-'))
    .sort()
    .map((slug) => {
      const data = JSON.parse(readFileSync(join(outDir, slug, 'data.json'), 'utf8')) as { meta: { title: string }; requirements: Requirement[] };
      return { slug, title: data.meta.title, requirements: data.requirements };
    });
  server = await serveStatic(outDir, { port });
});
test.afterAll(async () => server?.close());

const rows = (page: Page) => page.locator('.req-table tbody tr:not(.req-doc):not([hidden])');
const filters = (page: Page) => page.locator('.req-filters');

test('the corpus has more requirements than one table holds, so /requirements/ lists the documents, grouped by kind, each with its own page', async ({ page }) => {
  expect(total()).toBeGreaterThan(ONE_PAGE_MAX_ROWS);
  const html = readFileSync(join(outDir, 'requirements/index.html'), 'utf8');
  expect(html).not.toMatch(/<tr[^>]*data-kind=/);
  for (const d of docs) expect(readdirSync(join(outDir, 'requirements', d.slug))).toContain('index.html');

  await page.goto('/requirements/');
  await expect(page.getByText(`${DOCUMENTS} 份文件共有 ${total()} 条要求`)).toBeVisible();
  await expect(page.getByText('用下面的筛选可以跨文件查找要求')).toBeVisible();
  await expect(page.locator('.req-count')).toHaveText(`共 ${total()} 条要求`);
  const list = page.getByRole('region', { name: '按文件查看' });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(['办法（2 份）', '方案（2 份）', '工作要点（1 份）', '规定（2 份）', '意见（1 份）']);
  await expect(list.getByRole('link')).toHaveCount(DOCUMENTS);
  // Newest first within a kind: 006 (2022) before 001 (2017).
  await expect(list.getByRole('region', { name: '办法（2 份）' }).getByRole('listitem')).toHaveText([/第006号.*2022 年 · 合成数据丙 · \d+ 条要求/, /第001号.*2017 年 · 合成数据乙 · \d+ 条要求/]);
  await expect(page.locator('.req-results')).toBeHidden();
});

test('without JavaScript the list links each document to its full plain table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: server.url });
  const page = await context.newPage();
  await page.goto('/requirements/');
  await expect(page.locator('.req-filters')).toBeHidden();
  // It does not speak of filters the reader does not have.
  await expect(page.getByText('用下面的筛选可以跨文件查找要求')).toBeHidden();
  const first = docs[0]!;
  await page.getByRole('link', { name: `《${first.title}》` }).click();
  await expect(page).toHaveURL(`${server.url}/requirements/${first.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`《${first.title}》中的工作要求`);
  await expect(page.locator('.req-table tbody tr')).toHaveCount(first.requirements.length);
  await expect(page.locator('.req-filters')).toBeHidden();
  await context.close();
});

test('a filter finds the rows across documents, lists them a step at a time and only their documents; the CSV holds all it found', async ({ page }) => {
  const expected = docs.flatMap((d) => d.requirements.filter((r) => r.kind === 'frequency').map((r) => ({ doc: d, phrase: r.phrase })));
  expect(expected.length).toBeGreaterThan(200);
  await page.goto('/requirements/');
  await filters(page).getByLabel('类型').selectOption('frequency');
  await expect(page.locator('.req-count')).toHaveText(says(expected.length));
  await expect(rows(page)).toHaveCount(200);
  expect(new Set(await rows(page).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.kind)))).toEqual(new Set(['frequency']));
  // Each document's rows under its title, which links to its own page.
  const firstHead = page.locator('.req-table tr.req-doc').first();
  await expect(firstHead.getByRole('link')).toHaveAttribute('href', `/requirements/${expected[0]!.doc.slug}/`);
  await expect(rows(page).first().locator('.req-phrase')).toHaveText(expected[0]!.phrase);

  const more = page.getByRole('button', { name: /^(再列出|列出其余)/ });
  const left = expected.length - 200;
  await expect(more).toHaveText(left > 200 ? `再列出 200 条（还有 ${left} 条）` : `列出其余 ${left} 条`);
  while (await more.isVisible()) await more.click();
  await expect(rows(page)).toHaveCount(expected.length);
  await expect(page.locator('.req-count')).toHaveText(`显示 ${expected.length} 条，共 ${total()} 条`);
  expect(await rows(page).locator('.req-phrase').allTextContents()).toEqual(expected.map((e) => e.phrase));

  await filters(page).getByLabel('类型').selectOption('');
  await filters(page).getByLabel('类型').selectOption('frequency');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV（当前筛选结果）' }).click()]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('"文件","出处","要求（原文）","原句","读自","类型","数值","责任主体","对象","链接"');
  expect(lines.slice(1).map((l) => l.split('","')[2])).toEqual(expected.map((e) => e.phrase));
  expect(lines[1]).toContain(`"${expected[0]!.doc.title}"`);
  expect(lines[1]).toMatch(new RegExp(`"${server.url}/${expected[0]!.doc.slug}/\\d+-\\d+/(#[\\d-]+)?"$`));
});

test('the year, issuer and document filters narrow the rows and the list of documents to those documents', async ({ page }) => {
  await page.goto('/requirements/');
  await filters(page).getByLabel('发文单位').selectOption('合成数据甲');
  const mine = docs.filter((d) => /第00[48]号/.test(d.title));
  const count = mine.reduce((n, d) => n + d.requirements.length, 0);
  await expect(page.locator('.req-count')).toHaveText(says(count));
  expect(new Set(await page.locator('.req-table tbody').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.issuer)))).toEqual(new Set(['合成数据甲']));
  await expect(page.locator('.req-document-list li:not([hidden]) a')).toHaveText(mine.map((d) => `《${d.title}》`).reverse());

  await filters(page).getByLabel('年份').selectOption('2024');
  const only = docs.find((d) => d.slug === 'synthetic-008')!;
  await expect(page.locator('.req-count')).toHaveText(`显示 ${only.requirements.length} 条，共 ${total()} 条`);
  await expect(page.locator('.req-table tbody')).toHaveCount(1);
  await expect(page.locator('.req-more')).toBeHidden();

  await filters(page).getByLabel('年份').selectOption('2017');
  await expect(page.locator('.req-count')).toHaveText('没有符合条件的要求。');
  await expect(page.locator('.req-results')).toBeHidden();
  await expect(page.locator('.req-document-list li:not([hidden])')).toHaveCount(0);

  await filters(page).getByLabel('年份').selectOption('');
  await filters(page).getByLabel('发文单位').selectOption('');
  await filters(page).getByLabel('文件').selectOption('synthetic-003');
  await expect(page.locator('.req-count')).toHaveText(`显示 ${docs[2]!.requirements.length} 条，共 ${total()} 条`);

  await filters(page).getByLabel('文件').selectOption('');
  await expect(page.locator('.req-count')).toHaveText(`共 ${total()} 条要求`);
  await expect(page.locator('.req-results')).toBeHidden();
  await expect(page.locator('.req-document-list li:not([hidden])')).toHaveCount(DOCUMENTS);
});

test('the text filter matches the whole sentence across documents, and sorting by value sorts within each document', async ({ page }) => {
  await page.goto('/requirements/');
  await filters(page).getByLabel('筛选文字').fill('骨干培训班');
  await expect(page.locator('.req-count')).toHaveText(/^(显示|找到) \d+ 条/);
  const found = await rows(page).evaluateAll((trs) => trs.map((tr) => ({ text: tr.textContent ?? '', same: tr.hasAttribute('data-same-sentence') })));
  expect(found.length).toBeGreaterThan(DOCUMENTS);
  // A row that shares the sentence of the row above matches through that sentence (后备人才培训班1期 after 骨干培训班4期).
  expect(found.every((r) => r.text.includes('骨干培训班') || r.same)).toBe(true);
  expect(found.some((r) => !r.text.includes('骨干培训班'))).toBe(true);

  await page.getByRole('button', { name: '按数值排序' }).click();
  await expect(page.locator('th[data-sort="value"]')).toHaveAttribute('aria-sort', 'ascending');
  for (const group of await page.locator('.req-table tbody').all()) {
    const values = (await group.locator('tr:not(.req-doc)').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.value ?? ''))).filter((v) => v !== '').map(Number);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  }
  const link = rows(page).first().locator('[data-col="place"] a').first();
  await expect(link).toHaveAttribute('href', /^\/synthetic-\d{3}\/#\d+-\d+/);
});

test('a document’s own requirements page filters its rows, without a 文件 choice, and passes axe', async ({ page }) => {
  const doc = docs[1]!;
  await page.goto(`/requirements/${doc.slug}/`);
  await expect(page.getByRole('navigation', { name: '位置' }).getByRole('link')).toHaveText(['首页', '工作要求一览', doc.title]);
  await expect(page.locator('.req-count')).toHaveText(`共 ${doc.requirements.length} 条要求`);
  await expect(filters(page).getByLabel('文件')).toHaveCount(0);
  const frequencies = doc.requirements.filter((r) => r.kind === 'frequency').length;
  await filters(page).getByLabel('类型').selectOption('frequency');
  await expect(rows(page)).toHaveCount(frequencies);
  await expect(page.locator('.req-count')).toHaveText(`显示 ${frequencies} 条，共 ${doc.requirements.length} 条`);
  expect(await axeViolations(page, { experimental: true })).toEqual([]);
});

test('the list of documents, the rows a filter finds and a document’s page have no WCAG 2.1 AA violation at 1280 and 360 px, and nothing scrolls sideways on a phone', async ({ page }) => {
  await page.goto('/requirements/');
  expect(await axeViolations(page, { experimental: true })).toEqual([]);
  // One document's rows (axe on 200 rows takes minutes on a shared machine).
  await filters(page).getByLabel('年份').selectOption('2024');
  await expect(rows(page)).toHaveCount(docs[7]!.requirements.length);
  expect(await axeViolations(page, { experimental: true })).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
  await page.goto('/requirements/');
  expect(await axeViolations(page, { experimental: true })).toEqual([]);
  await page.goto(`/requirements/${docs[0]!.slug}/`);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
  expect(await axeViolations(page, { experimental: true })).toEqual([]);
});

test('in the offline package, opened from disk, the filters search every document too', async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'yaodian-package-'));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(join(outDir, 'download/gongzuo-yaodian-offline.zip'))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  const root = join(dir, 'gongzuo-yaodian');
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  // A load cut short by the next navigation (ERR_ABORTED) is no fault of the page; a missing file is.
  page.on('requestfailed', (r) => r.failure()?.errorText === 'net::ERR_ABORTED' || problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  await page.goto(`file://${root}/requirements/index.html`);
  await filters(page).getByLabel('年份').selectOption('2024');
  await expect(page.locator('.req-count')).toHaveText(`显示 ${docs[7]!.requirements.length} 条，共 ${total()} 条`);
  await rows(page).first().locator('[data-col="place"] a').first().click();
  await expect(page).toHaveURL(new RegExp(`^file://${root}/synthetic-008/index\\.html#\\d+-\\d+$`));
  await page.goto(`file://${root}/requirements/index.html`);
  await page.getByRole('link', { name: `《${docs[0]!.title}》` }).click();
  await expect(page).toHaveURL(`file://${root}/requirements/synthetic-001/index.html`);
  await expect(rows(page)).toHaveCount(docs[0]!.requirements.length);
  expect(problems).toEqual([]);
  await context.close();
});
