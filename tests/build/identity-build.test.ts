/**
 * Issue 14 on a copy of the real site: a published unit that shifts or
 * changes a character is refused with the message staff read (golden), and
 * each declared form then builds, telling readers what changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { changedSeed, CORRECTED_ON, printedRefusal, RENUMBERED_ON } from '../support/changed-seed.ts';
import { matchGolden } from '../support/golden.ts';
import { parseRegistry } from '../../src/model/registry.ts';

const GOLDEN = 'tests/fixtures/registry-refusals';

describe('a published unit whose text changed without a declaration', () => {
  it('is refused when a clause inserted before (九) shifts (九) and (十)', () => {
    const build = buildSite(changedSeed({ shift: true }));
    expect(build.ok).toBe(false);
    matchGolden(join(GOLDEN, 'shifted-clause.txt'), printedRefusal(build.output, build.contentRoot));
    // A local build never accepts changed text by itself: the registry is left as committed.
    expect(readFileSync(join(build.contentRoot, 'registry/published.json'), 'utf8')).toBe(readFileSync('content/registry/published.json', 'utf8'));
  });

  it('is refused when 每月开展2次 becomes 每月开展3次', () => {
    const build = buildSite(changedSeed({ moreOften: true }));
    expect(build.ok).toBe(false);
    matchGolden(join(GOLDEN, 'changed-character.txt'), printedRefusal(build.output, build.contentRoot));
    expect(readFileSync(join(build.contentRoot, 'registry/published.json'), 'utf8')).toBe(readFileSync('content/registry/published.json', 'utf8'));
  });

  it('is refused in CI even when declared, until a local build has recorded the declaration', () => {
    const build = buildSite(changedSeed({ moreOften: true, declare: true, shift: true }), { env: { CI: '1' } });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${build.contentRoot}/registry/published.json: 登记表没有跟上内容`);
    expect(build.output).toContain('jiceng-zuzhi-jianshe#1-2 勘误（2017-05-02）');
  });
});

describe('the same changes, declared, with the yearly fixture pair beside them', () => {
  const build = buildSite(changedSeed({ shift: true, moreOften: true, declare: true, yearly: true }));
  const page = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

  it('build, and the build records the declarations in the registry', () => {
    expect(build.ok, build.output).toBe(true);
    const registry = parseRegistry(JSON.parse(readFileSync(join(build.contentRoot, 'registry/published.json'), 'utf8')));
    const seed = registry['jiceng-zuzhi-jianshe'] ?? {};
    expect(seed['1-9']?.history).toEqual([expect.objectContaining({ until: RENUMBERED_ON, change: 'renumbered', place: '第一部分第（九）条', now: '1-10' })]);
    expect(seed['1-10']?.history).toEqual([expect.objectContaining({ until: RENUMBERED_ON, change: 'renumbered', place: '第一部分第（十）条', now: '1-11' })]);
    expect(seed['1-11']).toMatchObject({ path: '/jiceng-zuzhi-jianshe/1-11/', place: '第一部分第（十一）条' });
    expect(seed['1-2']?.history).toEqual([expect.objectContaining({ until: CORRECTED_ON, change: 'corrected', place: '第一部分第（二）条' })]);
  });

  it('tell a reader at the old number that it now holds other text, and where that text is', () => {
    const html = page('jiceng-zuzhi-jianshe/1-9/index.html');
    expect(html).toContain('自 2017-03-01 起，本编号指向新内容；此前的第一部分第（九）条现为第一部分第（十）条');
    expect(html).toContain('href="/jiceng-zuzhi-jianshe/1-10/?v=2017-03-01"');
    expect(page('jiceng-zuzhi-jianshe/index.html')).toContain('此前的第一部分第（十）条现为第一部分第（十一）条');
  });

  it('give links copied from now on the edition they were copied under', () => {
    expect(page('jiceng-zuzhi-jianshe/1-6/index.html')).toContain('data-url="/jiceng-zuzhi-jianshe/1-6/?v=2017-03-01#1-6-2"');
  });

  it('keep the corrected unit’s previous wording readable on its page and in data.json', () => {
    const html = page('jiceng-zuzhi-jianshe/1-2/index.html');
    expect(html).toContain('<summary>勘误（2017-05-02）</summary>');
    expect(html).toMatch(/此前的文字：[\s\S]*每月开展2次党员远程教育培训/);
    const data = JSON.parse(page('jiceng-zuzhi-jianshe/data.json')) as { edition: string; parts: { children: { id: string; text: string; corrections: { date: string; previous: string }[] }[] }[] };
    const clause = data.parts[0]?.children.find((c) => c.id === '1-2');
    expect(data.edition).toBe(RENUMBERED_ON);
    expect(clause?.text).toContain('每月开展3次');
    expect(clause?.corrections).toEqual([expect.objectContaining({ date: CORRECTED_ON, reason: '网页转载件误作“每月开展2次”，据原件更正。' })]);
    expect(clause?.corrections[0]?.previous).toContain('每月开展2次党员远程教育培训');
  });

  it('put the comparison page, and only for the document with a predecessor, in the service worker and the offline package', () => {
    const sw = readFileSync(join(build.outDir, 'sw.js'), 'utf8');
    expect(sw).toContain('"/demo-yaodian-2017/compare/index.html"');
    expect(existsSync(join(build.outDir, 'demo-yaodian-2016/compare'))).toBe(false);
    expect(existsSync(join(build.outDir, 'jiceng-zuzhi-jianshe/compare'))).toBe(false);
    const zip = unzipSync(readFileSync(join(build.outDir, 'download/gongzuo-yaodian-offline.zip')));
    expect(Object.keys(zip).some((f) => f.endsWith('demo-yaodian-2017/compare/index.html'))).toBe(true);
  });
});
