import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/markdown/pipeline.ts';
import { ContentError } from '../../src/model/errors.ts';
import type { Outline } from '../../src/model/outline.ts';
import type { Unit } from '../../src/model/types.ts';
import { unitsOf } from '../../src/model/walk.ts';
import { matchGolden } from '../support/golden.ts';

const root = 'tests/fixtures/numbering';
const cases = (kind: 'good' | 'bad') => readdirSync(join(root, kind)).sort();

function summary(outline: Outline): string {
  const line = (u: Unit) => `${u.id.padEnd(8)} ${u.kind.padEnd(10)} L${u.line} ${u.marker} | ${u.title} | ${u.text.replaceAll('\n', '⏎')}`;
  return [...outline.preamble.map((r) => `preamble L${r.line} | ${r.text}`), ...[...unitsOf(outline.parts)].map(line)].join('\n') + '\n';
}

describe('numbering parser, good documents', () => {
  for (const name of cases('good')) {
    it(`reads the hierarchy of ${name}`, () => {
      const dir = join(root, 'good', name);
      const input = readFileSync(join(dir, 'input.md'), 'utf8');
      matchGolden(join(dir, 'expected.txt'), summary(parseBody(input, { file: `${dir}/input.md`, lineOffset: 0 })));
    });
  }

  it('keeps every character: the units’ texts rebuild the body exactly', () => {
    for (const name of cases('good')) {
      const input = readFileSync(join(root, 'good', name, 'input.md'), 'utf8');
      const outline = parseBody(input, { file: name, lineOffset: 0 });
      const rebuilt = [...outline.preamble.map((r) => r.text), ...outline.parts.map((p) => p.text)].join('\n');
      expect(rebuilt).toBe(input.split('\n').filter((l) => l.trim()).join('\n'));
    }
  });
});

describe('numbering parser, malformed documents', () => {
  for (const name of cases('bad')) {
    it(`rejects ${name} with file:line and a fix`, () => {
      const dir = join(root, 'bad', name);
      const file = `${dir}/input.md`;
      let error: unknown;
      try {
        parseBody(readFileSync(file, 'utf8'), { file, lineOffset: 0 });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ContentError);
      const message = (error as ContentError).message;
      expect(message).toMatch(new RegExp(`^${file.replaceAll('/', '\\/')}:\\d+: .+处理：.+`));
      matchGolden(join(dir, 'expected-error.txt'), `${message}\n`);
    });
  }
});
