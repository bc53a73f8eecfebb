export interface Distribution {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

/** Quantile by linear interpolation between order statistics (the "type 7" rule of spreadsheets). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const fraction = position - lower;
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[Math.min(lower + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * fraction;
}

export function describeDistribution(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: quantile(sorted, 0),
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: quantile(sorted, 1),
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  };
}

/**
 * How far a value lies from its peers in robust units: (value − median) / (1.4826 · MAD). The median
 * absolute deviation ignores a few extreme peers, which a mean and standard deviation would not.
 * Null when the peers do not spread (MAD 0) or are too few to judge.
 */
export function robustZ(value: number, peers: readonly number[], minimumPeers = 5): number | null {
  if (peers.length < minimumPeers) return null;
  const sorted = [...peers].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const deviations = sorted.map((peer) => Math.abs(peer - median)).sort((a, b) => a - b);
  const mad = quantile(deviations, 0.5);
  if (mad === 0) return null;
  return (value - median) / (1.4826 * mad);
}
