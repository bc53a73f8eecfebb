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
 * PAPI's four groups of a year: 1 is the best quarter of provinces by total, 4 the lowest. Rank r of n
 * falls in group floor(4(r−1)/n)+1, so 63 provinces split 16/16/16/15; tied units share a rank and
 * therefore a group.
 */
export function quartileGroup(rank: number, count: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.floor((4 * (rank - 1)) / count) + 1) as 1 | 2 | 3 | 4;
}
