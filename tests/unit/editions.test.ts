import { describe, expect, it } from 'vitest';
import { currentEdition, resolveUnitId, withEdition } from '../../src/model/editions.ts';

const restored = { date: '2017-03-01', moves: { '1-9': '1-10', '1-10': '1-11' } };
const dropped = { date: '2018-02-01', moves: { '1-11': '1-10', '1-3': '1-2' } };

describe('links across renumberings', () => {
  it.each([
    ['1-9', undefined, '1-10', 'an unmarked link means the numbering before any renumbering'],
    ['1-9-2', undefined, '1-10-2', 'units below a clause move with it'],
    ['1-10', undefined, '1-10', 'one renumbering moves each ID once, not along a chain: 1-10 → 1-11, then 2018 brings 1-11 → 1-10'],
    ['1-9', '2017-03-01', '1-9', 'a link copied under the 2017 edition means the restored clause'],
    ['1-10', '2017-03-01', '1-10', 'not moved in 2018'],
    ['1-11', '2017-03-01', '1-10', 'moved in 2018'],
    ['1-9', '2018-02-01', '1-9', 'the present edition resolves to itself'],
    ['1-90', undefined, '1-90', 'an ID that merely starts with the same digits is not below the moved one'],
  ])('%s under %s is now %s (%s)', (id, edition, now, _why) => {
    expect(resolveUnitId(id, edition, [dropped, restored])).toBe(now);
  });

  it('names the present edition by the latest renumbering', () => {
    expect(currentEdition([])).toBeNull();
    expect(currentEdition([dropped, restored])).toBe('2018-02-01');
  });

  it('puts the edition before the fragment, and nothing for a document never renumbered', () => {
    expect(withEdition('/doc/1-6/#1-6-2', '2017-03-01')).toBe('/doc/1-6/?v=2017-03-01#1-6-2');
    expect(withEdition('/doc/1-6/', null)).toBe('/doc/1-6/');
  });
});
