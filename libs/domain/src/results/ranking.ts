import { quantile } from '../analytics/statistics.js';

export interface Ranked<K> {
  key: K;
  value: number;
  /** Competition ranking ("1, 2, 2, 4"): tied values share the best rank, as published rankings do. */
  rank: number;
}

/** Ranks values, best first; ties share a rank and the next rank skips. Input order does not matter. */
export function rankCompetition<K>(entries: ReadonlyArray<{ key: K; value: number }>, higherIsBetter = true): Ranked<K>[] {
  const sorted = [...entries].sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value));
  const ranked: Ranked<K>[] = [];
  sorted.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.value === entry.value ? previous.rank : index + 1;
    ranked.push({ ...entry, rank });
  });
  return ranked;
}

/**
 * PAPI's four groups of a year, by the quartiles of the scores themselves (linear interpolation): a
 * score at or above the 75th percentile is in group 1 (best), at or above the median in group 2, at or
 * above the 25th percentile in group 3, else group 4. This reproduces the published split of 2017,
 * 16/16/15/16 provinces (data/published/papi_published_facts.csv); splitting by rank would give
 * 16/16/16/15. Returns a function that groups any score of that year.
 */
export function quartileGrouping(values: readonly number[], higherIsBetter = true): (value: number) => 1 | 2 | 3 | 4 {
  const oriented = values.map((value) => (higherIsBetter ? value : -value)).sort((a, b) => a - b);
  const q1 = quantile(oriented, 0.25);
  const median = quantile(oriented, 0.5);
  const q3 = quantile(oriented, 0.75);
  return (value) => {
    const score = higherIsBetter ? value : -value;
    if (score >= q3) return 1;
    if (score >= median) return 2;
    if (score >= q1) return 3;
    return 4;
  };
}
