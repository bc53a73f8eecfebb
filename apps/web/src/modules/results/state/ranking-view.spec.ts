import type { CatalogResponse, FrameworkVersionSummary } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { candidateYears, defaultParentId, highlightedUnitId, rankingViewParams, readRankingView, selectRanking, type OwnUnit } from './ranking-view';

const version = (overrides: Partial<FrameworkVersionSummary>): FrameworkVersionSummary => ({
  id: 1,
  label: 'v',
  level: 'province',
  firstYear: 2011,
  lastYear: null,
  valueUnit: 'points',
  source: '',
  quartileGroups: false,
  ownerProvinceId: null,
  ...overrides,
});

const catalog: CatalogResponse = {
  frameworks: [
    { code: 'DTI', nameVi: 'DTI', nameEn: 'DTI', publisher: '', versions: [version({ id: 1, firstYear: 2020 })] },
    {
      code: 'PAPI',
      nameVi: 'PAPI',
      nameEn: 'PAPI',
      publisher: '',
      versions: [version({ id: 2, firstYear: 2011, lastYear: 2017 }), version({ id: 3, firstYear: 2018 }), version({ id: 4, level: 'commune', firstYear: 2021 })],
    },
  ],
};

describe('the ranking view in the URL', () => {
  it('reads what it knows and drops the rest', () => {
    expect(readRankingView(new URLSearchParams('framework=papi&level=commune&year=2024&indicator=d3&parent=325'))).toEqual({
      framework: 'PAPI',
      level: 'commune',
      year: 2024,
      indicator: 'D3',
      parent: 325,
    });
    expect(readRankingView(new URLSearchParams('framework=<x>&level=city&year=24&indicator=a-b&parent=-1'))).toEqual({
      framework: null,
      level: null,
      year: null,
      indicator: null,
      parent: null,
    });
    expect(readRankingView(new URLSearchParams('parent=all')).parent).toBe('all');
  });

  it('writes back what is chosen, in a stable order', () => {
    expect(rankingViewParams({ framework: 'PAPI', level: 'province', year: 2024, indicator: 'TOTAL', parent: null }).toString()).toBe(
      'framework=PAPI&level=province&year=2024&indicator=TOTAL',
    );
    expect(rankingViewParams({ framework: 'PAPI', level: 'commune', year: null, indicator: null, parent: 'all' }).toString()).toBe(
      'framework=PAPI&level=commune&parent=all',
    );
  });
});

describe('selectRanking', () => {
  it('opens on PAPI province, the latest year left to be found, TOTAL', () => {
    const selection = selectRanking(readRankingView(new URLSearchParams()), catalog, null, 2026)!;
    expect(selection.framework.code).toBe('PAPI');
    expect(selection.level).toBe('province');
    expect(selection.year).toBeNull();
    expect(selection.years[0]).toBe(2026);
    expect(selection.years.at(-1)).toBe(2011);
    expect(selection.indicator).toBe('TOTAL');
  });

  it('keeps a valid choice and replaces a level or year the framework does not have', () => {
    expect(selectRanking(readRankingView(new URLSearchParams('framework=PAPI&level=commune&year=2022')), catalog, null, 2026)).toMatchObject({
      level: 'commune',
      year: 2022,
    });
    expect(selectRanking(readRankingView(new URLSearchParams('framework=DTI&level=commune&year=2015')), catalog, null, 2026)).toMatchObject({
      level: 'province',
      year: null,
    });
  });

  it('tries past years first, a few of them', () => {
    expect(candidateYears([2026, 2025, 2024, 2023, 2022, 2021], 2026)).toEqual([2025, 2024, 2023, 2022]);
    expect(candidateYears([2060], 2026)).toEqual([2060]);
  });
});

describe('default parent and highlighted unit', () => {
  const province: OwnUnit = { id: 1, level: 'province', ancestorIds: [] };
  const district: OwnUnit = { id: 10, level: 'district', ancestorIds: [1] };
  const commune: OwnUnit = { id: 100, level: 'commune', ancestorIds: [1, 10] };

  it('ranks communes within the user’s district, districts within the user’s province, provinces nationwide', () => {
    expect(defaultParentId('commune', district)).toBe(10);
    expect(defaultParentId('commune', commune)).toBe(10);
    expect(defaultParentId('commune', province)).toBeNull();
    expect(defaultParentId('district', province)).toBe(1);
    expect(defaultParentId('district', commune)).toBe(1);
    expect(defaultParentId('province', commune)).toBeNull();
    expect(defaultParentId('commune', null)).toBeNull();
  });

  it('marks the user’s unit, else the nearest ranked ancestor', () => {
    expect(highlightedUnitId(new Set([100, 101]), commune)).toBe(100);
    expect(highlightedUnitId(new Set([1, 2, 3]), commune)).toBe(1);
    expect(highlightedUnitId(new Set([2, 3]), commune)).toBeNull();
    expect(highlightedUnitId(new Set([1]), null)).toBeNull();
  });
});
