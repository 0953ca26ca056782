/**
 * Printing a clause like a 公文 (GB/T 9704): the PDF Chromium makes (page.pdf) is A4 with
 * the standard margins and page numbers, opens with the title block, sets the body in
 * 三号 (16 pt) and headings and body in their own fonts; the font stacks and the absence
 * of screen decoration are read from the computed styles in print emulation, where the
 * PDF cannot tell. Every printout — each clause and the whole document — has text of the
 * document on each page: none holds only notes or the citation.
 */
import type { Page } from '@playwright/test';
import { test, expect, DOC, exportedUnits } from './fixtures.ts';
import { mm, readPdf, type PdfPage } from '../support/pdf.ts';

const A4 = { width: mm(210), height: mm(297) };
const BODY_PT = 16;
// Chromium embeds subsets of large CJK fonts: one PDF takes seconds, many more on a busy machine.
test.describe.configure({ timeout: 180_000 });

async function printed(page: Page, path: string): Promise<PdfPage[]> {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  return readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
}
const text = (p: PdfPage) => p.runs.map((r) => r.text).join('');
const isPageNumber = (r: { text: string }) => /^—\s*\d+\s*—$/.test(r.text.trim());

test('a clause prints on A4 with GB/T 9704 margins, page numbers and the title block', async ({ page }) => {
  const pages = await printed(page, `${DOC}1-6/`);
  expect(pages).toHaveLength(2);
  pages.forEach((p, i) => {
    expect(Math.abs(p.width - A4.width), `page ${i + 1} width`).toBeLessThan(1);
    expect(Math.abs(p.height - A4.height), `page ${i + 1} height`).toBeLessThan(1);
    const numbers = p.runs.filter(isPageNumber);
    expect(numbers.map((r) => r.text.replace(/\s/g, '')), `page ${i + 1} number`).toEqual([`—${i + 1}—`]);
    // In the bottom margin (35 mm), below the text: odd pages on the right, even on the left.
    const [number] = numbers;
    expect(number?.y).toBeLessThan(mm(35));
    if (i % 2 === 0) expect(number?.x).toBeGreaterThan(A4.width / 2);
    else expect(number?.x).toBeLessThan(A4.width / 2);
    const body = p.runs.filter((r) => !isPageNumber(r));
    // Text starts at the left margin (28 mm) and stays inside the right (26 mm), top (37 mm) and bottom (35 mm) ones.
    expect(Math.min(...body.map((r) => r.x)), `page ${i + 1} left`).toBeGreaterThanOrEqual(mm(28) - 1);
    expect(Math.min(...body.map((r) => r.x)), `page ${i + 1} left`).toBeLessThan(mm(28) + 2);
    for (const r of body) {
      expect(r.x + r.width, r.text).toBeLessThanOrEqual(A4.width - mm(26) + 2);
      expect(r.y + r.size, r.text).toBeLessThanOrEqual(A4.height - mm(37) + 2);
      expect(r.y, r.text).toBeGreaterThanOrEqual(mm(35) - 2);
    }
  });
  // The title block: the document's title in 二号 (22 pt), then where the clause sits.
  const [first] = pages;
  const title = first?.runs.filter((r) => r.size === 22).map((r) => r.text).join('');
  expect(title).toBe('教育工委基层组织建设工作要点');
  expect(text(first as PdfPage)).toContain('第一部分第（六）条');
});

test('the body prints in 三号 (16 pt) in the 仿宋 stack, headings in their own stacks', async ({ page }) => {
  const pages = await printed(page, `${DOC}1-6/`);
  const runs = pages.flatMap((p) => p.runs);
  const units = await exportedUnits(page.request);
  const bodyText = runs.filter((r) => r.size === BODY_PT).map((r) => r.text).join('');
  expect(bodyText.replace(/\s/g, '')).toContain((units.get('1-6-2')?.text ?? '—').slice(0, 40));
  // The fonts embedded for the body are those of the 仿宋 stack this machine has (Noto Serif CJK
  // stands in for FangSong on Linux); the title uses the 黑体 stack (Noto Sans CJK).
  const fontsAt = (size: number) => new Set(runs.filter((r) => r.size === size).map((r) => r.font.replace(/^[A-Z]{6}\+/, '')));
  for (const font of fontsAt(BODY_PT)) expect(font).toMatch(/FangSong|STFangsong|NotoSerifCJK/i);
  for (const font of fontsAt(22)) expect(font).toMatch(/SimHei|NotoSansCJK/i);

  // What the PDF cannot say: the stacks asked for, the sizes, black headings, no decoration.
  const style = (selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { font: s.fontFamily, size: s.fontSize, color: s.color, weight: s.fontWeight, decoration: s.textDecorationLine };
    });
  const body = await style('[id="1-6"] > p');
  expect(body.font).toMatch(/^FangSong, STFangsong, .*"Noto Serif CJK SC".*serif$/);
  expect(body.size).toBe('21.3333px'); // 16 pt
  const clauseHeading = await style('[id="1-6"] > .unit-heading');
  expect(clauseHeading.font).toMatch(/^KaiTi, STKaiti, .*serif$/);
  expect(clauseHeading).toMatchObject({ size: '21.3333px', color: 'rgb(0, 0, 0)', weight: '400' });
  for (const decorated of ['.glitch', 'a.term', '.doc-text a']) {
    if ((await page.locator(decorated).count()) > 0) expect((await style(decorated)).decoration, decorated).toBe('none');
  }
  for (const hidden of ['.site-header', '.toc', '.breadcrumb', '.unit-actions', '.pager', '.site-footer', '.notes']) await expect(page.locator(hidden).first(), hidden).toBeHidden();
});

test('the 一、 level prints black in the 黑体 stack', async ({ page }) => {
  await page.goto(DOC);
  await page.emulateMedia({ media: 'print' });
  const part = await page.locator('[id="1"] > .unit-heading').evaluate((el) => {
    const s = getComputedStyle(el);
    return { font: s.fontFamily, size: s.fontSize, color: s.color };
  });
  expect(part.font).toMatch(/^SimHei, .*"Noto Sans CJK SC".*sans-serif$/);
  expect(part).toMatchObject({ size: '21.3333px', color: 'rgb(0, 0, 0)' });
});

test('the citation and QR code close a clause printout; the 校注 are printed as notes under the title', async ({ page }) => {
  const pages = await printed(page, `${DOC}1-6/`);
  const all = pages.map(text).join('');
  const citation = all.indexOf('引用本条：《教育工委基层组织建设工作要点》第一部分第（六）条');
  expect(citation).toBeGreaterThan(all.indexOf('做好党费测算收缴等工作'));
  expect(all.indexOf('校注')).toBeLessThan(all.indexOf('抓好党员教育和管理工作'));
  await expect(page.locator('.print-end .qr-code svg')).toBeVisible();
});

test('no printed page holds only notes or the citation: every page of every printout has the text on it', async ({ page }) => {
  test.setTimeout(900_000);
  const units = await exportedUnits(page.request);
  const paths = [DOC, ...[...units.values()].filter((u) => u.url.endsWith('/') && /\/\d+-\d+\/$/.test(u.url)).map((u) => new URL(u.url, 'http://x').pathname)];
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) {
    const pages = await printed(page, path);
    pages.forEach((p, i) => expect(p.runs.some((r) => r.size === BODY_PT), `${path} page ${i + 1} of ${pages.length}`).toBe(true));
  }
});
