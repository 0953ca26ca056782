import { describe, expect, it } from 'vitest';
import { planQuery, scoreCandidate, type Candidate } from '../../src/search/rank.ts';
import { preferSmallestUnit } from '../../src/search/smallest-unit.ts';

const item3 = '三是做好党费测算收缴等工作。各学校要准确做好党费测算及收缴工作。';
const item2 = '二是认真执行发展党员各项制度。组织党务干部培训班2期。';
const clause: Candidate = { kind: 'clause', title: '(六)抓好党员教育和管理工作', text: `(六)抓好党员教育和管理工作。开展“查、摆、议”活动。${item2}${item3}`, keywords: '' };
const sub = (text: string): Candidate => ({ kind: 'clause', title: text.slice(0, text.indexOf('。')), text, keywords: '' });

function rank(query: string) {
  const plan = planQuery(query, []);
  const records = [
    { key: 'doc#1-6', candidate: clause },
    { key: 'doc#1-6-2', candidate: sub(item2) },
    { key: 'doc#1-6-3', candidate: sub(item3) },
    { key: 'other#1-6-3', candidate: sub(item3) },
  ].map((r) => ({ ...r, kind: 'clause', score: scoreCandidate(plan, r.candidate) }));
  return preferSmallestUnit(plan, records)
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((r) => r.key);
}

describe('landing on the smallest unit that answers', () => {
  it('lets the item holding all the evidence stand in for its clause', () => {
    expect(rank('党费怎么收缴')[0]).toBe('doc#1-6-3');
    expect(rank('党费怎么收缴')).not.toContain('doc#1-6');
  });

  it('keeps the clause when it answers outside its items', () => {
    expect(rank('查摆议活动')[0]).toBe('doc#1-6');
  });

  it('keeps the clause when the evidence is spread over two of its items', () => {
    expect(rank('培训班 党费')[0]).toBe('doc#1-6');
  });

  it('weighs an item only against a clause of its own document', () => {
    expect(rank('党费怎么收缴')).toContain('other#1-6-3');
  });
});
