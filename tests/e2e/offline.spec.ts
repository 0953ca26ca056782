import { test, expect, DOC } from './fixtures.ts';
import { buildSite } from '../support/build-site.ts';
import { serveStatic } from '../support/static-server.ts';

test.describe('after one online visit', () => {
  test('a never-visited clause page opens and search works with the network cut', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.locator('#offline-status')).toHaveText('✓ 已可离线使用', { timeout: 30_000 });
    await context.setOffline(true);
    await page.goto(`${DOC}2-2/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('(二)抓好教育系统安全稳定。');
    await page.getByRole('searchbox', { name: '搜索条文和提法' }).fill('四好两优');
    await expect(page.locator('.site-search')).toHaveAttribute('data-searched', '四好两优');
    await expect(page.locator('a.result-link').first()).toHaveAttribute('href', new RegExp(`^${DOC}1-7/(\\?hl=[^#]*)?$`));
    await page.locator('a.result-link').first().click();
    await expect(page).toHaveURL(new RegExp(`${DOC}1-7/$`));
    await expect(page.locator('#offline-status')).toHaveText('当前离线：正在使用本机保存的版本');
    await context.setOffline(false);
  });
});

test.describe('a new build', () => {
  // Two whole production builds run inside this test; beside the other e2e workers on
  // a 2-core machine each can take a minute or more. A budget, not a speed check.
  test.setTimeout(360_000);

  test('is announced, and loads only when the reader asks', async ({ browser }) => {
    const first = buildSite('content', { env: { BUILD_ID: 'build-one' } });
    const second = buildSite('content', { env: { BUILD_ID: 'build-two' } });
    expect(first.ok && second.ok, first.output + second.output).toBe(true);
    const server = await serveStatic(first.outDir);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/`);
      await expect(page.locator('#offline-status')).toHaveText('✓ 已可离线使用', { timeout: 30_000 });
      await expect(page.locator('#offline-status')).toHaveAttribute('data-version', 'build-one');
      server.root = second.outDir;
      await page.reload();
      const notice = page.locator('#update-notice');
      await expect(notice).toBeVisible({ timeout: 30_000 });
      await expect(notice).toContainText('网站已更新');
      // Until the reader chooses, the old build (pages and index) stays in use.
      await expect(page.locator('#offline-status')).toHaveAttribute('data-version', 'build-one');
      await notice.getByRole('button', { name: '刷新使用新版本' }).click();
      await expect(page.locator('#offline-status')).toHaveAttribute('data-version', 'build-two', { timeout: 30_000 });
    } finally {
      await context.close();
      await server.close();
    }
  });
});
