import type { Page } from '@playwright/test';
import { test, expect, axeViolations, DOC } from './fixtures.ts';

const box = (page: Page) => page.getByRole('searchbox', { name: '搜索条文和提法' });
const results = (page: Page) => page.locator('.search-results a.result-link');
/** A result's link: the unit's address, with the search's words in ?hl= for the page to mark. */
const opens = (path: string, hash = '') => new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?hl=[^#]+${hash}$`);

/** The first search loads Pagefind and its index; on a busy machine that takes more than the default 5 s. */
const FIRST_SEARCH = { timeout: 20_000 };

async function searchFor(page: Page, query: string) {
  await box(page).fill(query);
  await expect(page.locator('.site-search')).toHaveAttribute('data-searched', query, FIRST_SEARCH);
}

test.describe('the search box', () => {
  test('typing a term shows the clause that uses it first, with its citation and the match marked', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, '三重一大');
    const first = page.locator('.search-result').first();
    await expect(first.locator('a.result-link')).toHaveText('(三)加强学校领导班子和干部队伍建设');
    await expect(first.locator('a.result-link')).toHaveAttribute('href', opens(`${DOC}1-3/`));
    await expect(first.locator('.result-meta')).toHaveText('《教育工委基层组织建设工作要点》第一部分第（三）条');
    await expect(first.locator('mark').first()).toHaveText('三重一大');
    await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText(/找到 \d+ 条结果/);
  });

  test('pinyin initials find the term (szyd → 三重一大)', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, 'szyd');
    await expect(results(page).first()).toHaveAttribute('href', opens(`${DOC}1-3/`));
    await expect(page.locator('.search-result[data-kind="term"] a.result-link')).toHaveText(['三重一大']);
  });

  test('a punctuated term is found without its punctuation (查摆议 → “查、摆、议”)', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, '查摆议');
    await expect(results(page).first()).toHaveAttribute('href', opens(`${DOC}1-6/`));
    await expect(page.locator('.search-result').first().locator('mark').first()).toHaveText('查、摆、议');
  });

  test('works from the keyboard alone: / focuses, arrows move, Enter opens', async ({ page }) => {
    await page.goto(`${DOC}1-1/`);
    await page.locator('body').press('/');
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('党员');
    await expect(page.locator('.site-search')).toHaveAttribute('data-searched', '党员');
    expect(await results(page).count()).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await expect(results(page).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(results(page).first()).toBeFocused();
    const href = (await results(page).first().getAttribute('href')) ?? '';
    await page.keyboard.press('Enter');
    // On arrival the page marks the words and takes ?hl= out of the address.
    await expect(page).toHaveURL(new RegExp(`${href.replace(/\?hl=[^#]*/, '').replace(/[?]/g, '\\?')}$`));
  });

  test('Ctrl+K focuses the box and Esc closes the results', async ({ page }) => {
    await page.goto(DOC);
    await page.keyboard.press('Control+k');
    await expect(box(page)).toBeFocused();
    await searchFor(page, '党费');
    await expect(page.locator('#search-panel')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-panel')).toBeHidden();
    await expect(box(page)).toBeFocused();
  });

  test('a query containing HTML is shown as text, never run', async ({ page }) => {
    await page.goto('/');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const query = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await searchFor(page, query);
    await expect(page.locator('.search-panel img, .search-panel script')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '没有找到' })).toContainText(query);
    expect(dialogs).toBe(0);
  });

  test('the empty state suggests terms that search when chosen', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, '量子计算');
    await expect(page.locator('.search-suggest')).toBeVisible();
    const suggestion = page.locator('.search-suggest button').first();
    const term = (await suggestion.textContent()) ?? '';
    await suggestion.click();
    await expect(box(page)).toHaveValue(term);
    await expect(page.locator('.site-search')).toHaveAttribute('data-searched', term);
    await expect(results(page).first()).toBeVisible();
  });

  test('the kind filter limits results to terms', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, '三重一大');
    await page.locator('select[data-filter="类型"]').selectOption('提法');
    await expect(page.locator('.search-result').first()).toHaveAttribute('data-kind', 'term');
    await expect(page.locator('.search-result[data-kind="clause"]')).toHaveCount(0);
  });

  test('the kind filter finds requirements, each pointing into its clause', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, '培训班');
    await page.locator('select[data-filter="类型"]').selectOption('要求');
    await expect(page.locator('.search-result').first()).toHaveAttribute('data-kind', 'requirement');
    await expect(page.locator('.search-result').first().locator('a.result-link')).toHaveAttribute('href', opens(`${DOC}1-6/`, '#1-6-2'));
    await expect(page.locator('.search-result').first().locator('.result-meta')).toContainText('数量：2 期');
  });

  test('a search can be linked: ?q= opens the page with that search run', async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent('党费')}`);
    await expect(page.locator('.site-search')).toHaveAttribute('data-searched', '党费', FIRST_SEARCH);
    await expect(box(page)).toHaveValue('党费');
    await expect(results(page).first()).toHaveAttribute('href', opens(`${DOC}1-6/`, '#1-6-3'));
  });

  test('a match inside an item opens that item, with the words marked on arrival (党费 → 三是)', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, '党费怎么收缴');
    await expect(page.locator('.search-result').first()).toHaveAttribute('data-unit', '1-6-3');
    await results(page).first().click();
    await expect(page).toHaveURL(new RegExp(`${DOC}1-6/#1-6-3$`));
    const item = page.locator('[id="1-6-3"]');
    await expect(item.locator('mark.search-hit').first()).toHaveText('党费');
    await expect(item.locator('mark.search-hit', { hasText: '收缴' }).first()).toBeVisible();
    await expect(page.locator('[id="1-6-2"] mark.search-hit')).toHaveCount(0);
    await expect(item.locator('mark.search-hit').first()).toBeInViewport();
    // The text is unchanged: marks only wrap it.
    expect(await item.textContent()).toContain('准确做好党费测算及收缴工作');
  });

  test('a question lists only the clauses that answer it, not every clause sharing a word', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, '远程教育每月几次');
    await expect(page.locator('.search-result').first()).toHaveAttribute('data-ref', '1-2');
    for (const excerpt of await page.locator('.search-result .result-excerpt').allTextContents()) expect(excerpt).toContain('远程');
  });

  test('one Esc closes the results, even from a result', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, '党员');
    await page.keyboard.press('ArrowDown');
    await expect(results(page).first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-panel')).toBeHidden();
    await expect(box(page)).toBeFocused();
  });

  test('the part filter lists the parts in the order the document has them', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, '党员');
    const part = page.locator('select[data-filter="部分"] option');
    await expect(part).toHaveCount(3);
    expect((await part.allTextContents()).slice(1).map((t) => t.slice(0, 2))).toEqual(['一、', '二、']);
  });

  test('has no WCAG 2.1 AA violation with results open', async ({ page }) => {
    test.slow(); // axe on the whole document page takes a while on a shared machine
    await page.goto(DOC);
    await searchFor(page, '党员');
    await expect(results(page).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
