import { describe, expect, it } from 'vitest';
import { quartileGrouping, rankCompetition } from '../ranking.js';

describe('rankCompetition', () => {
  it('ranks best first, tied values sharing the best rank and the next rank skipping', () => {
    const ranked = rankCompetition([
      { key: 'c', value: 40 },
      { key: 'a', value: 45.5 },
      { key: 'b', value: 40 },
      { key: 'd', value: 38 },
    ]);
    expect(ranked.map((entry) => [entry.key, entry.rank])).toEqual([
      ['a', 1],
      ['c', 2],
      ['b', 2],
      ['d', 4],
    ]);
  });

  it('ranks the lowest first when lower is better', () => {
    expect(rankCompetition([{ key: 'x', value: 3 }, { key: 'y', value: 1 }], false).map((entry) => entry.key)).toEqual(['y', 'x']);
  });

  it('returns nothing for nothing', () => {
    expect(rankCompetition([])).toEqual([]);
  });
});

describe('quartileGrouping', () => {
  it('groups scores by the quartiles of the year’s scores, best quarter first', () => {
    const groupOf = quartileGrouping([1, 2, 3, 4, 5, 6, 7, 8]);
    // q1 = 2.75, median = 4.5, q3 = 6.25
    expect([8, 7, 6, 5, 4, 3, 2, 1].map(groupOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('puts a score exactly on a cut-off in the better group', () => {
    const groupOf = quartileGrouping([1, 2, 3, 4, 5]);
    // q1 = 2, median = 3, q3 = 4
    expect([5, 4, 3, 2, 1].map(groupOf)).toEqual([1, 1, 2, 3, 4]);
  });

  it('turns the order round when lower is better', () => {
    const groupOf = quartileGrouping([1, 2, 3, 4, 5, 6, 7, 8], false);
    expect([1, 8].map(groupOf)).toEqual([1, 4]);
  });

  it('gives a lone unit the best group', () => {
    expect(quartileGrouping([42])(42)).toBe(1);
  });
});
