/** Values in the reader's words, as the /requirements/ rows show them. */
import { describe, expect, it } from 'vitest';
import type { Requirement } from '../../src/model/requirements.ts';
import { deadlineWords, valueLabel } from '../../src/views/requirement-words.ts';

const row = (over: Partial<Requirement>): Requirement => ({ id: 'x:1', unitId: 'x' as Requirement['unitId'], kind: 'count', phrase: '', match: '', value: null, who: null, whoFrom: null, target: null, quantified: true, unread: null, source: 'rules', ...over });

describe('deadlines in words', () => {
  it.each([
    [{ by: '03-31' }, '3月31日前'], [{ by: '2017-03-31' }, '2017年3月31日前'], [{ by: '12-end' }, '12月底前'], [{ by: '2019-12-end' }, '2019年12月底前'],
    [{ by: 'year-end' }, '年底前'], [{ by: 'within-year' }, '年内'], [{ by: 'H1' }, '上半年'], [{ by: 'Q1' }, '第一季度'],
    [{ by: 'day-5', per: '月' }, '每月5日前'], [{ by: '12-end', per: '年' }, '每年12月底前'], [{ by: 'after:任职', amount: 3, unit: '个月' }, '任职后3个月内'], [{ lead: true as const, before: '活动举办', amount: 7, unit: '个工作日' }, '活动举办前7个工作日'], [{ lead: true as const, amount: 3, unit: '天' }, '提前3天'], [{ amount: 2, unit: '小时' }, '2小时内'],
    [{ by: 'next-01-end' }, '次年1月底前'], [{ by: 'H1', per: '年' }, '每年上半年'], [{ by: 'Q1', per: '年' }, '每年第一季度'],
    [{ by: 'after:开学', amount: 1, unit: '个月', per: '学期' }, '每学期开学后1个月内'], [{ by: 'after:季度结束', amount: 10, unit: '天', per: '季度' }, '每季度结束后10天内'],
  ])('%o → %s', (value, words) => expect(deadlineWords(value)).toBe(words));
});

describe('value labels', () => {
  it('say which class a count counts', () => {
    expect(valueLabel(row({ match: '2期', value: { comparator: '=', amount: 2, unit: '期', counts: '党务干部培训班' } }))).toBe('2 期（党务干部培训班）');
  });
  it('give the period alone when the text gives no number of times', () => {
    expect(valueLabel(row({ kind: 'frequency', match: '每学期开展团员民主评议', value: { per: '学期' } }))).toBe('每学期');
  });
  it('keep an estimate an estimate', () => {
    expect(valueLabel(row({ match: '10个左右', value: { comparator: '=', amount: 10, approximate: true, unit: '个', counts: '年度课题' } }))).toBe('约 10 个（年度课题）');
  });
  it('invent no unit', () => {
    expect(valueLabel(row({ kind: 'frequency', match: '每月一主题', value: { per: '月', comparator: '=', amount: 1, counts: '主题' } }))).toBe('每月 1（主题）');
  });
  it('say in plain words what could not be read, with the exact words and no number', () => {
    expect(valueLabel(row({ kind: 'count', match: '两三次', value: null, unread: '原文是约数，没有给出确切数字' }))).toBe('未能读全（原文“两三次”）：原文是约数，没有给出确切数字');
  });
  it('name a figure without a number as not quantified', () => {
    expect(valueLabel(row({ kind: 'frequency', match: '定期', quantified: false }))).toBe('没写具体数字（原文“定期”）');
  });
});
