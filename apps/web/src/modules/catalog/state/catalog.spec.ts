import type { FrameworkSummary, FrameworkVersionDetail, FrameworkVersionSummary } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { ancestorCodes, definitionOfDetail, levelsOf, versionForYear, yearSpan, yearsOf, yearsOfVersion } from './catalog';

const version = (overrides: Partial<FrameworkVersionSummary>): FrameworkVersionSummary => ({
  id: 1,
  label: 'PAPI',
  level: 'province',
  firstYear: 2011,
  lastYear: 2017,
  valueUnit: 'points',
  source: 'papi.org.vn',
  quartileGroups: true,
  ownerProvinceId: null,
  ...overrides,
});

const papi: Pick<FrameworkSummary, 'versions'> = {
  versions: [
    version({ id: 1, firstYear: 2011, lastYear: 2017 }),
    version({ id: 2, firstYear: 2018, lastYear: 2020 }),
    version({ id: 3, firstYear: 2021, lastYear: null }),
    version({ id: 4, level: 'commune', firstYear: 2021, lastYear: null }),
    version({ id: 5, level: 'commune', firstYear: 2024, lastYear: null, ownerProvinceId: 33 }),
    version({ id: 6, level: 'commune', firstYear: 2022, lastYear: null, ownerProvinceId: 1 }),
  ],
};

describe('catalog helpers', () => {
  it('lists the levels a framework has, from province down', () => {
    expect(levelsOf(papi)).toEqual(['province', 'commune']);
  });

  it('spans the years of a version, an open one up to the current year', () => {
    expect(yearsOfVersion({ firstYear: 2021, lastYear: null }, 2024)).toEqual([2021, 2022, 2023, 2024]);
    expect(yearsOfVersion({ firstYear: 2060, lastYear: null }, 2026)).toEqual([2060]);
    expect(yearsOfVersion({ firstYear: 2018, lastYear: 2020 }, 2026)).toEqual([2018, 2019, 2020]);
  });

  it('lists the years of a level latest first, counting only national versions and the caller’s province', () => {
    expect(yearsOf(papi, 'province', null, 2024).slice(0, 3)).toEqual([2024, 2023, 2022]);
    expect(yearsOf(papi, 'province', null, 2024).at(-1)).toBe(2011);
    expect(yearsOf(papi, 'commune', 33, 2023)).toEqual([2024, 2023, 2022, 2021]);
    expect(yearsOf(papi, 'commune', null, 2023)).toEqual([2023, 2022, 2021]);
  });

  it('prefers the province’s own version for the years it covers', () => {
    expect(versionForYear(papi, 'province', 2017, null)?.id).toBe(1);
    expect(versionForYear(papi, 'province', 2018, null)?.id).toBe(2);
    expect(versionForYear(papi, 'commune', 2024, 33)?.id).toBe(5);
    expect(versionForYear(papi, 'commune', 2023, 33)?.id).toBe(4);
    expect(versionForYear(papi, 'commune', 2024, null)?.id).toBe(4);
    expect(versionForYear(papi, 'province', 2005, null)).toBeNull();
  });

  it('writes a version’s years as a span', () => {
    expect(yearSpan({ firstYear: 2011, lastYear: 2017 }, 'nay')).toBe('2011–2017');
    expect(yearSpan({ firstYear: 2021, lastYear: null }, 'nay')).toBe('2021–nay');
    expect(yearSpan({ firstYear: 2020, lastYear: 2020 }, 'now')).toBe('2020');
  });
});

const parCommune: FrameworkVersionDetail = {
  id: 9,
  frameworkCode: 'PAR_INDEX',
  label: 'PAR INDEX cấp xã 2024–',
  level: 'commune',
  firstYear: 2024,
  lastYear: null,
  valueUnit: 'points',
  source: 'Quyết định mẫu',
  quartileGroups: false,
  ownerProvinceId: null,
  indicators: [
    { id: 1, code: 'TOTAL', parentCode: null, nameVi: 'Tổng', nameEn: 'Total', min: 0, max: 100, higherIsBetter: true, aggregation: 'sum', weight: null, depth: 0 },
    { id: 2, code: 'D1', parentCode: 'TOTAL', nameVi: 'Chỉ đạo', nameEn: 'Direction', min: 0, max: 40, higherIsBetter: true, aggregation: 'weighted_mean', weight: null, depth: 1 },
    { id: 3, code: 'D1.1', parentCode: 'D1', nameVi: 'Kế hoạch', nameEn: 'Plan', min: 0, max: 40, higherIsBetter: true, aggregation: 'none', weight: 2, depth: 2 },
    { id: 4, code: 'D1.2', parentCode: 'D1', nameVi: 'Báo cáo', nameEn: 'Reports', min: 0, max: 40, higherIsBetter: false, aggregation: 'none', weight: 1, depth: 2 },
    { id: 5, code: 'D2', parentCode: 'TOTAL', nameVi: 'Thể chế', nameEn: 'Institutions', min: 0, max: 60, higherIsBetter: true, aggregation: 'none', weight: null, depth: 1 },
  ],
  grades: [
    { gradeVi: 'Tốt', gradeEn: 'Good', minValue: 80 },
    { gradeVi: 'Khá', gradeEn: 'Fair', minValue: 50.5 },
  ],
};

describe('definitionOfDetail', () => {
  it('rebuilds the tree from the flat pre-order list, defaults left out', () => {
    expect(definitionOfDetail(parCommune)).toEqual({
      label: 'PAR INDEX cấp xã 2024–',
      level: 'commune',
      firstYear: 2024,
      lastYear: null,
      unit: 'points',
      source: 'Quyết định mẫu',
      grades: [
        { gradeVi: 'Tốt', gradeEn: 'Good', minValue: 80 },
        { gradeVi: 'Khá', gradeEn: 'Fair', minValue: 50.5 },
      ],
      total: {
        code: 'TOTAL',
        nameVi: 'Tổng',
        nameEn: 'Total',
        min: 0,
        max: 100,
        aggregation: 'sum',
        children: [
          {
            code: 'D1',
            nameVi: 'Chỉ đạo',
            nameEn: 'Direction',
            min: 0,
            max: 40,
            aggregation: 'weighted_mean',
            children: [
              { code: 'D1.1', nameVi: 'Kế hoạch', nameEn: 'Plan', min: 0, max: 40, aggregation: 'none', weight: 2 },
              { code: 'D1.2', nameVi: 'Báo cáo', nameEn: 'Reports', min: 0, max: 40, aggregation: 'none', weight: 1, higherIsBetter: false },
            ],
          },
          { code: 'D2', nameVi: 'Thể chế', nameEn: 'Institutions', min: 0, max: 60, aggregation: 'none' },
        ],
      },
    });
  });

  it('keeps PAPI’s quartile groups', () => {
    expect(definitionOfDetail({ ...parCommune, quartileGroups: true }).quartileGroups).toBe(true);
  });

  it('names the parents of an indicator from the total down', () => {
    expect(ancestorCodes(parCommune.indicators, 'D1.2')).toEqual(['TOTAL', 'D1']);
    expect(ancestorCodes(parCommune.indicators, 'TOTAL')).toEqual([]);
  });
});
