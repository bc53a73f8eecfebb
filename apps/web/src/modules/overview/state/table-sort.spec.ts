import { describe, expect, it } from 'vitest';
import { compareSortValues, nextSort, sortRows } from './table-sort';

const communes = [
  { name: 'Xã Đình Dù', total: 45.454, change: 4 },
  { name: 'Xã Chỉ Đạo', total: 45.0003, change: -3 },
  { name: 'Xã Đại Đồng', total: 43.8843, change: null },
  { name: 'Thị trấn Như Quỳnh', total: 45.5935, change: 1 },
];

const valueOf = (row: (typeof communes)[number], key: 'name' | 'total' | 'change') => row[key];

describe('sortRows', () => {
  it('sorts numbers both ways', () => {
    expect(sortRows(communes, { key: 'total', direction: 'descending' }, valueOf).map((row) => row.total)).toEqual([
      45.5935, 45.454, 45.0003, 43.8843,
    ]);
    expect(sortRows(communes, { key: 'total', direction: 'ascending' }, valueOf).map((row) => row.total)).toEqual([
      43.8843, 45.0003, 45.454, 45.5935,
    ]);
  });

  it('sorts names the Vietnamese way (Đ after D, diacritics after the bare letter)', () => {
    expect(sortRows(communes, { key: 'name', direction: 'ascending' }, valueOf).map((row) => row.name)).toEqual([
      'Thị trấn Như Quỳnh',
      'Xã Chỉ Đạo',
      'Xã Đại Đồng',
      'Xã Đình Dù',
    ]);
  });

  it('keeps missing values last whichever the direction', () => {
    expect(sortRows(communes, { key: 'change', direction: 'descending' }, valueOf).map((row) => row.change)).toEqual([4, 1, -3, null]);
    expect(sortRows(communes, { key: 'change', direction: 'ascending' }, valueOf).map((row) => row.change)).toEqual([-3, 1, 4, null]);
  });

  it('keeps the given order for ties and leaves the input alone', () => {
    const tied = [
      { id: 'a', value: 1 },
      { id: 'b', value: 1 },
      { id: 'c', value: 0 },
    ];
    expect(sortRows(tied, { key: 'value', direction: 'descending' }, (row) => row.value).map((row) => row.id)).toEqual(['a', 'b', 'c']);
    expect(tied.map((row) => row.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('compareSortValues', () => {
  it('puts numbers before texts and empty values last', () => {
    expect(compareSortValues(1, 'a')).toBeLessThan(0);
    expect(compareSortValues(null, 'a')).toBeGreaterThan(0);
    expect(compareSortValues(null, null)).toBe(0);
  });
});

describe('nextSort', () => {
  it('turns the order around on the same column, and starts another in its natural direction', () => {
    expect(nextSort({ key: 'rank', direction: 'ascending' }, 'rank')).toEqual({ key: 'rank', direction: 'descending' });
    expect(nextSort({ key: 'rank', direction: 'ascending' }, 'total', 'descending')).toEqual({ key: 'total', direction: 'descending' });
    expect(nextSort({ key: 'rank', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });
});
