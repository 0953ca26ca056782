/** The golden helper fails on a missing golden instead of writing it. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchGolden, MissingGoldenError } from '../support/golden.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'golden-'));

describe('golden files', () => {
  it('fail when the golden is missing, and do not create it', () => {
    const file = join(scratch(), 'expected.txt');
    expect(() => matchGolden(file, 'anything\n', {})).toThrow(MissingGoldenError);
    expect(existsSync(file)).toBe(false);
  });

  it('fail when missing even in CI-less runs with UPDATE_GOLDEN set to anything but 1', () => {
    const file = join(scratch(), 'expected.txt');
    expect(() => matchGolden(file, 'anything\n', { UPDATE_GOLDEN: 'true' })).toThrow(MissingGoldenError);
    expect(existsSync(file)).toBe(false);
  });

  it('are written only with UPDATE_GOLDEN=1', () => {
    const file = join(scratch(), 'expected.txt');
    matchGolden(file, 'new\n', { UPDATE_GOLDEN: '1' });
    expect(readFileSync(file, 'utf8')).toBe('new\n');
  });

  it('fail when the output differs from the golden', () => {
    const file = join(scratch(), 'expected.txt');
    writeFileSync(file, 'old\n');
    expect(() => matchGolden(file, 'new\n', {})).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old\n');
  });
});
