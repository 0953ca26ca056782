/**
 * Issue 14 in a browser, on a site built from a copy of the real content with
 * a clause restored before (九) (declared renumbering), a 勘误 to 每月开展2次,
 * and the fixture pair of yearly 要点 (never published as content).
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';
import { buildSite } from '../support/build-site.ts';
import { changedSeed } from '../support/changed-seed.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const DOC = '/jiceng-zuzhi-jianshe/';
const COMPARE = '/demo-yaodian-2017/compare/';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let server: StaticServer;
test.beforeAll(async () => {
  const build = buildSite(changedSeed({ shift: true, moreOften: true, declare: true, yearly: true }));
  expect(build.ok, build.output).toBe(true);
  server = await serveStatic(build.outDir);
});
test.afterAll(async () => server?.close());

/** A page in a fresh context that fails the test on a page error or a request leaving the test server. */
async function open(browser: Browser): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(`left the site: ${r.url()}`);
  });
  return { page, context, problems };
}

test('a reader arriving by an old link at a renumbered clause is told where its text went', async ({ browser }) => {
  const { page, context, problems } = await open(browser);
  await page.goto(`${server.url}${DOC}1-9/`);
  const notice = page.getByRole('note').filter({ hasText: '本编号指向新内容' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('自 2017-03-01 起，本编号指向新内容；此前的第一部分第（九）条现为第一部分第（十）条');
  expect(await axeViolations(page)).toEqual([]);
  await notice.getByRole('link', { name: '前往第一部分第（十）条' }).click();
  await expect(page).toHaveURL(`${server.url}${DOC}1-10/?v=2017-03-01`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('深入实施“三名”工程');
  // The link says which edition it means: this text. The notice on 1-10 (its old text moved on to 1-11) is not for this reader.
  await expect(page.locator('[data-renumber-notice]')).toBeHidden();
  expect(problems).toEqual([]);
  await context.close();
});

test('an old anchor on the whole document shows the notice at the unit', async ({ browser }) => {
  const { page, context, problems } = await open(browser);
  await page.goto(`${server.url}${DOC}#1-9`);
  await expect(page.locator('[id="1-9"]').getByRole('note')).toContainText('此前的第一部分第（九）条现为第一部分第（十）条');
  expect(problems).toEqual([]);
  await context.close();
});

test('a link copied before a renumbering with its edition opens the text it meant', async ({ browser }) => {
  const { page, context, problems } = await open(browser);
  await page.goto(`${server.url}${DOC}1-9/?v=2016-12-31#1-9`);
  // A clause ID opens the clause page, where the clause is the page itself: no anchor needed.
  await expect(page).toHaveURL(`${server.url}${DOC}1-10/?v=2017-03-01`);
  await page.goto(`${server.url}${DOC}1-9/?v=2017-03-01`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('加强离退休教职工党员的教育管理');
  await expect(page.locator('[data-renumber-notice]')).toBeHidden();
  expect(problems).toEqual([]);
  await context.close();
});

test('a corrected clause shows its 勘误 with the previous wording', async ({ browser }) => {
  const { page, context, problems } = await open(browser);
  await page.goto(`${server.url}${DOC}1-2/`);
  const correction = page.locator('details.correction');
  await correction.getByText('勘误（2017-05-02）').click();
  await expect(correction).toContainText('网页转载件误作“每月开展2次”，据原件更正。');
  await expect(correction.locator('blockquote')).toContainText('每月开展2次党员远程教育培训');
  await expect(page.locator('[id="1-2"] > p').first()).toContainText('每月开展3次');
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test('the comparison page shows each kind of change and the requirement changes', async ({ browser }) => {
  const { page, context, problems } = await open(browser);
  await page.goto(`${server.url}/demo-yaodian-2017/`);
  await page.getByRole('link', { name: '与 2016 年对比' }).click();
  await expect(page).toHaveURL(`${server.url}${COMPARE}`);
  for (const [status, n] of [['changed', 3], ['added', 1], ['removed', 1], ['unchanged', 2]] as const) {
    await expect(page.locator(`[data-count="${status}"]`)).toHaveText(`${n} 条`);
    await expect(page.locator(`.compare-clause[data-status="${status}"]`)).toHaveCount(n);
  }
  await expect(page.getByRole('heading', { name: '新增 (三)推进学习教育常态化' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '删去 (三)加强民办学校党建' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: '每月开展2次' })).toContainText('每月开展3次');
  await expect(rows.filter({ hasText: '达90%以上' })).toContainText('达95%以上');
  // Changes are said in words too, not by colour alone.
  const changed = page.locator('.compare-clause', { has: page.getByRole('heading', { name: '有改动 (二)加强理论武装' }) });
  await expect(changed.locator('del').first()).toHaveText('删去：2');
  await expect(changed.locator('ins').first()).toHaveText('新增：3');
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test('the comparison page works offline after one visit', async ({ browser }) => {
  const { page, context, problems } = await open(browser);
  await page.goto(`${server.url}/`);
  await expect(page.locator('#offline-status')).toHaveText('✓ 已可离线使用', { timeout: 30_000 });
  await context.setOffline(true);
  await page.goto(`${server.url}${COMPARE}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('示例党建工作要点（2017年，测试用）：2017 年与 2016 年对比');
  await expect(page.locator('[data-count="removed"]')).toHaveText('1 条');
  expect(problems).toEqual([]);
  await context.close();
});
