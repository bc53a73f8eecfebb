import type { RankingRow } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { filterRanking, hasPreviousYear, nextRankingSort, rankMoveOf, scaleChanged, sortRanking } from './ranking-table';

const row = (id: number, fullName: string, value: number, rank: number, previousRank: number | null, extra: Partial<RankingRow> = {}): RankingRow => ({
  unit: { id, code: String(id), name: fullName.replace(/^(Tỉnh|Thành phố) /, ''), fullName },
  value,
  rank,
  previousRank,
  rankChange: previousRank === null ? null : previousRank - rank,
  group: null,
  publishedRank: null,
  grade: null,
  simulated: false,
  ...extra,
});

const items = [
  row(33, 'Tỉnh Hưng Yên', 44.1, 2, 5, { group: 1 }),
  row(1, 'Thành phố Hà Nội', 45.3, 1, 1, { group: 1 }),
  row(2, 'Tỉnh Hà Giang', 40.62, 3, 2, { group: 2 }),
  row(4, 'Tỉnh Đắk Lắk', 39, 4, null, { group: null }),
];

describe('filterRanking', () => {
  it('finds units typed without diacritics, by name or code', () => {
    expect(filterRanking(items, 'hung yen').map((item) => item.unit.id)).toEqual([33]);
    expect(filterRanking(items, 'DAK LAK').map((item) => item.unit.id)).toEqual([4]);
    expect(filterRanking(items, 'ha').map((item) => item.unit.id)).toEqual([1, 2]);
    expect(filterRanking(items, '33')).toHaveLength(1);
    expect(filterRanking(items, '  ')).toHaveLength(4);
  });
});

describe('sortRanking', () => {
  const ids = (rows: RankingRow[]) => rows.map((item) => item.unit.id);

  it('orders by rank, score, name or change, rows without a value last', () => {
    expect(ids(sortRanking(items, { key: 'rank', direction: 'ascending' }))).toEqual([1, 33, 2, 4]);
    expect(ids(sortRanking(items, { key: 'value', direction: 'ascending' }))).toEqual([4, 2, 33, 1]);
    expect(ids(sortRanking(items, { key: 'unit', direction: 'ascending' }))).toEqual([1, 4, 2, 33]);
    // Climbed 3, stayed, fell 1; Đắk Lắk was not ranked the year before.
    expect(ids(sortRanking(items, { key: 'change', direction: 'descending' }))).toEqual([33, 1, 2, 4]);
    expect(ids(sortRanking(items, { key: 'change', direction: 'ascending' }))).toEqual([2, 1, 33, 4]);
    expect(ids(sortRanking(items, { key: 'group', direction: 'descending' }))).toEqual([2, 1, 33, 4]);
  });

  it('sorts a new column in its natural direction and turns the same one around', () => {
    expect(nextRankingSort({ key: 'rank', direction: 'ascending' }, 'value')).toEqual({ key: 'value', direction: 'descending' });
    expect(nextRankingSort({ key: 'rank', direction: 'ascending' }, 'unit')).toEqual({ key: 'unit', direction: 'ascending' });
    expect(nextRankingSort({ key: 'rank', direction: 'ascending' }, 'rank')).toEqual({ key: 'rank', direction: 'descending' });
  });
});

describe('rank change', () => {
  it('says how a unit moved', () => {
    expect(rankMoveOf({ rankChange: 3 })).toEqual({ kind: 'up', places: 3 });
    expect(rankMoveOf({ rankChange: -1 })).toEqual({ kind: 'down', places: 1 });
    expect(rankMoveOf({ rankChange: 0 })).toEqual({ kind: 'same' });
    expect(rankMoveOf({ rankChange: null })).toEqual({ kind: 'new' });
  });

  it('knows whether there is a year before, and whether its scale was the same', () => {
    expect(hasPreviousYear(items)).toBe(true);
    expect(hasPreviousYear([items[3]!])).toBe(false);
    expect(scaleChanged('PAPI 2018–2020 (8 chỉ số nội dung)', 'PAPI 2011–2017 (6 chỉ số nội dung)')).toBe(true);
    expect(scaleChanged('PAPI 2018–2020 (8 chỉ số nội dung)', 'PAPI 2018–2020 (8 chỉ số nội dung)')).toBe(false);
    expect(scaleChanged('PAPI 2011–2017 (6 chỉ số nội dung)', null)).toBe(false);
  });
});
