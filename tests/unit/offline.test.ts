import { describe, expect, it } from 'vitest';
import { packageUrl, rootFrom } from '../../src/offline/relative-urls.ts';
import { rewriteForPackage } from '../../src/offline/rewrite-html.ts';
import { installFetchShim } from '../../src/offline/fetch-shim.ts';

describe('package URLs', () => {
  it.each([
    ['index.html', '/', '/', 'index.html'],
    ['index.html', '/terms/', '/', 'terms/index.html'],
    ['jiceng-zuzhi-jianshe/1-6/index.html', '/jiceng-zuzhi-jianshe/#1-2', '/', '../index.html#1-2'],
    ['jiceng-zuzhi-jianshe/1-6/index.html', '/jiceng-zuzhi-jianshe/1-7/', '/', '../1-7/index.html'],
    ['jiceng-zuzhi-jianshe/1-6/index.html', '/_astro/Base.css', '/', '../../_astro/Base.css'],
    ['terms/index.html', '/yaodian/terms/x/', '/yaodian/', 'x/index.html'],
    ['index.html', '/jiceng-zuzhi-jianshe/data.json', '/', 'jiceng-zuzhi-jianshe/data.json'],
    ['help/index.html', '../requirements/', '/', '../requirements/index.html'],
    ['help/index.html', '../download/#x', '/yaodian/', '../download/index.html#x'],
    ['help/index.html', 'sub/', '/', 'sub/index.html'],
  ])('from %s, %s (base %s) → %s', (from, url, base, expected) => expect(packageUrl(from, url, base)).toBe(expected));

  it('leaves other sites and in-page anchors alone', () => {
    expect(packageUrl('index.html', 'https://example.org/', '/')).toBeNull();
    expect(packageUrl('index.html', '#main', '/')).toBeNull();
  });

  it('finds the package root from a page', () => {
    expect(rootFrom('index.html')).toBe('');
    expect(rootFrom('jiceng-zuzhi-jianshe/1-6/index.html')).toBe('../../');
  });
});

describe('rewriting a page for the package', () => {
  const page = '<!doctype html><html lang="zh-CN"><head><link rel="manifest" href="/manifest.webmanifest"><script type="module" src="/_astro/a.js"></script></head><body><a href="/terms/">提法</a><div data-base="/" data-lexicon="/search/lexicon.json"></div><script type="module" src="/_astro/b.js"></script><p>正文“不变”</p></body></html>';
  const { html, modules } = rewriteForPackage(page, 'terms/x/index.html', '/', () => 'offline/page-1.js');

  it('turns module scripts into one classic script, loaded after the search shim', () => {
    expect(modules).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(html).not.toContain('type="module"');
    expect(html.indexOf('src="../../offline/search.js"')).toBeGreaterThan(-1);
    expect(html.indexOf('src="../../offline/search.js"')).toBeLessThan(html.indexOf('src="../../offline/page-1.js"'));
  });

  it('makes links relative with index.html, points the search at the package root, drops the manifest', () => {
    expect(html).toContain('href="../index.html"');
    expect(html).toContain('data-base="../../"');
    expect(html).toContain('data-lexicon="../../search/lexicon.json"');
    expect(html).not.toContain('manifest');
    expect(html).toContain('<p>正文“不变”</p>');
  });

  it('gives /requirements/ of many documents its records as the classic script the package holds', () => {
    const requirements = rewriteForPackage('<!doctype html><html><head></head><body><div class="req-results" data-records="/search/requirements.json" data-base="/"></div></body></html>', 'requirements/index.html', '/', () => 'offline/page-1.js');
    expect(requirements.html).toContain('data-records="../offline/requirements.js" data-base="../"');
  });
});

describe('the fetch shim', () => {
  it('answers packaged paths from the data and passes the rest on', async () => {
    const passed: string[] = [];
    const win = {
      location: { href: 'file:///pkg/terms/x/index.html' },
      fetch: (async (input: RequestInfo | URL) => {
        passed.push(String(input));
        return new Response('real');
      }) as typeof fetch,
    };
    installFetchShim({ 'pagefind/pagefind-entry.json': Buffer.from('{"v":1}').toString('base64') }, 'file:///pkg/', win);
    const answer = await win.fetch('../../pagefind/pagefind-entry.json?ts=abc');
    expect(await answer.json()).toEqual({ v: 1 });
    expect(answer.headers.get('Content-Type')).toBe('application/json');
    await win.fetch('../../other.json');
    expect(passed).toEqual(['../../other.json']);
  });
});
