export type SortDirection = 'ascending' | 'descending';

export interface TableSort<K extends string = string> {
  key: K;
  direction: SortDirection;
}

/** What a column sorts by: a number, a text (sorted the Vietnamese way), or nothing (always last). */
export type SortValue = number | string | null;

const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/** Compares two sort values ascending; numbers before texts, empty values after everything. */
export function compareSortValues(a: SortValue, b: SortValue, locale = 'vi'): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collatorFor(locale).compare(a, b);
}

/**
 * The rows in the requested order. Empty values stay at the end in both directions (a missing score is
 * never "the best"); ties keep the order the rows came in.
 */
export function sortRows<T, K extends string>(
  rows: readonly T[],
  sort: TableSort<K>,
  valueOf: (row: T, key: K) => SortValue,
  locale = 'vi',
): T[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, sort.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return compareSortValues(a.value, b.value, locale) || a.index - b.index;
      return sign * compareSortValues(a.value, b.value, locale) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** Clicking a column: the same one turns the order around, another one sorts by it in its natural direction. */
export function nextSort<K extends string>(current: TableSort<K>, key: K, firstDirection: SortDirection = 'ascending'): TableSort<K> {
  if (current.key !== key) return { key, direction: firstDirection };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
