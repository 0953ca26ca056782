import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBody, readBody, type Outline } from '../../src/body/parse.ts';
import { ContentError } from '../../src/model/errors.ts';
import type { Unit } from '../../src/model/types.ts';
import { unitsOf } from '../../src/model/walk.ts';
import { matchGolden } from '../support/golden.ts';

const root = 'tests/fixtures/numbering';
const cases = (kind: 'good' | 'bad') => readdirSync(join(root, kind)).sort();

/** One line per part of the outline; units as ID, kind, line, marker | title | text. */
function summary(outline: Outline): string {
  const line = (u: Unit) => `${u.id.padEnd(8)} ${u.kind.padEnd(10)} L${u.line} ${u.marker} | ${u.title} | ${u.text.replaceAll('\n', '⏎')}`;
  return [
    `structure ${outline.structure}, pages at level ${outline.pageLevel}`,
    ...(outline.addressee ? [`addressee L${outline.addressee.line} | ${outline.addressee.text}`] : []),
    ...outline.preamble.map((r) => `preamble L${r.line} | ${r.text}`),
    ...[...unitsOf(outline.parts)].map(line),
    ...outline.attachments.map((a) => `attachment L${a.line} | ${a.text}`),
    ...(outline.signature ? [`signature L${outline.signature.line} | ${outline.signature.issuers.join(' / ')} | ${outline.signature.date} | ${outline.signature.isoDate}`] : []),
    ...outline.closing.map((c) => `closing L${c.line} | ${c.text}`),
  ].join('\n') + '\n';
}

const bodyLinesOf = (input: string) => input.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).map((l) => l.trim()).filter(Boolean);

describe('body reader, good documents', () => {
  for (const name of cases('good')) {
    it(`reads the outline of ${name}`, () => {
      const dir = join(root, 'good', name);
      const input = readFileSync(join(dir, 'input.md'), 'utf8');
      matchGolden(join(dir, 'expected.txt'), summary(parseBody(input, { file: `${dir}/input.md`, lineOffset: 0 })));
    });
  }

  it('keeps every character: the body rebuilds the input exactly, and what follows it is kept as written', () => {
    for (const name of cases('good')) {
      const input = readFileSync(join(root, 'good', name, 'input.md'), 'utf8');
      const outline = parseBody(input, { file: name, lineOffset: 0 });
      const body = [...(outline.addressee ? [outline.addressee.text] : []), ...outline.preamble.map((r) => r.text), ...outline.parts.map((p) => p.text)].join('\n');
      const lines = bodyLinesOf(input);
      const bodyLineCount = body === '' ? 0 : body.split('\n').length;
      expect(body, name).toBe(lines.slice(0, bodyLineCount).join('\n'));
      const tail = [...outline.attachments.map((a) => a.text), ...(outline.signature ? [...outline.signature.issuers, outline.signature.date ?? ''] : []), ...outline.closing.map((c) => c.text)];
      for (const piece of tail) expect(lines.slice(bodyLineCount).some((l) => l.includes(piece)), `${name}: ${piece}`).toBe(true);
    }
  });
});

describe('body reader, malformed documents', () => {
  for (const name of cases('bad')) {
    it(`rejects ${name} with file:line:column, the problem, the fix and the rule`, () => {
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
      for (const line of message.split('\n')) expect(line).toMatch(new RegExp(`^${file.replaceAll('/', '\\/')}:\\d+:\\d+: .+处理：.+ \\[[a-z-]+\\/[a-z-]+\\]$`));
      matchGolden(join(dir, 'expected-error.txt'), `${message}\n`);
    });
  }

  it('reports all three problems of a file in one run', () => {
    const { problems } = readBody(readFileSync(join(root, 'bad', 'three-problems', 'input.md'), 'utf8'), { file: 'x.md', lineOffset: 0 });
    expect(problems.map((p) => [p.line, p.ruleId])).toEqual([
      [3, 'numbering/gap'],
      [4, 'numbering/duplicate'],
      [5, 'numbering/unknown-marker'],
    ]);
  });
});

describe('irregular numbering the original really has', () => {
  const body = '一、总则\n（一）第一条。\n（三）第三条。\n（三）又一个第三条。\n（四）第四条。';

  it('is accepted where the frontmatter declares it, with IDs that stay unique', () => {
    const { outline, problems } = readBody(body, {
      file: 'x.md',
      lineOffset: 0,
      irregular: [
        { line: 3, reason: '原件缺（二）。' },
        { line: 4, reason: '原件两个（三）。' },
      ],
    });
    expect(problems).toEqual([]);
    expect([...unitsOf(outline.parts)].map((u) => [u.id, u.marker])).toEqual([
      ['1', '一、'],
      ['1-1', '（一）'],
      ['1-3', '（三）'],
      ['1-4', '（三）'],
      ['1-5', '（四）'],
    ]);
    expect(outline.irregularities.map((i) => [i.line, i.unitId, i.noted, i.reason])).toEqual([
      [3, '1-3', '原件“（一）”之后即是“（三）”', '原件缺（二）。'],
      [4, '1-4', '原件此处再次出现“（三）”', '原件两个（三）。'],
    ]);
  });

  it('reports a declaration whose line has nothing irregular', () => {
    const { problems } = readBody('一、总则\n（一）第一条。', { file: 'x.md', lineOffset: 0, irregular: [{ line: 2, reason: '误报' }] });
    expect(problems.map((p) => [p.line, p.ruleId])).toEqual([[2, 'irregular/unused']]);
  });

  it('reports an empty body', () => {
    const { problems } = readBody('\n\r\n　\n', { file: 'x.md', lineOffset: 6 });
    expect(problems.map((p) => [p.line, p.ruleId])).toEqual([[7, 'body/empty']]);
  });
});
