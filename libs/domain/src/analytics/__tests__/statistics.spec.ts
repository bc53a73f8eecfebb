import { describe, expect, it } from 'vitest';
import { describeDistribution, quantile, robustZ } from '../statistics.js';

describe('quantile', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([10], 0.9)).toBe(10);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('describeDistribution', () => {
  it('gives count, min, quartiles, median, max and mean whatever the input order', () => {
    expect(describeDistribution([5, 1, 4, 2, 3])).toEqual({ count: 5, min: 1, q1: 2, median: 3, q3: 4, max: 5, mean: 3 });
    expect(describeDistribution([])).toBeNull();
  });
});

describe('robustZ', () => {
  it('measures distance from the median in MAD units, unmoved by one extreme peer', () => {
    // Peers 4..8: median 6, MAD 1 → one robust unit is 1.4826.
    expect(robustZ(3.0348, [4, 5, 6, 7, 8])).toBeCloseTo(-2, 4);
    expect(robustZ(3.0348, [4, 5, 6, 7, 800])).toBeCloseTo(-2, 4);
  });

  it('refuses to judge against too few or identical peers', () => {
    expect(robustZ(1, [5, 6, 7])).toBeNull();
    expect(robustZ(1, [5, 5, 5, 5, 5])).toBeNull();
  });
});
