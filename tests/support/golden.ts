/**
 * Golden files: compare with the committed expectation, or rewrite it when
 * run with UPDATE_GOLDEN=1 (then review the diff before committing). A
 * missing golden file is a failure, never one the test writes for itself.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export function matchGolden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file missing: ${file} (write it by hand, or run with UPDATE_GOLDEN=1 and review it)`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
