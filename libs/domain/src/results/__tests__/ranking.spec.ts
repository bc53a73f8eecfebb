import { describe, expect, it } from 'vitest';
import { quartileGroup, rankCompetition } from '../ranking.js';

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

describe('quartileGroup', () => {
  it.each([
    [1, 63, 1],
    [16, 63, 1],
    [17, 63, 2],
    [32, 63, 2],
    [33, 63, 3],
    [48, 63, 3],
    [49, 63, 4],
    [63, 63, 4],
    [1, 1, 1],
    [2, 2, 3],
  ])('puts rank %i of %i in group %i', (rank, count, group) => {
    expect(quartileGroup(rank, count)).toBe(group);
  });
});
