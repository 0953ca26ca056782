import { readFileSync } from 'node:fs';
import { test, expect, exportedUnits, DOC } from './fixtures.ts';

const CLAUSES = ['1-1', '1-2', '1-3', '1-4', '1-5', '1-6', '1-7', '1-8', '1-9', '1-10', '2-1', '2-2'];

/** The body of the committed original web copy (lines 4–17), split after 。 and ；. */
function originalSentences(): string[] {
  const lines = readFileSync('content/sources/000_c1021f51c8f61c45.txt', 'utf8').split('\n').slice(3, 17);
  return lines.flatMap((line) => line.split(/(?<=[。；])/u)).filter((s) => s.trim().length > 0);
}

test.describe('the whole document', () => {
  test('shows every sentence of the original body, in order, with the 校注 markers set aside', async ({ page }) => {
    await page.goto(DOC);
    const text = await page.locator('.doc-text').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.note-ref').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    const sentences = originalSentences();
    expect(sentences).toHaveLength(62);
    let from = 0;
    for (const sentence of sentences) {
      const at = text.indexOf(sentence, from);
      expect(at, `sentence not found in order: ${sentence}`).toBeGreaterThanOrEqual(from);
      from = at + sentence.length;
    }
  });

  test('has an element for every unit ID of the data export, parts, clauses and items', async ({ page, request }) => {
    const ids = [...(await exportedUnits(request)).keys()];
    expect(ids).toEqual(expect.arrayContaining(['1', '2', ...CLAUSES, '1-6-1', '1-6-2', '1-6-3']));
    expect(ids).toHaveLength(17);
    await page.goto(DOC);
    for (const id of ids) await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);
  });

  test('arriving at #1-6 scrolls clause 1-6 into view below the sticky header and highlights it', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(`${DOC}#1-6`);
    const clause = page.locator('[id="1-6"]');
    await expect(clause).toBeInViewport();
    const headerBottom = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
    const top = await clause.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    // The fragment is applied once the new page has loaded: ask until it is.
    await expect.poll(() => clause.evaluate((el) => el.matches(':target'))).toBe(true);
    const background = await clause.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await expect(page.getByRole('heading', { name: /抓好党员教育和管理工作/ })).toBeVisible();
  });

  test('an item link #1-6-2 lands on the item too', async ({ page }) => {
    await page.goto(`${DOC}#1-6-2`);
    await expect(page.locator('[id="1-6-2"]')).toBeInViewport();
    // The fragment is applied once the new page has loaded: ask until it is.
    await expect.poll(() => page.locator('[id="1-6-2"]').evaluate((el) => el.matches(':target'))).toBe(true);
  });

  test('says where the available text ends, and that the issuing date is unknown (inferred 2016)', async ({ page }) => {
    await page.goto(DOC);
    await expect(page.getByRole('note')).toContainText('第二部分第（二）条');
    await expect(page.locator('.provenance')).toContainText('未知');
    await expect(page.locator('.provenance')).toContainText('推断');
    await expect(page.locator('.provenance')).toContainText('2022-06-21');
  });

  test('marks each glitch with a visible 校注 that links to its note and back', async ({ page }) => {
    await page.goto(DOC);
    await expect(page.locator('.note-ref')).toHaveCount(3);
    await page.getByRole('link', { name: '〔校注2〕' }).click();
    await expect(page.locator('#note-2')).toContainText('认真开展“”');
    await expect(page.locator('#note-2')).toBeInViewport();
  });

  test('the table of contents lists every clause and marks where the reader is', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(`${DOC}#1-9`);
    const toc = page.getByRole('navigation', { name: /目录/ });
    for (const id of CLAUSES) await expect(toc.locator(`a[data-toc="${id}"]`)).toHaveCount(1);
    await expect(toc.locator('a[aria-current="location"]')).toHaveAttribute('data-toc', /^1-(8|9|10)$/);
  });

  test('on a 360 px phone, #1-6-2 lands on the item with nothing covering it', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${DOC}#1-6-2`);
    const item = page.locator('[id="1-6-2"]');
    await expect(item).toBeInViewport();
    const top = await item.evaluate((el) => el.getBoundingClientRect().top);
    const headerBottom = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(Math.max(0, headerBottom));
  });

  test('reads at 360 px wide without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(DOC);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('clause pages', () => {
  test('every clause has a page with its text, breadcrumb and a link to its place in the full text', async ({ page }) => {
    for (const id of CLAUSES) {
      const response = await page.goto(`${DOC}${id}/`);
      expect(response?.status(), id).toBe(200);
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: '位置' })).toContainText('教育工委基层组织建设工作要点');
      await expect(page.getByRole('link', { name: '在全文中查看' })).toHaveAttribute('href', `${DOC}#${id}`);
    }
  });

  test('clause 1-6 holds its three items and names itself in the title and description', async ({ page }) => {
    await page.goto(`${DOC}1-6/`);
    for (const item of ['1-6-1', '1-6-2', '1-6-3']) await expect(page.locator(`[id="${item}"]`)).toHaveCount(1);
    await expect(page).toHaveTitle(/抓好党员教育和管理工作/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /抓好党员教育和管理工作/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('(六)抓好党员教育和管理工作。');
  });

  test('previous and next walk through all twelve clauses across parts', async ({ page }) => {
    await page.goto(`${DOC}1-1/`);
    await expect(page.getByText('已是第一条')).toBeVisible();
    for (const id of CLAUSES.slice(1)) {
      await page.getByRole('link', { name: /下一条/ }).click();
      await expect(page).toHaveURL(new RegExp(`${DOC}${id}/$`));
    }
    await expect(page.getByText('已是最后一条')).toBeVisible();
    await page.getByRole('link', { name: /上一条/ }).click();
    await expect(page).toHaveURL(new RegExp(`${DOC}2-1/$`));
  });

  test('an unknown clause gets the 404 page', async ({ page }) => {
    const response = await page.goto(`${DOC}9-9/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  });
});

test.describe('the data export', () => {
  test('gives each unit its ID, number as written, title, exact text and URL', async ({ request }) => {
    const data = await (await request.get(`${DOC}data.json`)).json();
    const clause = data.parts[0].children[5];
    expect(clause).toMatchObject({ id: '1-6', number: '(六)', title: '抓好党员教育和管理工作', kind: 'clause' });
    expect(clause.url).toMatch(/\/jiceng-zuzhi-jianshe\/1-6\/$/);
    expect(clause.children[1]).toMatchObject({ id: '1-6-2', number: '二是', title: '认真执行发展党员各项制度' });
    expect(clause.children[1].url).toMatch(/\/jiceng-zuzhi-jianshe\/1-6\/#1-6-2$/);
    expect(clause.text.startsWith('(六)抓好党员教育和管理工作。建立“大宣传大学培训”长效机制')).toBe(true);
  });
});
