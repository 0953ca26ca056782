import { test, expect, axeViolations, DOC } from './fixtures.ts';

test.describe('term links and previews', () => {
  test('hovering a term shows its preview, which the pointer can move onto; leaving hides it', async ({ page }) => {
    await page.goto(`${DOC}1-7/`);
    const link = page.locator('a.term[data-term="sihao-liangyou"]');
    await link.hover();
    const card = page.locator('#term-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('好班长');
    await expect(card).toContainText('释义依据：本文件原文');
    await card.hover();
    await page.waitForTimeout(500);
    await expect(card).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
  });

  test('focusing a term by keyboard shows the preview, describes the link, and Esc closes it without moving focus', async ({ page }) => {
    await page.goto(`${DOC}1-3/`);
    const link = page.locator('a.term[data-term="sanzhong-yida"]');
    await link.focus();
    const card = page.locator('#term-card');
    await expect(card).toBeVisible();
    await expect(link).toHaveAttribute('aria-describedby', 'term-card');
    await expect(card).toContainText('重大决策');
    await expect(card).not.toHaveAttribute('role', 'tooltip');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(link).toBeFocused();
  });

  test('a term the text does not define says 原文未释义 and invents nothing', async ({ page }) => {
    await page.goto(`${DOC}1-8/`);
    await page.locator('a.term[data-term="wuzhong-ren"]').focus();
    await expect(page.locator('#term-card')).toContainText('原文未释义');
  });

  test('without JavaScript a term link still goes to its page', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`${DOC}1-3/`);
    await page.locator('a.term[data-term="sanzhong-yida"]').click();
    await expect(page).toHaveURL(/\/terms\/sanzhong-yida\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('三重一大');
    await context.close();
  });
});

test.describe('term pages', () => {
  test('the glossary lists every term by category with its one-line definition', async ({ page }) => {
    await page.goto('/terms/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('提法词表');
    await expect(page.getByRole('heading', { level: 2, name: '学习教育' })).toBeVisible();
    const count = await page.locator('.term-entry').count();
    expect(count).toBeGreaterThanOrEqual(25);
    await expect(page.locator('.term-entry', { hasText: '五种人' })).toContainText('原文未释义');
  });

  test('a term page shows the basis, the expansion, and links every occurrence back to its unit', async ({ page }) => {
    await page.goto('/terms/liangxue-yizuo/');
    await expect(page.locator('.term-basis')).toContainText('《教育工委基层组织建设工作要点》第一部分第（二）条');
    await expect(page.locator('.term-expansion li')).toHaveText(['学党章党规', '学系列讲话', '做合格党员']);
    const occurrence = page.locator('.occurrences li').first();
    await expect(occurrence.locator('mark')).toHaveText('两学一做');
    await occurrence.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${DOC}#1-2$`));
    const unit = page.locator('[id="1-2"]');
    await expect(unit).toBeInViewport();
    // The fragment is applied once the new page has loaded: ask until it is.
    await expect.poll(() => unit.evaluate((el) => el.matches(':target'))).toBe(true);
  });

  test('a term used in three clauses lists all three, each landing on its clause', async ({ page }) => {
    await page.goto('/terms/qu-jiduanhua/');
    await expect(page.locator('.occurrences li a')).toHaveText(['《教育工委基层组织建设工作要点》第一部分第（四）条', '《教育工委基层组织建设工作要点》第二部分第（一）条', '《教育工委基层组织建设工作要点》第二部分第（二）条']);
    await page.goto('/terms/cha-bai-yi/');
    await page.locator('.occurrences li').first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${DOC}#1-6$`));
  });

  for (const path of ['/terms/', '/terms/sanzhong-yida/', '/terms/wuzhong-ren/']) {
    test(`${path} has no WCAG 2.1 AA violation`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the document page has no WCAG 2.1 AA violation with a preview open', async ({ page }) => {
    await page.goto(`${DOC}1-3/`);
    await page.locator('a.term[data-term="sanzhong-yida"]').focus();
    await expect(page.locator('#term-card')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('data.json carries the terms and their occurrences', async ({ request }) => {
  const data = await (await request.get(`${DOC}data.json`)).json();
  const term = data.terms.find((t: { slug: string }) => t.slug === 'sanzhong-yida');
  expect(term.basis.kind).toBe('public');
  expect(term.occurrences).toEqual([expect.objectContaining({ unit: '1-3', text: '三重一大', linked: true })]);
});
