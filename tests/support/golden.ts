/**
 * Golden files: compare with the committed expectation. A missing golden is
 * a failure, locally and in CI alike; only an explicit UPDATE_GOLDEN=1
 * (re)writes it, and then the diff is reviewed before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export class MissingGoldenError extends Error {}

export function matchGolden(file: string, actual: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new MissingGoldenError(`golden file missing: ${file}. A golden is never written by the test itself: run with UPDATE_GOLDEN=1, review the new file, then commit it.`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
