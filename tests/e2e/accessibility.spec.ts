import { test, expect, axeViolations, DOC } from './fixtures.ts';

/** One page of every type the site has. */
const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['document', DOC],
  ['clause', `${DOC}1-6/`],
  ['terms index', '/terms/'],
  ['term', '/terms/liangxue-yizuo/'],
  ['requirements', '/requirements/'],
  ['references', '/references/'],
  ['download', '/download/'],
  ['help', '/help/'],
  ['not found', '/no-such-page/'],
];
/** A phone and a desktop. */
const WIDTHS = [360, 1280];
// axe with its experimental rules takes a while on a busy machine.
test.describe.configure({ timeout: 150_000 });

for (const width of WIDTHS) {
  for (const [name, path] of PAGES) {
    test(`the ${name} page has no WCAG 2.1 AA violation, experimental rules included, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('跳到正文 is the first Tab stop and lands on the text itself, past the breadcrumb and 目录', async ({ page }) => {
  await page.goto(`${DOC}1-6/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#text')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the clause's own article, not the breadcrumb or the contents.
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('article.clause')))).toBe(true);
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.toc, .breadcrumb')))).toBe(false);
});

test('the not-found page offers the ways in it names', async ({ page }) => {
  await page.goto('/no-such-page/');
  await expect(page.locator('main')).not.toContainText('目录');
  for (const name of ['首页', '提法词表', '工作要求一览', '使用说明']) await expect(page.locator('main').getByRole('link', { name })).toBeVisible();
});

test('the home page lists the document with its ways in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: '教育工委基层组织建设工作要点' })).toHaveAttribute('href', DOC);
  await expect(page.getByRole('link', { name: '阅读全文' })).toBeVisible();
  const ways = page.locator('.ways-in');
  await expect(ways.getByRole('link', { name: '提法词表' })).toHaveAttribute('href', '/terms/');
  await expect(ways.getByRole('link', { name: '工作要求一览' })).toHaveAttribute('href', '/requirements/');
  await expect(ways).toContainText('共 20 条要求');
});
