import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect } from '@playwright/test';

/** Unzips the built package into a fresh temporary folder and returns the folder it unpacks to. */
function unpack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yaodian-package-'));
  const files = unzipSync(readFileSync('dist/download/gongzuo-yaodian-offline.zip'));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return join(dir, 'gongzuo-yaodian');
}

test('the unzipped package works from file:// with no server: links, search and the hit, nothing else requested', async ({ page }) => {
  const root = unpack();
  const outside: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
  });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });

  await page.goto(`file://${root}/index.html`);
  await page.getByRole('link', { name: '阅读全文' }).click();
  await expect(page).toHaveURL(`file://${root}/jiceng-zuzhi-jianshe/index.html`);
  await page.getByRole('navigation', { name: /目录/ }).getByRole('link', { name: '(十)抓好民办幼儿园党组织建设工作' }).click();
  await expect(page.locator('[id="1-10"]')).toBeInViewport();
  await page.getByRole('link', { name: '提法', exact: true }).click();
  await expect(page).toHaveURL(`file://${root}/terms/index.html`);
  await page.getByRole('link', { name: '两学一做' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('两学一做');

  await page.getByRole('searchbox', { name: '搜索条文和提法' }).fill('双培养');
  await expect(page.locator('.site-search')).toHaveAttribute('data-searched', '双培养');
  const first = page.locator('a.result-link').first();
  await expect(first).toHaveText('(三)加强学校领导班子和干部队伍建设');
  await first.click();
  await expect(page).toHaveURL(`file://${root}/jiceng-zuzhi-jianshe/1-3/index.html`);
  await expect(page.locator('a.term[data-term="shuang-peiyang"]')).toBeVisible();

  expect(outside).toEqual([]);
  expect(problems).toEqual([]);
});

test('the package ranks search results as the site does', async ({ page, baseURL }) => {
  const root = unpack();
  const ranked = async (url: string) => {
    await page.goto(url);
    await page.getByRole('searchbox', { name: '搜索条文和提法' }).fill('党费');
    await expect(page.locator('.site-search')).toHaveAttribute('data-searched', '党费');
    return page.locator('.search-result').evaluateAll((lis) => lis.map((li) => `${(li as HTMLElement).dataset.kind}:${(li as HTMLElement).dataset.ref}`));
  };
  const offline = await ranked(`file://${root}/index.html`);
  const online = await ranked(`${baseURL}/`);
  expect(offline.length).toBeGreaterThan(0);
  expect(offline).toEqual(online);
});
