import { describe, expect, it } from 'vitest';
import { readSelection, resolveYear, selectionParams, yearOptions } from './selection';

describe('readSelection', () => {
  it('reads the framework and the year from the address', () => {
    expect(readSelection(new URLSearchParams('framework=PAPI&year=2024'))).toEqual({ framework: 'PAPI', year: 2024 });
    expect(readSelection(new URLSearchParams('framework=par_index&year=2023'))).toEqual({ framework: 'PAR_INDEX', year: 2023 });
  });

  it('falls back to PAPI and the latest year when the address says nothing usable', () => {
    expect(readSelection(new URLSearchParams())).toEqual({ framework: 'PAPI', year: null });
    expect(readSelection(new URLSearchParams('framework=<script>&year=20x4'))).toEqual({ framework: 'PAPI', year: null });
    expect(readSelection(new URLSearchParams('year=99'))).toEqual({ framework: 'PAPI', year: null });
  });
});

describe('selectionParams', () => {
  it('writes the choice and keeps the other parameters of the page', () => {
    const params = selectionParams({ framework: 'PAPI', year: 2023 }, new URLSearchParams('province=21&year=2020'));
    expect(params.toString()).toBe('province=21&year=2023&framework=PAPI');
    expect(selectionParams({ framework: 'DTI', year: null }, params).toString()).toBe('province=21&framework=DTI');
  });
});

describe('resolveYear', () => {
  it('keeps the requested year when there is data for it, else takes the latest', () => {
    expect(resolveYear(2022, [2021, 2022, 2023, 2024])).toBe(2022);
    expect(resolveYear(null, [2021, 2022, 2023, 2024])).toBe(2024);
    expect(resolveYear(2015, [2021, 2024, 2022])).toBe(2024);
    expect(resolveYear(2024, [])).toBeNull();
  });

  it('lists the years newest first, once each', () => {
    expect(yearOptions([2021, 2024, 2022, 2024])).toEqual([2024, 2022, 2021]);
  });
});
