/**
 * Every built page opens with no page error, no CSP violation and no request
 * leaving the site (the fixture checks all three), and every page type passes axe.
 */
import { builtPages } from '../site/site-files.ts';
import { test, expect, axeViolations } from './fixtures.ts';

const pages = builtPages().map((f) => `/${f.replace(/index\.html$/, '')}`);

test('every built page loads cleanly under the CSP', async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} on ${location.pathname}`));
  });
  expect(pages.length).toBeGreaterThan(40);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('load');
  }
  expect(violations).toEqual([]);
});

for (const path of ['/download/', '/help/', '/terms/liangxue-yizuo/', '/jiceng-zuzhi-jianshe/2-2/']) {
  test(`${path} has no WCAG 2.1 AA violation`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}
