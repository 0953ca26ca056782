/**
 * A copy of the real content with the changes issue 14 tried by hand: a clause
 * inserted before (九) in part 一 (so (九), (十) become (十), (十一)), and
 * 每月开展2次 changed to 每月开展3次 in a published clause; optionally with
 * the declarations that allow them, and the yearly fixture pair added. For
 * build and browser tests only: none of this is ever published as content.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SEED_FILE = 'documents/jiceng-zuzhi-jianshe.md';
/** The clause "restored" before (九) in the tests (invented for the test). */
export const INSERTED_CLAUSE = '(九)加强离退休教职工党员的教育管理。定期走访慰问离退休党员,每季度通报1次党建工作情况。';
export const RENUMBERED_ON = '2017-03-01';
export const CORRECTED_ON = '2017-05-02';

const DECLARATIONS = `renumbered:
  - date: ${RENUMBERED_ON}
    reason: 网页转载件漏了原件第一部分第（九）条，现据原件补上，其后各条顺延。
    moves: { "1-9": "1-10", "1-10": "1-11" }
corrections:
  - unit: "1-2"
    date: ${CORRECTED_ON}
    reason: 网页转载件误作“每月开展2次”，据原件更正。
`;

export interface SeedChanges {
  shift?: boolean;
  moreOften?: boolean;
  declare?: boolean;
  yearly?: boolean;
}

export function changedSeed(changes: SeedChanges): string {
  const root = mkdtempSync(join(tmpdir(), 'yaodian-seed-'));
  cpSync('content', root, { recursive: true });
  const file = join(root, SEED_FILE);
  let text = readFileSync(file, 'utf8');
  if (changes.shift) {
    text = replaceOnce(text, '\n(十)抓好民办幼儿园', '\n(十一)抓好民办幼儿园');
    text = replaceOnce(text, '\n(九)深入实施“三名”工程', `\n${INSERTED_CLAUSE}\n(十)深入实施“三名”工程`);
  }
  if (changes.moreOften) text = replaceOnce(text, '每月开展2次党员远程教育培训', '每月开展3次党员远程教育培训');
  if (changes.declare) text = replaceOnce(text, '\n---\n', `\n${DECLARATIONS}---\n`);
  writeFileSync(file, text);
  if (changes.yearly) cpSync('tests/fixtures/sites/yearly/documents', join(root, 'documents'), { recursive: true });
  if (changes.yearly) cpSync('tests/fixtures/sites/yearly/terms', join(root, 'terms'), { recursive: true });
  return root;
}

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`expected exactly one "${from}" in the seed`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The refusal as a build prints it, with the temporary content root named `content` as a maintainer sees it. */
export function printedRefusal(output: string, contentRoot: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${contentRoot}/`));
  if (start === -1) return '';
  const end = lines.findIndex((l, i) => i > start && /^\s*(Hint|Location|Stack trace):/.test(l));
  return `${lines
    .slice(start, end === -1 ? undefined : end)
    .join('\n')
    .replaceAll(contentRoot, 'content')
    .trimEnd()}\n`;
}
