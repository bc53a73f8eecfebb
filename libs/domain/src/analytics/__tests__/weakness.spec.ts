import { describe, expect, it } from 'vitest';
import { DEFAULT_WEAKNESS_THRESHOLDS, findWeakIndicators, shareOfTotal, weaknessThresholds, type IndicatorObservation } from '../weakness.js';

const PEERS = [6, 6.5, 7, 7.5, 8];
const node = (code: string, parentCode: string | null, value: number | null, extra: Partial<IndicatorObservation> = {}): IndicatorObservation => ({
  code,
  parentCode,
  nameVi: code,
  min: 1,
  max: 10,
  aggregation: 'none',
  weight: null,
  value,
  previousValue: null,
  peerValues: PEERS,
  ...extra,
});

describe('findWeakIndicators', () => {
  it('finds an indicator far below its peers and in their bottom quartile, with the points it could recover', () => {
    const observations = [
      node('TOTAL', null, 20, { aggregation: 'sum', min: 3, max: 30 }),
      node('D1', 'TOTAL', 4),
      node('D2', 'TOTAL', 7),
      node('D3', 'TOTAL', 9),
    ];
    const weak = findWeakIndicators(observations);
    expect(weak).toEqual([
      {
        code: 'D1',
        nameVi: 'D1',
        value: 4,
        max: 10,
        // median 7, MAD 0.5 → z = (4 − 7) / (1.4826 × 0.5) = −4.05
        reasons: [
          { kind: 'far_below_peers', zScore: -4.05, peerMedian: 7 },
          { kind: 'bottom_quartile', peerQuartile: 6.5 },
        ],
        pointsRecoverable: 6,
        pointsRecoverableOnTotal: 6,
      },
    ]);
  });

  it('flags a fall of more than 5 % of the range since last year even when peers are fine', () => {
    const weak = findWeakIndicators([
      node('TOTAL', null, 16, { aggregation: 'sum', min: 2, max: 20 }),
      node('D1', 'TOTAL', 7.5, { previousValue: 8.1 }),
      node('D2', 'TOTAL', 7.5, { previousValue: 7.9 }),
    ]);
    expect(weak.map((indicator) => [indicator.code, indicator.reasons])).toEqual([['D1', [{ kind: 'declined', change: -0.6 }]]]);
  });

  it('weighs recoverable points by how the total is computed, and sorts by what they cost the total', () => {
    const observations = [
      node('TOTAL', null, 50, { aggregation: 'weighted_mean', min: 0, max: 100 }),
      node('D1', 'TOTAL', 40, { min: 0, max: 100, weight: 1, peerValues: [80, 82, 84, 86, 88] }),
      node('D2', 'TOTAL', 60, { min: 0, max: 100, weight: 3, peerValues: [80, 82, 84, 86, 88] }),
    ];
    const weak = findWeakIndicators(observations);
    expect(weak.map((indicator) => [indicator.code, indicator.pointsRecoverable, indicator.pointsRecoverableOnTotal])).toEqual([
      ['D2', 40, 30],
      ['D1', 60, 15],
    ]);
  });

  it('skips indicators without a value and judges nothing against too few peers', () => {
    const weak = findWeakIndicators([node('TOTAL', null, 10, { aggregation: 'sum' }), node('D1', 'TOTAL', null), node('D2', 'TOTAL', 1, { peerValues: [9, 9] })]);
    expect(weak).toEqual([]);
  });
});

describe('shareOfTotal', () => {
  it('multiplies shares up the tree: a mean of 4 under a sum counts a quarter', () => {
    const observations = [
      node('TOTAL', null, 0, { aggregation: 'sum' }),
      node('D1', 'TOTAL', 0, { aggregation: 'mean' }),
      node('D1.1', 'D1', 0),
      node('D1.2', 'D1', 0),
      node('D1.3', 'D1', 0),
      node('D1.4', 'D1', 0),
    ];
    const byCode = new Map(observations.map((observation) => [observation.code, observation]));
    expect(shareOfTotal(observations[2]!, byCode)).toBe(0.25);
    expect(shareOfTotal(observations[1]!, byCode)).toBe(1);
  });
});

describe('weaknessThresholds', () => {
  it('overrides the defaults a version sets and keeps the others', () => {
    expect(weaknessThresholds({ zScore: -2 })).toEqual({ ...DEFAULT_WEAKNESS_THRESHOLDS, zScore: -2 });
    expect(() => weaknessThresholds({ bottomQuantile: 1.5 })).toThrow(RangeError);
  });

  it('makes a stricter z threshold drop a reason', () => {
    const observations = [node('TOTAL', null, 20, { aggregation: 'sum', min: 3, max: 30 }), node('D1', 'TOTAL', 5.5)];
    // median 7, MAD 0.5: z = −2.02
    expect(findWeakIndicators(observations, { ...DEFAULT_WEAKNESS_THRESHOLDS, zScore: -1.5 })[0]!.reasons.map((reason) => reason.kind)).toContain('far_below_peers');
    expect(findWeakIndicators(observations, { ...DEFAULT_WEAKNESS_THRESHOLDS, zScore: -2.5 })[0]!.reasons.map((reason) => reason.kind)).not.toContain('far_below_peers');
  });
});
