/**
 * The page every browser test uses: it fails the test when a request leaves
 * the site, when the page throws, or when the browser reports a CSP violation.
 */
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend<{ page: Page }>({
  page: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const outside: string[] = [];
    const problems: string[] = [];
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
    });
    await use(page);
    expect(outside, 'requests that left the site').toEqual([]);
    expect(problems, 'page errors and CSP violations').toEqual([]);
  },
});

export { expect };

export const DOC = '/jiceng-zuzhi-jianshe/';

/** WCAG 2.1 A and AA violations on the page as it is now, axe's experimental rules included unless `experimental: false`. */
export async function axeViolations(page: Page, options: { experimental?: boolean } = {}): Promise<string[]> {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', ...(options.experimental === false ? [] : ['experimental'])];
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export interface ExportedUnit {
  id: string;
  text: string;
  url: string;
  children: ExportedUnit[];
}

/** Every unit of the document's data.json, by ID, in document order. */
export async function exportedUnits(request: APIRequestContext): Promise<Map<string, ExportedUnit>> {
  const data = (await (await request.get(`${DOC}data.json`)).json()) as { parts: ExportedUnit[] };
  const units = new Map<string, ExportedUnit>();
  const walk = (u: ExportedUnit) => {
    units.set(u.id, u);
    u.children.forEach(walk);
  };
  data.parts.forEach(walk);
  return units;
}
