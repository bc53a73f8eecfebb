import type { RankingRow } from '@govindex/contracts';
import { foldVietnamese } from '@govindex/domain';

export type RankingSortKey = 'rank' | 'unit' | 'value' | 'change' | 'group' | 'grade';
export type SortDirection = 'ascending' | 'descending';

export interface RankingSort {
  key: RankingSortKey;
  direction: SortDirection;
}

export const DEFAULT_RANKING_SORT: RankingSort = { key: 'rank', direction: 'ascending' };

/** Units whose name or code holds every word typed, with or without diacritics ("van lam", "hung yen", "33"). */
export function filterRanking(items: readonly RankingRow[], text: string): RankingRow[] {
  const words = foldVietnamese(text).split(' ').filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = foldVietnamese(`${item.unit.fullName} ${item.unit.name} ${item.unit.code}`);
    return words.every((word) => haystack.includes(word));
  });
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Rows in the order asked. Ranks, groups and changes have a natural order; rows without a value there
 * (no rank the year before, no group) come last either way; ties fall back to the rank, then the name.
 */
export function sortRanking(items: readonly RankingRow[], sort: RankingSort): RankingRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byNumber = (a: number | null, b: number | null) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return sign * (a - b);
  };
  const compare = (a: RankingRow, b: RankingRow): number => {
    switch (sort.key) {
      case 'rank':
        return byNumber(a.rank, b.rank);
      case 'value':
        return byNumber(a.value, b.value);
      case 'change':
        return byNumber(a.rankChange, b.rankChange);
      case 'group':
        return byNumber(a.group, b.group);
      case 'unit':
        return sign * collator.compare(a.unit.fullName, b.unit.fullName);
      case 'grade':
        if (a.grade === b.grade) return 0;
        if (a.grade === null) return 1;
        if (b.grade === null) return -1;
        return sign * collator.compare(a.grade, b.grade);
    }
  };
  return [...items].sort((a, b) => compare(a, b) || a.rank - b.rank || collator.compare(a.unit.fullName, b.unit.fullName));
}

/** Clicking a column: the same one turns the order around, another sorts by it in its natural direction. */
export function nextRankingSort(current: RankingSort, key: RankingSortKey): RankingSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  // Scores and climbs read best first; ranks, groups and names from the top.
  return { key, direction: key === 'value' || key === 'change' ? 'descending' : 'ascending' };
}

/** How a unit moved since the year before: climbed or fell some places, stayed, or was not ranked then. */
export type RankMove = { kind: 'up' | 'down'; places: number } | { kind: 'same' } | { kind: 'new' };

export function rankMoveOf(row: Pick<RankingRow, 'rankChange'>): RankMove {
  if (row.rankChange === null) return { kind: 'new' };
  if (row.rankChange > 0) return { kind: 'up', places: row.rankChange };
  if (row.rankChange < 0) return { kind: 'down', places: -row.rankChange };
  return { kind: 'same' };
}

/** Does any row hold a rank of the year before (so there is a year before to compare with)? */
export const hasPreviousYear = (items: readonly RankingRow[]): boolean => items.some((item) => item.previousRank !== null);

/** The scale changed between the two years when their versions differ: ranks then compare unlike things. */
export function scaleChanged(versionLabel: string, previousVersionLabel: string | null): boolean {
  return previousVersionLabel !== null && previousVersionLabel !== versionLabel;
}
