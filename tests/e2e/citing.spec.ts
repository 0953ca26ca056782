import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, exportedUnits, DOC } from './fixtures.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Each panel draws its QR code and axe runs its experimental rules: slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function copy(page: Page, unitId: string, label: '复制链接' | '复制引文（含链接）' | '复制引文（不含链接）' | '复制原文及出处') {
  const unit = page.locator(`[id="${unitId}"]`);
  await unit.locator(':scope > .unit-actions > .actions-toggle').click();
  await unit.locator(':scope > .unit-actions').getByRole('button', { name: label }).click();
}

/** The build under test has no SITE_URL: handed-out links are on the origin the page is served from. */
const site = (page: Page) => new URL(page.url()).origin;

test.describe('copying from a unit', () => {
  test('复制链接 puts the clause’s canonical URL on the clipboard and says so to everyone', async ({ page }) => {
    await page.goto(DOC);
    const units = await exportedUnits(page.request);
    await copy(page, '1-6', '复制链接');
    expect(await clipboard(page)).toBe(`${site(page)}/jiceng-zuzhi-jianshe/1-6/`);
    // data.json names no host it cannot know: the path, under the base.
    expect(units.get('1-6')?.url).toBe('/jiceng-zuzhi-jianshe/1-6/');
    await expect(page.getByRole('status')).toHaveText('已复制链接');
  });

  test('复制引文（含链接） on an item gives the title, its place and its link', async ({ page }) => {
    await page.goto(DOC);
    await copy(page, '1-6-2', '复制引文（含链接）');
    expect(await clipboard(page)).toBe(`《教育工委基层组织建设工作要点》第一部分第（六）条第二项（${site(page)}/jiceng-zuzhi-jianshe/1-6/#1-6-2）`);
  });

  test('the panel shows every form before copying, and an item can be named by its own opening words', async ({ page }) => {
    await page.goto(`${DOC}1-6/`);
    const actions = page.locator('[id="1-6-2"] > .unit-actions');
    await actions.getByRole('button', { name: '引用第一部分第（六）条第二项' }).click();
    const panel = actions.getByRole('group', { name: /引用第一部分第（六）条第二项/ });
    const item = `${site(page)}/jiceng-zuzhi-jianshe/1-6/#1-6-2`;
    await expect(panel.locator('[data-preview="link"]')).toHaveText(item);
    await expect(panel.locator('[data-preview="plain"]')).toHaveText('《教育工委基层组织建设工作要点》第一部分第（六）条第二项');
    await expect(panel.locator('[data-preview="citation"]')).toHaveText(`《教育工委基层组织建设工作要点》第一部分第（六）条第二项（${item}）`);
    await expect(panel.locator('[data-preview="text"]')).toContainText('二是认真执行发展党员各项制度。');
    await expect(panel.getByRole('img', { name: `二维码，指向 ${item}` })).toBeVisible();
    await panel.getByRole('radio', { name: /“二是认真执行发展党员各项制度”/ }).check();
    await expect(panel.locator('[data-preview="plain"]')).toHaveText('《教育工委基层组织建设工作要点》第一部分第（六）条“二是认真执行发展党员各项制度”');
    await panel.getByRole('button', { name: '复制引文（不含链接）' }).click();
    expect(await clipboard(page)).toBe('《教育工委基层组织建设工作要点》第一部分第（六）条“二是认真执行发展党员各项制度”');
    await expect(page.getByRole('status')).toHaveText('已复制引文（不含链接）');
  });

  test('复制原文 gives the unit’s exact text, without 校注 markers, followed by its citation', async ({ page }) => {
    await page.goto(`${DOC}1-1/`);
    const units = await exportedUnits(page.request);
    await copy(page, '1-1', '复制原文及出处');
    const text = units.get('1-1')?.text ?? '';
    expect(text).toContain('述职评议工作工作');
    expect(await clipboard(page)).toBe(`${text}\n——摘自《教育工委基层组织建设工作要点》第一部分第（一）条（${site(page)}/jiceng-zuzhi-jianshe/1-1/）`);
  });

  test('复制原文 reproduces every unit’s exact text, as data.json has it', async ({ page }) => {
    await page.goto(DOC);
    const units = await exportedUnits(page.request);
    expect(units.size).toBe(17);
    for (const [id, unit] of units) {
      await copy(page, id, '复制原文及出处');
      expect((await clipboard(page)).split('\n——摘自')[0], id).toBe(unit.text);
      await page.keyboard.press('Escape');
    }
  });

  test('works from the keyboard alone: open with Enter, copy, close with Esc', async ({ page }) => {
    await page.goto(`${DOC}1-6/`);
    const toggle = page.locator('[id="1-6"] > .unit-actions > .actions-toggle');
    await toggle.focus();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('[id="1-6"] > .unit-actions').getByRole('button', { name: '复制链接' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('[id="1-6"] > .unit-actions').getByRole('button', { name: '复制引文（含链接）' })).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await clipboard(page)).toBe(`《教育工委基层组织建设工作要点》第一部分第（六）条（${site(page)}/jiceng-zuzhi-jianshe/1-6/）`);
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
  });

  test('the 引用 button is reachable by Tab and names the unit it cites', async ({ page }) => {
    await page.goto(`${DOC}1-6/`);
    await expect(page.getByRole('button', { name: '引用第一部分第（六）条', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '引用第一部分第（六）条第三项' })).toBeVisible();
  });
});

test.describe('clause pages for paper', () => {
  test('the QR code decodes to the clause’s canonical URL', async ({ page }) => {
    await page.goto(`${DOC}1-6/`);
    const png = PNG.sync.read(await page.locator('.qr-code svg').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(`${site(page)}/jiceng-zuzhi-jianshe/1-6/`);
    await expect(page.getByRole('img', { name: `本条二维码，指向 ${site(page)}/jiceng-zuzhi-jianshe/1-6/` })).toBeVisible();
  });

  test('print shows the text, its citation, URL and QR code, and hides navigation and buttons', async ({ page }) => {
    await page.goto(`${DOC}1-6/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.toc', '.breadcrumb', '.pager', '.unit-actions', '.site-footer']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    await expect(page.locator('.print-citation')).toBeVisible();
    await expect(page.locator('.print-citation')).toContainText('《教育工委基层组织建设工作要点》第一部分第（六）条');
    await expect(page.locator('.print-citation')).toContainText(`${site(page)}/jiceng-zuzhi-jianshe/1-6/`);
    await expect(page.locator('.qr-code svg')).toBeVisible();
    await expect(page.locator('[id="1-6-3"]')).toBeVisible();
    const avoid = await page.locator('[id="1-6"] > .unit-heading').evaluate((h) => getComputedStyle(h).breakAfter);
    expect(avoid).toBe('avoid');
  });

  test('print of the whole document shows where it comes from', async ({ page }) => {
    await page.goto(DOC);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.toc')).toBeHidden();
    await expect(page.locator('.print-citation')).toContainText(`${site(page)}/jiceng-zuzhi-jianshe/`);
  });

  test('arriving at an item on a clause page scrolls to it and highlights it', async ({ page }) => {
    await page.goto(`${DOC}1-6/#1-6-3`);
    const item = page.locator('[id="1-6-3"]');
    await expect(item).toBeInViewport();
    // The fragment is applied once the new page has loaded: ask until it is.
    await expect.poll(() => item.evaluate((el) => el.matches(':target'))).toBe(true);
    const headerBottom = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
    expect(await item.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);
  });

  test('has no WCAG 2.1 AA violation with the 引用 panel open', async ({ page }) => {
    await page.goto(`${DOC}1-6/`);
    await page.locator('[id="1-6"] > .unit-actions > .actions-toggle').click();
    expect(await axeViolations(page)).toEqual([]);
  });
});
