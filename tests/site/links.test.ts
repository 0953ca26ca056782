/**
 * Every internal link and #anchor in the built site resolves: to a file in
 * dist/, and to an element with that ID on the target page. The offline
 * package's relative links are checked the same way inside the zip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from './site-files.ts';

interface Page {
  links: string[];
  ids: Set<string>;
}

function parse(html: string): Page {
  const links: string[] = [];
  const ids = new Set<string>();
  visit(fromHtml(html), 'element', (node) => {
    const p = node.properties;
    if (typeof p.id === 'string') ids.add(p.id);
    for (const name of ['href', 'src'] as const) {
      const value = p[name];
      if (typeof value === 'string') links.push(value);
    }
  });
  return { links, ids };
}

/** Broken links in a set of pages, given how to turn a link into a file in the set. */
function brokenLinks(pages: Map<string, Page>, exists: (file: string) => boolean, resolve: (from: string, link: string) => string | null): string[] {
  const broken: string[] = [];
  for (const [file, page] of pages) {
    for (const link of page.links) {
      if (/^(https?:|mailto:|data:|blob:)/.test(link)) continue;
      const [path = '', anchor] = link.split('#');
      const target = path === '' ? file : resolve(file, path);
      if (target === null) continue;
      if (!exists(target)) broken.push(`${file}: ${link} → ${target} (no such file)`);
      else if (anchor && target.endsWith('.html') && !pages.get(target)?.ids.has(decodeURIComponent(anchor))) broken.push(`${file}: ${link} (no #${anchor} there)`);
    }
  }
  return broken;
}

describe('the built site', () => {
  const files = builtPages();
  const pages = new Map(files.map((f) => [f, parse(readPage(f))]));
  const all = new Set(readdirSync('dist', { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/')));

  it('has its pages (home, document, 12 clauses, terms, requirements, references, download, 404)', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', 'jiceng-zuzhi-jianshe/index.html', 'jiceng-zuzhi-jianshe/1-6/index.html', 'terms/index.html', 'requirements/index.html', 'references/index.html', 'download/index.html', '404.html']));
  });

  it('with one document, has its requirements on /requirements/ alone, with no page of their own', () => {
    expect(files.filter((f) => f.startsWith('requirements/'))).toEqual(['requirements/index.html']);
  });

  it('has no broken internal link or anchor', () => {
    const checked = [...pages.values()].reduce((n, p) => n + p.links.length, 0);
    expect(checked).toBeGreaterThan(500);
    const broken = brokenLinks(
      pages,
      (f) => all.has(f),
      (_from, path) => {
        if (!path.startsWith('/')) return null;
        const inside = path.slice(1);
        return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
      },
    );
    expect(broken).toEqual([]);
  });
});

describe('the offline package', () => {
  const zip = unzipSync(readFileSync('dist/download/gongzuo-yaodian-offline.zip'));
  const prefix = 'gongzuo-yaodian/';
  const names = new Set(Object.keys(zip).map((n) => n.slice(prefix.length)));
  const pages = new Map(
    [...names].filter((n) => n.endsWith('.html')).map((n) => [n, parse(new TextDecoder().decode(zip[prefix + n]))]),
  );

  it('has no broken relative link or anchor, and no link that needs a server', () => {
    const needServer: string[] = [];
    const broken = brokenLinks(
      pages,
      (f) => names.has(f),
      (from, path) => {
        if (path.startsWith('/')) {
          needServer.push(`${from}: ${path}`);
          return null;
        }
        return posix.normalize(posix.join(posix.dirname(from), path));
      },
    );
    expect(needServer).toEqual([]);
    expect(broken).toEqual([]);
  });
});
