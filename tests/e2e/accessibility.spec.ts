import { test, expect, axeViolations, DOC } from './fixtures.ts';

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['document', DOC],
  ['clause', `${DOC}1-6/`],
  ['not found', '/no-such-page/'],
];

for (const [name, path] of PAGES) {
  test(`the ${name} page has no WCAG 2.1 AA violation`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the home page lists the document with its ways in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: '教育工委基层组织建设工作要点' })).toHaveAttribute('href', DOC);
  await expect(page.getByRole('link', { name: '阅读全文' })).toBeVisible();
  const ways = page.locator('.ways-in');
  await expect(ways.getByRole('link', { name: '提法词表' })).toHaveAttribute('href', '/terms/');
  await expect(ways.getByRole('link', { name: '工作要求一览' })).toHaveAttribute('href', '/requirements/');
  await expect(ways).toContainText('共 20 条要求');
});
