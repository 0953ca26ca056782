/**
 * A document slug must never take a name the site itself serves at
 * `/<name>/`: every top-level page and build output is reserved, and the
 * importer never proposes or accepts one.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reservedSlugs } from '../../src/data/reserved-slugs.ts';
import { proposeSlug, uniqueSlug } from '../../src/import/slug.ts';

describe('reserved slugs', () => {
  it('include every top-level route in src/pages and the build outputs beside them', () => {
    const routes = readdirSync('src/pages')
      .filter((name) => !name.startsWith('['))
      .map((name) => name.replace(/\..*$/u, ''));
    expect(routes.length).toBeGreaterThan(5);
    for (const name of [...routes, 'pagefind', 'offline', '_astro', 'download']) expect(reservedSlugs(), name).toContain(name);
  });
});

describe('proposeSlug', () => {
  it('makes the seed’s slug from its title, as it was made by hand', () => {
    expect(proposeSlug('教育工委基层组织建设工作要点', '教育工委', new Set())).toBe('jiceng-zuzhi-jianshe');
  });

  it('takes the subject out of a 关于印发《…》的通知 and keeps the year', () => {
    expect(proposeSlug('关于印发《2017年全市教育系统党建工作要点》的通知', '中共某市教育工作委员会', new Set())).toMatch(/^2017-/u);
  });

  it('is unique among the documents and never a site route', () => {
    expect(uniqueSlug('jiceng-zuzhi-jianshe', new Set(['jiceng-zuzhi-jianshe']))).toBe('jiceng-zuzhi-jianshe-2');
    expect(uniqueSlug('search', new Set())).toBe('search-2');
    expect(uniqueSlug('download', new Set(['download-2']))).toBe('download-3');
  });
});
