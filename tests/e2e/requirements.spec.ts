import { readFile } from 'node:fs/promises';
import { test, expect, axeViolations, DOC } from './fixtures.ts';

const rows = (page: import('@playwright/test').Page) => page.locator('.req-table tbody tr:not([hidden])');

test.describe('the requirements table', () => {
  test('lists every requirement with its kind, value, who and place', async ({ page }) => {
    await page.goto('/requirements/');
    await expect(rows(page)).toHaveCount(20);
    const first = rows(page).first();
    await expect(first.locator('.req-phrase')).toHaveText('每月开展2次党员远程教育培训');
    await expect(first.locator('.req-sentence')).toContainText('每月开展2次党员远程教育培训,每次不少于2小时');
    await expect(first.locator('[data-col="value"]')).toHaveText('每月 2 次');
    await expect(first.locator('[data-col="who"]')).toHaveText('各学校（据上一句）');
    await expect(page.locator('.req-count')).toHaveText('共 20 条要求');
  });

  test('filters by who and by kind, and says how many are shown', async ({ page }) => {
    await page.goto('/requirements/');
    await page.locator('.req-filters').getByLabel('责任主体').selectOption('教育工委');
    await expect(rows(page)).toHaveCount(4);
    await page.locator('.req-filters').getByLabel('类型').selectOption('frequency');
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).locator('[data-col="value"]')).toHaveText(['没写具体数字（原文“适时”）', '没写具体数字（原文“定期”）']);
    await expect(page.locator('.req-count')).toHaveText('显示 2 条，共 20 条');
  });

  test('the two 培训班 rows each say which class their number belongs to', async ({ page }) => {
    await page.goto('/requirements/');
    await page.locator('.req-filters').getByLabel('筛选文字').fill('培训班');
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).locator('[data-col="value"]')).toHaveText(['2 期（党务干部培训班）', '1 期（入党积极分子培训班）']);
    await expect(rows(page).locator('.req-match')).toHaveText(['2期', '1期']);
  });

  test('shows the exact words each value was read from, and keeps who does it apart from who it is for', async ({ page }) => {
    await page.goto('/requirements/');
    await expect(page.locator('th[data-sort="who"]')).toHaveText('责任主体');
    await expect(page.locator('th[data-sort="target"]')).toHaveText('对象');
    for (const row of await rows(page).all()) await expect(row.locator('.req-match')).not.toBeEmpty();
    const training = rows(page).filter({ hasText: '全覆盖培训' });
    await expect(training.locator('.req-match')).toHaveText('全覆盖');
    await expect(training.locator('[data-col="who"]')).toHaveText('原文未明确');
    await expect(training.locator('[data-col="target"]')).toHaveText('机关和学校党员干部');
    await expect(rows(page).filter({ has: page.locator('.req-phrase', { hasText: '每月一主题' }) }).locator('[data-col="value"]')).toHaveText('每月 1（主题）');
  });

  test('filters by text', async ({ page }) => {
    await page.goto('/requirements/');
    await page.locator('.req-filters').getByLabel('筛选文字').fill('培训班');
    await expect(rows(page)).toHaveCount(2);
  });

  test('the text filter matches the whole sentence a requirement comes from (远程 keeps 每次不少于2小时)', async ({ page }) => {
    await page.goto('/requirements/');
    await page.locator('.req-filters').getByLabel('筛选文字').fill('远程');
    const phrases = await rows(page).locator('.req-phrase').allTextContents();
    expect(phrases).toEqual(expect.arrayContaining(['每月开展2次党员远程教育培训', '每次不少于2小时']));
    for (const sentence of await rows(page).locator('.req-sentence').allTextContents()) expect(sentence).toContain('远程');
  });

  test('sorts by value', async ({ page }) => {
    await page.goto('/requirements/');
    await page.getByRole('button', { name: '按数值排序' }).click();
    await expect(page.locator('th[data-sort="value"]')).toHaveAttribute('aria-sort', 'ascending');
    const values = await rows(page).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.value ?? ''));
    const numbers = values.filter((v) => v !== '').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(values.slice(numbers.length).every((v) => v === '')).toBe(true);
    await page.getByRole('button', { name: '按数值排序' }).click();
    await expect(page.locator('th[data-sort="value"]')).toHaveAttribute('aria-sort', 'descending');
  });

  test('the CSV holds exactly the filtered rows, UTF-8 with BOM', async ({ page }) => {
    await page.goto('/requirements/');
    await page.locator('.req-filters').getByLabel('类型').selectOption('count');
    const shown = await rows(page).locator('.req-phrase').allTextContents();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV（当前筛选结果）' }).click()]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"文件","出处","要求（原文）","原句","读自","类型","数值","责任主体","对象","链接"');
    expect(lines.slice(1).map((l) => l.split('","')[2])).toEqual(shown);
    expect(lines[1]).toContain('"2期","数量","2 期（党务干部培训班）"');
    expect(lines[1]).toContain('/jiceng-zuzhi-jianshe/1-6/#1-6-2"');
  });

  test('a row’s link lands on its unit', async ({ page }) => {
    await page.goto('/requirements/');
    await page.locator('.req-filters').getByLabel('筛选文字').fill('培训班2期');
    await rows(page).first().getByRole('link', { name: '第一部分第（六）条第二项', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${DOC}#1-6-2$`));
    await expect(page.locator('[id="1-6-2"]')).toBeInViewport();
  });

  test('works without JavaScript as the full plain table', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/requirements/');
    await expect(page.locator('.req-table tbody tr')).toHaveCount(20);
    await expect(page.locator('.req-filters')).toBeHidden();
    await context.close();
  });

  test('has no WCAG 2.1 AA violation, axe’s experimental rules included', async ({ page }) => {
    test.slow(); // axe on a page of many rows takes a while on a shared machine
    await page.goto('/requirements/');
    expect(await axeViolations(page, { experimental: true })).toEqual([]);
  });

  test('each 本条页面 link’s name starts with its visible text (WCAG 2.5.3)', async ({ page }) => {
    await page.goto('/requirements/');
    await expect(rows(page).first().getByRole('link', { name: /^本条页面/ })).toHaveAccessibleName('本条页面：第一部分第（二）条所在的那一条（单独一页，可打印、扫码）');
  });

  test('on a 360 px phone every requirement is a card with 对象 and 出处 in view, and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/requirements/');
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
    const card = rows(page).first();
    for (const col of ['who', 'place', 'kind']) {
      const box = (await card.locator(`[data-col="${col}"]`).boundingBox())!;
      expect(box.x, col).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, col).toBeLessThanOrEqual(360);
    }
    // 类型 reads as a word, not one character per line.
    const kind = (await card.locator('[data-col="kind"]').boundingBox())!;
    expect(kind.height).toBeLessThan(40);
  });
});

test.describe('cited documents', () => {
  test('the citing phrase in the text links to the reference entry, which links back', async ({ page }) => {
    await page.goto(`${DOC}1-6/`);
    await page.getByRole('link', { name: '《关于开展党员组织关系集中排查的通知》昌市党组【2016】15号' }).click();
    await expect(page).toHaveURL(/\/references\/#r-[0-9a-f]{8}$/);
    const entry = page.locator('.reference:target');
    await expect(entry.locator('h2')).toHaveText('《关于开展党员组织关系集中排查的通知》');
    await expect(entry.locator('.ref-number')).toHaveText('文号：昌市党组【2016】15号');
    await entry.getByRole('link', { name: /第（六）条第一项/ }).click();
    await expect(page).toHaveURL(new RegExp(`${DOC}#1-6-1$`));
  });

  test('lists three references and passes axe', async ({ page }) => {
    await page.goto('/references/');
    await expect(page.locator('.reference')).toHaveCount(3);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a clause page shows its requirements and references beside the text', async ({ page }) => {
    await page.goto(`${DOC}1-6/`);
    const facts = page.locator('.clause-facts');
    await expect(facts.getByRole('heading', { name: '本条的要求' })).toBeVisible();
    await expect(facts.locator('section').first().locator('li')).toHaveCount(4);
    await expect(facts.getByRole('heading', { name: '本条引用的文件' })).toBeVisible();
    await expect(facts.locator('section').nth(1).locator('li')).toHaveCount(2);
  });

  test('data.json carries requirements and references', async ({ request }) => {
    const data = await (await request.get(`${DOC}data.json`)).json();
    expect(data.requirements).toHaveLength(20);
    expect(data.references.map((r: { title: string }) => r.title)).toContain('关于开展党员组织关系集中排查的通知');
  });
});
