import type { IndicatorNode, TrendPoint } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { versionBreaks, versionShape } from './version-notes';

const point = (year: number, versionLabel: string, versionChanged: boolean): TrendPoint => ({
  year,
  value: 40,
  rank: 1,
  of: 63,
  versionLabel,
  versionChanged,
});

describe('versionBreaks', () => {
  it('lists the years from which the framework version changed', () => {
    const points = [
      point(2017, 'PAPI 2011–2017 (6 chỉ số nội dung)', false),
      point(2018, 'PAPI 2018–2020 (8 chỉ số nội dung)', true),
      point(2019, 'PAPI 2018–2020 (8 chỉ số nội dung)', false),
      point(2021, 'PAPI 2021– (8 chỉ số nội dung, bỏ cấp phép xây dựng)', true),
    ];
    expect(versionBreaks(points)).toEqual([
      { year: 2018, versionLabel: 'PAPI 2018–2020 (8 chỉ số nội dung)' },
      { year: 2021, versionLabel: 'PAPI 2021– (8 chỉ số nội dung, bỏ cấp phép xây dựng)' },
    ]);
  });
});

describe('versionShape', () => {
  const node = (code: string, parentCode: string | null, max: number): IndicatorNode => ({
    id: 1,
    code,
    parentCode,
    nameVi: code,
    nameEn: code,
    min: 0,
    max,
    higherIsBetter: true,
    aggregation: 'sum',
    weight: null,
    depth: parentCode === null ? 0 : code.includes('.') ? 2 : 1,
  });

  it('counts the dimensions under the total and reads the total’s maximum', () => {
    const indicators = [
      node('TOTAL', null, 80),
      ...Array.from({ length: 8 }, (_, index) => node(`D${index + 1}`, 'TOTAL', 10)),
      node('D1.1', 'D1', 2.5),
    ];
    expect(versionShape({ indicators })).toEqual({ dimensionCount: 8, totalMax: 80 });
  });

  it('says nothing for a version without a total', () => {
    expect(versionShape({ indicators: [] })).toBeNull();
  });
});
