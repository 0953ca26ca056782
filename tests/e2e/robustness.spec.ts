/**
 * The site keeps working when something goes wrong around it: a search index
 * that fails to load once, and a link whose fragment is not valid percent-encoding.
 */
import { test, expect, DOC } from './fixtures.ts';

test.describe('when a load fails', () => {
  test('a failed search-index load says so, and the next input retries and finds results', async ({ page }) => {
    let refused = 0;
    // The first request for Pagefind's entry fails as a dropped server would; later ones go through.
    await page.route('**/pagefind/pagefind.js', async (route) => {
      if (refused++ === 0) await route.fulfill({ status: 503, body: 'unavailable' });
      else await route.continue();
    });
    // A 503 for a module import is reported by the browser as a failed load, which is what this test provokes.
    page.on('console', () => undefined);
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: '搜索条文和提法' });
    await box.fill('三重一大');
    await expect(page.locator('.search-status')).toHaveText(/搜索暂时无法加载/);
    await expect(page.locator('.search-results a.result-link')).toHaveCount(0);

    await box.fill('三重一大 ');
    await expect(page.locator('.search-results a.result-link').first()).toHaveAttribute('href', new RegExp(`^${DOC}1-3/(\\?hl=[^#]*)?$`));
    await expect(page.locator('.search-status')).toHaveText(/找到 \d+ 条结果/);
    expect(refused).toBeGreaterThanOrEqual(2);
  });

  test('a failed lexicon load (HTTP 500) is retried on the next input, not kept for the page’s lifetime', async ({ page }) => {
    let served = 0;
    await page.route('**/search/lexicon.json', async (route) => {
      if (served++ === 0) await route.fulfill({ status: 500, contentType: 'text/html', body: '<h1>500</h1>' });
      else await route.continue();
    });
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: '搜索条文和提法' });
    await box.fill('党费');
    await expect(page.locator('.search-status')).toHaveText(/搜索暂时无法加载/);
    await box.fill('党费 ');
    await expect(page.locator('.search-results a.result-link').first()).toBeVisible();
    expect(served).toBe(2);
  });
});

test.describe('fragments that are not valid percent-encoding', () => {
  for (const hash of ['#%', '#%E6%9D', '#1-6-%ZZ']) {
    test(`${hash} opens the page without a script error`, async ({ page }) => {
      // The shared fixture fails the test on any page error, such as an uncaught URIError.
      await page.goto(`${DOC}${hash}`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${DOC}${hash.replace(/[%-]/g, '\\$&')}$`));
    });
  }
});
