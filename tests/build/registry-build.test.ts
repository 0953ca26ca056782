import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const FIXTURE = 'tests/fixtures/sites/renumbered';

describe('a site whose units were renumbered, built under a base path', () => {
  const build = buildSite(FIXTURE, { base: '/yaodian/' });

  it('builds, since every retired unit has a redirect', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.ok).toBe(true);
  });

  it('leaves a redirect page where the retired clause 1-3 was', () => {
    const html = readFileSync(join(build.outDir, 'demo/1-3/index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/yaodian/demo/1-2/">');
    expect(html).toContain('href="/yaodian/demo/1-2/"');
  });

  it('sends retired anchors (#1-3, #1-1-3) on from the document page', () => {
    const html = readFileSync(join(build.outDir, 'demo/index.html'), 'utf8');
    expect(html).toContain('<script type="application/json" id="retired-anchors">{"1-3":"/yaodian/demo/1-2/","1-1-3":"/yaodian/demo/1-1/#1-1-2"}</script>');
  });

  it('registers the service worker and precaches every page under the base path', () => {
    const sw = readFileSync(join(build.outDir, 'sw.js'), 'utf8');
    for (const page of ['/yaodian/index.html', '/yaodian/demo/index.html', '/yaodian/demo/1-2/index.html', '/yaodian/pagefind/pagefind.js']) expect(sw, page).toContain(`"${page}"`);
    expect(sw).not.toMatch(/"\/demo\//);
    expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).toContain('data-base="/yaodian/"');
  });

  it('puts every internal link under the base path', () => {
    const pages = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const html = readFileSync(join(build.outDir, page), 'utf8');
      const hrefs = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
      for (const href of hrefs) expect(href, `${page}: ${href}`).toMatch(/^\/yaodian\//);
    }
  });
});

describe('a build that loses a published unit', () => {
  it('fails, naming the registry file, the line, the unit and what to do', () => {
    const root = mkdtempSync(join(tmpdir(), 'yaodian-content-'));
    cpSync(FIXTURE, root, { recursive: true });
    writeFileSync(join(root, 'registry/redirects.json'), '{\n  "demo#1-1-3": "demo#1-1-2"\n}\n');
    const build = buildSite(root);
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${build.contentRoot}/registry/published.json:9: 已发布的链接 demo#1-3（/demo/1-3/）在本次构建中消失了`);
    expect(build.output).toContain(`在 ${build.contentRoot}/registry/redirects.json 中加入 "demo#1-3"`);
  });
});

describe('old links in a browser', () => {
  const build = buildSite(FIXTURE, { base: '/yaodian/' });

  it('follow the redirect page and the retired-anchor map to the units’ new places', async () => {
    const { chromium } = await import('@playwright/test');
    const { ensureChromium, CHROMIUM_ARGS } = await import('../support/browser.mjs');
    const browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      // Serve the build straight from disk: no server, and nothing else answers.
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.host !== 'site.test' || !url.pathname.startsWith('/yaodian/')) return route.abort();
        let file = join(build.outDir, decodeURIComponent(url.pathname.slice('/yaodian/'.length)));
        if (file.endsWith('/')) file += 'index.html';
        try {
          const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
          await route.fulfill({ body: readFileSync(file), contentType: type });
        } catch {
          await route.fulfill({ status: 404, body: 'not found' });
        }
      });
      await page.goto('http://site.test/yaodian/demo/1-3/');
      await page.waitForURL('http://site.test/yaodian/demo/1-2/');
      await page.goto('http://site.test/yaodian/demo/#1-1-3');
      await page.waitForURL('http://site.test/yaodian/demo/1-1/#1-1-2');
      // The fragment is applied once the new page has loaded: ask until it is.
      await expect.poll(() => page.locator('[id="1-1-2"]').evaluate((el) => el.matches(':target'))).toBe(true);
      // A whole document removed: its page forwards, and its old anchors land on the units' new places.
      await page.goto('http://site.test/yaodian/old-doc/');
      await page.waitForURL('http://site.test/yaodian/demo/');
      await page.goto('http://site.test/yaodian/old-doc/#1-1-1');
      await page.waitForURL('http://site.test/yaodian/demo/1-1/#1-1-2');
      await page.goto('http://site.test/yaodian/old-doc/1-1/');
      await page.waitForURL('http://site.test/yaodian/demo/1-2/');
    } finally {
      await browser.close();
    }
  });
});
