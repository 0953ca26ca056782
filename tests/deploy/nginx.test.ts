/**
 * The committed deploy/nginx.conf, run for real: Debian's nginx serves the
 * built site (dist/, from `npm run build`; this test builds nothing) and we
 * check what it sends — types, caching, security headers, the 404 page — and
 * then use the site through it in Chromium. The header CSP applies on top of
 * the page's own <meta> CSP, so a clean browser run proves the two agree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from '../support/browser.mjs';
import { startNginx, type Nginx } from '../support/nginx.ts';

const DIST = resolve(import.meta.dirname, '../../dist');
const DOC = '/jiceng-zuzhi-jianshe/';
const LONG_CACHE = 'public, max-age=31536000, immutable';

let nginx: Nginx;
const responses: { path: string; status: number; headers: Headers }[] = [];

async function get(path: string): Promise<{ status: number; headers: Headers; body: string }> {
  const res = await fetch(`${nginx.url}${path}`, { redirect: 'manual' });
  const body = await res.text();
  responses.push({ path, status: res.status, headers: res.headers });
  return { status: res.status, headers: res.headers, body };
}

/** CSP text → directive name → its sources. */
function parseCsp(text: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html 不存在：先运行 npm run build（run npm run build first），再跑部署测试。`);
  }
  nginx = await startNginx(DIST);
});

afterAll(async () => {
  await nginx?.stop();
});

describe('deploy/nginx.conf serving dist/', () => {
  it('serves the home page and a clause page as HTML, revalidated on every visit, with the CSP header', async () => {
    for (const path of ['/', `${DOC}1-6/`]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html; charset=utf-8$/i);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(res.headers.get('content-encoding'), `${path} is gzipped`).toBe('gzip');
    }
  });

  it('sends a CSP header that allows what the meta CSP allows (less its hashes), and adds frame-ancestors and worker-src', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    expect(meta, 'dist/index.html has a meta CSP').toBeTruthy();
    const header = parseCsp((await get('/')).headers.get('content-security-policy') ?? '');
    for (const [name, sources] of parseCsp(meta ?? '')) {
      const expected = sources.filter((s) => !/^'sha(256|384|512)-/.test(s)).sort();
      expect(header.get(name)?.slice().sort(), `header ${name}`).toEqual(expected);
    }
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('worker-src')).toEqual(["'self'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
  });

  it('caches hashed /_astro/ assets for a year, immutable', async () => {
    const css = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'));
    const js = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.js'));
    expect(css && js, 'dist/_astro has a .css and a .js').toBeTruthy();
    const style = await get(`/_astro/${css}`);
    expect(style.status).toBe(200);
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);
    expect(style.headers.get('cache-control')).toBe(LONG_CACHE);
    const script = await get(`/_astro/${js}`);
    expect(script.headers.get('content-type')).toMatch(/^(application|text)\/javascript/);
    expect(script.headers.get('cache-control')).toBe(LONG_CACHE);
  });

  it('never long-caches the service worker, the manifest or the search entry point', async () => {
    for (const path of ['/sw.js', '/manifest.webmanifest', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.js']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toMatch(/^application\/manifest\+json/);
  });

  it("serves Pagefind's WebAssembly as application/wasm and its index files as bytes", async () => {
    const wasm = await get('/pagefind/wasm.unknown.pagefind');
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    const meta = readdirSync(join(DIST, 'pagefind')).find((f) => f.endsWith('.pf_meta'));
    const index = readdirSync(join(DIST, 'pagefind/index'))[0];
    for (const path of [`/pagefind/${meta}`, `/pagefind/index/${index}`]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('application/octet-stream');
    }
  });

  it('serves the data files and the offline package with their types', async () => {
    expect((await get(`${DOC}data.json`)).headers.get('content-type')).toMatch(/^application\/json/);
    expect((await get('/search/lexicon.json')).headers.get('content-type')).toMatch(/^application\/json/);
    const zip = await get('/download/gongzuo-yaodian-offline.zip');
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
  });

  it('answers an unknown page with 404 and the site’s 404 page, not cached', async () => {
    for (const path of ['/no-such-page/', '/_astro/no-such-file.js']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(res.body, path).toContain('找不到这个页面');
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('sends a directory without its slash on to the slashed URL, relative to the host', async () => {
    const res = await get(DOC.replace(/\/$/, ''));
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(DOC);
  });

  it('puts the security headers on every response, errors included', () => {
    expect(responses.length).toBeGreaterThan(10);
    for (const { path, status, headers } of responses) {
      const where = `${path} (${status})`;
      expect(headers.get('x-content-type-options'), where).toBe('nosniff');
      expect(headers.get('x-frame-options'), where).toBe('DENY');
      expect(headers.get('referrer-policy'), where).toBe('strict-origin-when-cross-origin');
      expect(headers.get('content-security-policy'), where).toContain("default-src 'self'");
      expect(headers.get('permissions-policy'), where).toBeTruthy();
    }
  });
});

describe('the site in Chromium through nginx', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads, jumps to a clause and searches with no request leaving the site and no CSP violation', async () => {
    const origin = nginx.url;
    const context = await browser.newContext({ baseURL: origin, locale: 'zh-CN', viewport: { width: 1200, height: 800 } });
    const outside: string[] = [];
    const problems: string[] = [];
    const unprotected: string[] = [];
    context.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    context.on('response', async (res) => {
      // Responses a service worker answers from its cache carry the headers nginx sent when it was filled.
      if (res.url().startsWith(`${origin}/`) && !res.fromServiceWorker() && (await res.allHeaders())['x-content-type-options'] !== 'nosniff') {
        unprotected.push(res.url());
      }
    });
    // Belt and braces: report violations by event too, whatever wording the console uses.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
      );
    });
    const page = await context.newPage();
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused to|Permissions-Policy/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
    });

    try {
      const home = await page.goto('/');
      expect(home?.status()).toBe(200);
      expect(home?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");

      await page.getByRole('link', { name: '阅读全文' }).click();
      await page.waitForURL(`${origin}${DOC}`);

      await page.goto(`${DOC}#1-6`);
      const clause = page.locator('[id="1-6"]');
      await clause.waitFor();
      await expect
        .poll(() => clause.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        }), { message: '#1-6 scrolled into view', timeout: 10_000 })
        .toBe(true);

      const query = '三重一大';
      await page.getByRole('searchbox', { name: '搜索条文和提法' }).fill(query);
      await page.locator(`.site-search[data-searched="${query}"]`).waitFor({ timeout: 30_000 });
      expect(await page.locator('.site-search').getAttribute('data-searched')).toBe(query);
      // Result links carry the query as ?hl= so the clause page marks it;
      // the page itself is the clause's own address.
      const href = new URL((await page.locator('a.result-link').first().getAttribute('href')) ?? '', 'http://x');
      expect(href.pathname).toBe(`${DOC}1-3/`);
      expect(href.searchParams.get('hl')).toContain(query);
    } finally {
      await context.close();
    }

    expect(outside, 'requests that left the site').toEqual([]);
    expect(problems, 'page errors and CSP violations').toEqual([]);
    expect(unprotected, 'responses without X-Content-Type-Options: nosniff').toEqual([]);
  });

  it('leaves nothing worse than notices in nginx’s error log', () => {
    const serious = nginx.errorLog().split('\n').filter((line) => /\[(warn|error|crit|alert|emerg)\]/.test(line));
    expect(serious).toEqual([]);
  });
});
