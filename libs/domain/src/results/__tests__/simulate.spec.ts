import { describe, expect, it } from 'vitest';
import { simulateIndicatorScores, simulatePlanYear, simulateScores, standInVersions, type SimulationInput } from '../simulate.js';

const input: SimulationInput = {
  units: [
    { code: '11986', groupCode: '325' },
    { code: '12001', groupCode: '325' },
    { code: '12019', groupCode: '326' },
  ],
  years: [2023, 2024],
  baseline: new Map([
    [2023, new Map([['D1', 5], ['D2', 9.9]])],
    [2024, new Map([['D1', 5.2], ['D2', 9.95]])],
  ]),
  min: 1,
  max: 10,
  seed: 'hung-yen',
};

describe('simulateScores', () => {
  it('gives every unit every year and dimension, within range, rounded to 4 decimals', () => {
    const rows = simulateScores(input);
    expect(rows.map((row) => `${row.code}@${row.year}`)).toEqual(['11986@2023', '12001@2023', '12019@2023', '11986@2024', '12001@2024', '12019@2024']);
    for (const row of rows) {
      expect([...row.values.keys()]).toEqual(['D1', 'D2']);
      for (const value of row.values.values()) {
        expect(value).toBeGreaterThanOrEqual(1);
        expect(value).toBeLessThanOrEqual(10);
        expect(Math.round(value * 10_000) / 10_000).toBe(value);
      }
    }
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const values = (seed: string) => simulateScores({ ...input, seed }).map((row) => [...row.values.values()]);
    expect(values('hung-yen')).toEqual(values('hung-yen'));
    expect(values('hung-yen')).not.toEqual(values('thai-binh'));
  });

  it('keeps units near the baseline and a unit’s strengths across years', () => {
    const rows = simulateScores({ ...input, units: Array.from({ length: 200 }, (_, index) => ({ code: String(index), groupCode: String(index % 10) })) });
    const d1In2023 = rows.filter((row) => row.year === 2023).map((row) => row.values.get('D1')!);
    const mean = d1In2023.reduce((sum, value) => sum + value, 0) / d1In2023.length;
    expect(Math.abs(mean - 5)).toBeLessThan(0.3);
    const d1In2024 = rows.filter((row) => row.year === 2024).map((row) => row.values.get('D1')!);
    const correlation = pearson(d1In2023, d1In2024);
    expect(correlation).toBeGreaterThan(0.7);
  });
});

describe('simulateIndicatorScores', () => {
  const indicators = [
    { code: 'D1.1', min: 0.25, max: 2.5 },
    { code: 'E1', min: 0, max: 100 },
  ];
  const units = Array.from({ length: 300 }, (_, index) => ({ code: String(10_000 + index), groupCode: String(index % 15) }));

  it('stays inside each range, rounded to 4 decimals', () => {
    for (const row of simulateIndicatorScores({ seed: 'country', units, year: 2024, indicators })) {
      expect([...row.values.keys()]).toEqual(['D1.1', 'E1']);
      expect(row.values.get('D1.1')!).toBeGreaterThanOrEqual(0.25);
      expect(row.values.get('D1.1')!).toBeLessThanOrEqual(2.5);
      expect(row.values.get('E1')!).toBeGreaterThanOrEqual(0);
      expect(row.values.get('E1')!).toBeLessThanOrEqual(100);
      for (const value of row.values.values()) expect(Math.round(value * 10_000) / 10_000).toBe(value);
    }
  });

  it('gives a unit the same value whichever other units and indicators are asked with it', () => {
    const all = simulateIndicatorScores({ seed: 'country', units, year: 2024, indicators });
    const one = simulateIndicatorScores({ seed: 'country', units: [units[42]!], year: 2024, indicators: [indicators[1]!] });
    expect(one[0]!.values.get('E1')).toBe(all[42]!.values.get('E1'));
    expect(simulateIndicatorScores({ seed: 'other', units: [units[42]!], year: 2024, indicators })[0]!.values).not.toEqual(all[42]!.values);
  });

  it('keeps a unit’s strengths from year to year and spreads units apart', () => {
    const values = (year: number) => simulateIndicatorScores({ seed: 'country', units, year, indicators }).map((row) => row.values.get('E1')!);
    expect(pearson(values(2023), values(2024))).toBeGreaterThan(0.7);
    const spread = values(2024);
    expect(Math.max(...spread) - Math.min(...spread)).toBeGreaterThan(20);
  });
});

describe('standInVersions', () => {
  const real = [
    { id: 3, level: 'province', firstYear: 2011, lastYear: 2017 },
    { id: 4, level: 'province', firstYear: 2018, lastYear: 2020 },
    { id: 5, level: 'province', firstYear: 2021, lastYear: null },
    { id: 6, level: 'commune', firstYear: 2021, lastYear: null },
  ];
  const years = Array.from({ length: 15 }, (_, index) => 2011 + index);

  it('fills the years a level has no version for, with the nearest later version of the level, else the province version of the year', () => {
    expect(standInVersions(real, ['province', 'district', 'commune'], years)).toEqual([
      { level: 'district', firstYear: 2011, lastYear: 2017, templateId: 3 },
      { level: 'district', firstYear: 2018, lastYear: 2020, templateId: 4 },
      { level: 'district', firstYear: 2021, lastYear: 2025, templateId: 5 },
      { level: 'commune', firstYear: 2011, lastYear: 2020, templateId: 6 },
    ]);
  });

  it('uses the earliest province version before any exists', () => {
    expect(standInVersions([{ id: 7, level: 'province', firstYear: 2022, lastYear: null }], ['province', 'district'], years)).toEqual([
      { level: 'province', firstYear: 2011, lastYear: 2021, templateId: 7 },
      { level: 'district', firstYear: 2011, lastYear: 2025, templateId: 7 },
    ]);
  });
});

describe('simulatePlanYear', () => {
  const codes = ['D1.1', 'D1.2', 'D2.1', 'D3.1', 'D4.2', 'D5.1'];

  it('plans three to five tasks on distinct codes and reports on each, the same for the same seed', () => {
    const plan = simulatePlanYear('country', '11986', 2024, codes);
    expect(plan.tasks.length).toBeGreaterThanOrEqual(3);
    expect(plan.tasks.length).toBeLessThanOrEqual(5);
    expect(new Set(plan.tasks.map((task) => task.indicatorCode)).size).toBe(plan.tasks.length);
    expect(plan.reports.map((report) => report.kind)).toEqual(['half_year', 'annual']);
    for (const report of plan.reports) expect(report.statuses).toHaveLength(plan.tasks.length);
    expect(simulatePlanYear('country', '11986', 2024, codes)).toEqual(plan);
  });

  it('submits most reports on time, some late, a few never', () => {
    const reports = Array.from({ length: 2000 }, (_, index) => simulatePlanYear('country', String(index), 2024, codes).reports).flat();
    const share = (test: (days: number | null) => boolean) => reports.filter((report) => test(report.submittedDaysAfterDue)).length / reports.length;
    expect(share((days) => days !== null && days <= 0)).toBeGreaterThan(0.8);
    expect(share((days) => days !== null && days > 0)).toBeGreaterThan(0.04);
    expect(share((days) => days === null)).toBeGreaterThan(0.01);
  });
});

function pearson(a: number[], b: number[]): number {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [meanA, meanB] = [mean(a), mean(b)];
  const covariance = a.reduce((sum, value, index) => sum + (value - meanA) * (b[index]! - meanB), 0);
  const spread = (values: number[], m: number) => Math.sqrt(values.reduce((sum, value) => sum + (value - m) ** 2, 0));
  return covariance / (spread(a, meanA) * spread(b, meanB));
}
