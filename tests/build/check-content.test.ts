/**
 * `npm run check:content` (src/check/cli.ts) on every malformed content
 * folder: it exits non-zero and prints exactly the committed report, every
 * problem of every file as file:line:column, the problem, the fix and the
 * rule, with no stack trace. On the real content it passes.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchGolden } from '../support/golden.ts';

const ROOT = 'tests/fixtures/bad-content';

function check(contentRoot: string) {
  const run = spawnSync(process.execPath, ['src/check/cli.ts'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: contentRoot, CI: '' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check:content', () => {
  it('passes the real content', () => {
    const run = check('content');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^内容检查通过：\d+ 份文件、\d+ 个提法。\n$/u);
  });

  it.each(readdirSync(ROOT).sort())('reports %s exactly, and fails', (name) => {
    const run = check(join(ROOT, name));
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/^\s+at /mu);
    matchGolden(join(ROOT, name, 'expected-report.txt'), run.stderr);
  });

  it('reports all three problems of one file in one run', () => {
    const lines = check(join(ROOT, 'three-problems')).stderr.split('\n').filter((l) => l.startsWith(ROOT));
    expect(lines.map((l) => /:(\d+):\d+: .+ \[([a-z/-]+)\]$/u.exec(l)?.slice(1))).toEqual([
      ['9', 'numbering/gap'],
      ['10', 'numbering/duplicate'],
      ['11', 'numbering/unknown-marker'],
    ]);
  });
});
