/**
 * The registry's identity check on the real seed: a shift and a changed
 * character are refused; a declaration is recorded once, and excuses exactly
 * the change it declares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identitiesOf } from '../../src/model/fingerprint.ts';
import { reconcile, type DocumentIdentity } from '../../src/model/identity.ts';
import { parseRegistry, type Wording } from '../../src/model/registry.ts';
import { lineOfText } from '../../src/body/document.ts';
import { changedSeed, SEED_FILE } from '../support/changed-seed.ts';
import { loadDocumentFile } from '../support/load-document.ts';

const registry = parseRegistry(JSON.parse(readFileSync('content/registry/published.json', 'utf8')));
const wording = JSON.parse(readFileSync('content/registry/wording.json', 'utf8')) as Wording;

function seedIdentity(root: string): DocumentIdentity {
  const file = join(root, SEED_FILE);
  const doc = loadDocumentFile(file);
  const raw = readFileSync(file, 'utf8');
  return { slug: doc.meta.slug, file, identities: identitiesOf(doc), corrections: doc.meta.corrections ?? [], renumbered: doc.meta.renumbered ?? [], lineOf: (n) => lineOfText(raw, n) };
}

describe('reconciling the seed with its committed registry', () => {
  it('passes the seed as committed, with nothing to record', () => {
    const result = reconcile(registry, wording, [seedIdentity('content')]);
    expect(result.problems).toEqual([]);
    expect(result.updates).toEqual([]);
  });

  it('refuses the shifted units, naming where each registered wording went', () => {
    const { problems } = reconcile(registry, wording, [seedIdentity(changedSeed({ shift: true }))]);
    expect(problems.map((p) => p.message.split('\n')[0]?.replace(/^.*?\.md:\d+: /, ''))).toEqual([
      '已发布的条目 jiceng-zuzhi-jianshe#1-9（第一部分第（九）条）文字变了：',
      '已发布的条目 jiceng-zuzhi-jianshe#1-10（第一部分第（十）条）文字变了：',
    ]);
    expect(problems[0]?.fix).toContain('moves: { "1-9": "1-10", "1-10": "1-11" }');
  });

  it('records declared changes once, after which the same content has nothing new', () => {
    const declared = seedIdentity(changedSeed({ shift: true, moreOften: true, declare: true }));
    const first = reconcile(registry, wording, [declared]);
    expect(first.problems).toEqual([]);
    expect(first.updates).toEqual(expect.arrayContaining(['jiceng-zuzhi-jianshe 编号变动（2017-03-01）：1-9 → 1-10，1-10 → 1-11', 'jiceng-zuzhi-jianshe#1-2 勘误（2017-05-02）', 'jiceng-zuzhi-jianshe#1-11 新登记']));
    const second = reconcile(first.registry, first.wording, [declared]);
    expect(second.problems).toEqual([]);
    expect(second.updates).toEqual([]);
  });

  it('refuses a later change to a corrected unit: a declaration excuses one change, not every change', () => {
    const declared = seedIdentity(changedSeed({ moreOften: true, declare: false }));
    const withCorrection = { ...declared, corrections: [{ unit: '1-2', date: '2017-05-02', reason: '据原件更正' }] };
    const first = reconcile(registry, wording, [withCorrection]);
    expect(first.problems).toEqual([]);
    const edited = { ...withCorrection, identities: withCorrection.identities.map((u) => (u.id === '1-2' ? { ...u, text: 'sha256:other', wording: `${u.wording}又改了` } : u)) };
    const second = reconcile(first.registry, first.wording, [edited]);
    expect(second.problems.map((p) => p.problem.split('\n')[0])).toEqual(['已发布的条目 jiceng-zuzhi-jianshe#1-2（第一部分第（二）条）文字变了：']);
  });

  it('refuses a declared move whose text did not move intact', () => {
    const shifted = seedIdentity(changedSeed({ shift: true }));
    const wrong = { ...shifted, renumbered: [{ date: '2017-03-01', reason: '补入', moves: { '1-9': '1-11', '1-10': '1-10' } }] };
    const { problems } = reconcile(registry, wording, [wrong]);
    expect(problems[0]?.problem).toMatch(/^编号变动（2017-03-01）声明 1-9 → 1-11，但 1-11 的文字与 1-9 登记的原文不同/);
  });
});
