/**
 * A requirement's value in the reader's words, from the model's fields.
 *
 *   { per: '月', comparator: '=', amount: 2, unit: '次' }         → '每月 2 次'
 *   { comparator: '≥', amount: 200, unit: '人次', counts: '党员' } → '≥ 200 人次（党员）'
 *   { by: 'day-5', per: '月' }                                     → '每月5日前'
 *   { by: 'after:任职', amount: 3, unit: '个月' }                  → '任职后3个月内'
 *   { by: 'Q1' }                                                   → '第一季度'
 *   { lead: true, before: '活动举办', amount: 7, unit: '个工作日' }   → '活动举办前7个工作日'
 */
import type { Requirement, RequirementValue } from '../model/requirements.ts';
import { ui } from '../i18n/zh-CN.ts';

const words = ui.valueWords;

/** A deadline's `by` as a reader says it: 03-31 → 3月31日前, 12-end → 12月底前. */
export function deadlineWords(v: RequirementValue): string {
  const by = v.by ?? '';
  const every = v.per ? words.every(v.per) : '';
  if (v.lead) return words.leadTime(v.before ?? '', `${v.amount ?? ''}${v.unit ?? v.measure ?? ''}`);
  // 重大情况2小时内报…: a limit whose start the text leaves to the reader.
  if (!by && v.amount !== undefined) return words.within(`${v.amount}${v.unit ?? v.measure ?? ''}`);
  const after = /^after:(.+)$/u.exec(by);
  if (after) {
    // Recurring: 每学期 + 开学后…; 每 + 季度结束后… (the event already names the period).
    const event = after[1] ?? '';
    const lead = v.per ? (event.startsWith(v.per) ? words.every('') : every) : '';
    return `${lead}${words.afterEvent(event, `${v.amount ?? ''}${v.unit ?? ''}`)}`;
  }
  if (by === 'year-end') return words.yearEnd;
  if (by === 'within-year') return words.withinYear;
  const half = /^(?:(\d{4})-)?H([12])$/u.exec(by);
  if (half) return `${every}${half[1] ? words.year(half[1]) : ''}${words.half(half[2] === '1')}`;
  const quarter = /^Q([1-4])$/u.exec(by);
  if (quarter) return `${every}${words.quarters[Number(quarter[1])] ?? by}`;
  const day = /^day-(\d+)$/u.exec(by);
  if (day) return words.dayBy(every, day[1] ?? '');
  const date = /^(?:(\d{4}|next)-)?(\d{2})-(\d{2}|end)$/u.exec(by);
  const year = date?.[1] === 'next' ? words.nextYear : date?.[1] ? words.year(date[1]) : '';
  if (date) return words.dateBy(every, year, Number(date[2]), date[3] === 'end' ? 'end' : Number(date[3]));
  return by;
}

/** The figure with its comparator and unit: ≥ 2 小时, 2–3 次, 90%. */
function figure(v: RequirementValue): string {
  const amount = v.comparator === 'range' ? `${v.amount}–${v.max}` : `${v.amount ?? ''}`;
  const sign = v.comparator === '≥' ? '≥ ' : v.comparator === '≤' ? '≤ ' : '';
  const word = v.unit ?? v.measure;
  const unit = !word ? '' : word === '%' ? '%' : ` ${word}`;
  return `${v.approximate ? words.approximate : ''}${sign}${amount}${unit}`;
}

export function valueLabel(r: Requirement): string {
  const v = r.value;
  if (r.unread) return ui.reqUnread(r.match, r.unread);
  if (r.kind === 'coverage') return ui.reqCoverage(r.match);
  if (!v || !r.quantified) return ui.reqUnquantified(r.match);
  if (r.kind === 'deadline') return deadlineWords(v);
  if (r.kind === 'occasion') return v.occasion ?? r.match;
  // A count says what it counts (2 期（党务干部培训班）): two figures in one phrase must not look alike.
  // 每学期 alone when the text gives no number of times.
  return `${[v.per ? words.every(v.per) : '', figure(v)].filter(Boolean).join(' ')}${v.counts ? ui.parens(v.counts) : ''}`;
}
