import type { Page } from '@playwright/test';
import { test, expect, DOC } from './fixtures.ts';

const PHONE = { width: 360, height: 740 };

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth);

/** For each element, how many characters each of its rendered lines holds (the 引用 button's own text left out). */
function charsPerLine(page: Page, selector: string): Promise<number[][]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((el) => {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.unit-actions, .note-ref')) continue;
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          if (rect.width === 0) continue;
          const top = Math.round(rect.top / 4);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
      }
      return [...lines.values()];
    }),
  );
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: PHONE });

  test('the document page offers its 目录 in the first screen, and a clause from it opens the clause', async ({ page }) => {
    await page.goto(DOC);
    expect(await noSidewaysScroll(page)).toBe(true);
    const toc = page.locator('details.toc');
    const summary = toc.locator('summary');
    await expect(summary).toBeInViewport();
    expect((await summary.boundingBox())!.y + 44).toBeLessThanOrEqual(PHONE.height);
    await expect(toc).not.toHaveAttribute('open');
    await summary.click();
    const link = page.getByRole('navigation', { name: /目录/ }).locator('a[data-toc="1-6"]');
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${DOC}#1-6$`));
    await expect(page.locator('[id="1-6"] > .unit-heading')).toBeInViewport();
  });

  test('a clause page offers its 目录 in the first screen too', async ({ page }) => {
    await page.goto(`${DOC}1-6/`);
    expect(await noSidewaysScroll(page)).toBe(true);
    await expect(page.locator('details.toc summary')).toBeInViewport();
  });

  test('the header’s ways in wrap in even rows, none alone on a line', async ({ page }) => {
    await page.goto('/');
    const tops = await page.locator('.site-nav li').evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
    const perRow = [...tops.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<number, number>()).values()];
    expect(Math.min(...perRow)).toBeGreaterThanOrEqual(2);
  });

  test('headings wrap without leaving one character alone on a line', async ({ page }) => {
    await page.goto(DOC);
    await expect(page.locator('.unit-actions').first()).toBeAttached();
    for (const lines of await charsPerLine(page, '.doc-header h1, .unit-part > .unit-heading, .unit-clause > .unit-heading')) {
      expect(Math.min(...lines), `lines of ${lines.join('/')} characters`).toBeGreaterThan(1);
    }
  });

  test('the home page and the requirements page do not scroll sideways', async ({ page }) => {
    for (const path of ['/', '/requirements/', '/terms/', '/references/']) {
      await page.goto(path);
      expect(await noSidewaysScroll(page), path).toBe(true);
    }
  });
});
