import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/body/dates.ts';

describe('dates as a 落款 writes them', () => {
  it.each([
    ['2017年2月20日', '2017-02-20'],
    ['２０１７年２月２０日', '2017-02-20'],
    ['二〇一八年三月五日', '2018-03-05'],
    ['二〇二〇年八月二十五日', '2020-08-25'],
    ['二○一五年十二月三十一日', '2015-12-31'],
    ['2017年2月30日', null],
    ['2017年2月', null],
  ])('%s is %s', (written, iso) => expect(isoDate(written)).toBe(iso));
});
