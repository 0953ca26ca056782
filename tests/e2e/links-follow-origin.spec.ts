/**
 * Links follow where the reader is: a site built WITHOUT SITE_URL (and below a base path),
 * served at a random port, hands out links on that origin and base — the copied link,
 * citation and text, the printed URL, the QR codes and the CSV — and has no canonical tag.
 */
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { test, expect, type Page, type Locator } from '@playwright/test';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const BASE = '/yaodian/';
let site: SiteBuild;
let server: StaticServer;

test.describe.configure({ mode: 'serial' });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  site = buildSite('content', { base: BASE, env: { SITE_URL: '' } });
  expect(site.ok, site.output).toBe(true);
  server = await serveStatic(site.outDir, { base: BASE });
});
test.afterAll(async () => server?.close());

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const decode = async (svg: Locator) => {
  const png = PNG.sync.read(await svg.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
};

test('a production build without SITE_URL says so on the console', () => {
  expect(site.output).toContain('未设置 SITE_URL');
});

test('the copied link, citations and text start with the origin and base the page was opened at', async ({ page }) => {
  const origin = new URL(server.url).origin;
  const clause = `${origin}${BASE}jiceng-zuzhi-jianshe/1-6/`;
  const item = `${clause}#1-6-2`;
  await page.goto(`${server.url}${BASE}jiceng-zuzhi-jianshe/1-6/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);

  const actions = page.locator('[id="1-6-2"] > .unit-actions');
  await actions.getByRole('button', { name: '引用第一部分第（六）条第二项' }).click();
  await expect(actions.locator('[data-preview="link"]')).toHaveText(item);
  await actions.getByRole('button', { name: '复制链接' }).click();
  expect(await clipboard(page)).toBe(item);
  await actions.getByRole('button', { name: '复制引文（含链接）' }).click();
  expect(await clipboard(page)).toBe(`《教育工委基层组织建设工作要点》第一部分第（六）条第二项（${item}）`);
  await actions.getByRole('button', { name: '复制原文及出处' }).click();
  expect(await clipboard(page)).toMatch(new RegExp(`——摘自《教育工委基层组织建设工作要点》第一部分第（六）条第二项（${item.replace(/[.?*+^$()[\]\\/]/g, '\\$&')}）$`));
  expect(await decode(actions.locator('.form-qr svg'))).toBe(item);

  await page.keyboard.press('Escape');
  expect(await decode(page.locator('.qr .qr-code svg'))).toBe(clause);
  await expect(page.getByRole('img', { name: `本条二维码，指向 ${clause}` })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-citation .print-url')).toBeVisible();
  await expect(page.locator('.print-citation .print-url')).toHaveText(clause);
});

test('the requirements CSV links start with that origin and base too', async ({ page }) => {
  const origin = new URL(server.url).origin;
  await page.goto(`${server.url}${BASE}requirements/`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载 CSV/ }).click()]);
  const rows = (await readFile((await download.path()) ?? '', 'utf8')).trimEnd().split('\r\n').slice(1);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toMatch(new RegExp(`,"${origin}${BASE}jiceng-zuzhi-jianshe/\\d+-\\d+/(#[\\d-]+)?"$`));
});
