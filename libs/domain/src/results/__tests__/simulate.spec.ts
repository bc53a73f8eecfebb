import { describe, expect, it } from 'vitest';
import { simulateScores, type SimulationInput } from '../simulate.js';

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

function pearson(a: number[], b: number[]): number {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [meanA, meanB] = [mean(a), mean(b)];
  const covariance = a.reduce((sum, value, index) => sum + (value - meanA) * (b[index]! - meanB), 0);
  const spread = (values: number[], m: number) => Math.sqrt(values.reduce((sum, value) => sum + (value - m) ** 2, 0));
  return covariance / (spread(a, meanA) * spread(b, meanB));
}
