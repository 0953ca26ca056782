/**
 * Every malformed content folder in tests/fixtures/bad-content fails the
 * Astro build itself (not only `npm run check:content`), and the build says
 * which file and line, what is wrong and what to do. Each folder is a whole
 * content root; each line of expected.txt is the start of one reported problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const ROOT = 'tests/fixtures/bad-content';
const cases = readdirSync(ROOT).sort();

describe('malformed content', () => {
  it('has a fixture for every kind of mistake the issue names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s fails the build with file:line, the problem and the fix', (name) => {
    const expected = readFileSync(join(ROOT, name, 'expected.txt'), 'utf8').trim().split('\n');
    const build = buildSite(join(ROOT, name));
    expect(build.ok, build.output).toBe(false);
    for (const start of expected) {
      const line = build.output.split('\n').find((l) => l.includes(start));
      expect(line, build.output).toBeDefined();
      expect(line).toContain(`${build.contentRoot}/${start}`);
      expect(line).toMatch(/处理：.+/);
    }
  });
});
