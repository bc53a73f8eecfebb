import { ROLES, type UserSummary } from '@govindex/contracts';
import { foldVietnamese } from '@govindex/domain';

export type UserSortKey = 'email' | 'displayName' | 'role' | 'unit' | 'status' | 'lastLogin';
export type SortDirection = 'ascending' | 'descending';

export interface UserSort {
  key: UserSortKey;
  direction: SortDirection;
}

export const DEFAULT_USER_SORT: UserSort = { key: 'email', direction: 'ascending' };

/** The words the table shows for a user, so that filtering and sorting follow what the officer reads. */
export interface UserLabels {
  role: (user: UserSummary) => string;
  unit: (user: UserSummary) => string;
}

/**
 * Users matching every word typed, in e-mail, name, role or unit, with or without diacritics:
 * "cong chuc nhu quynh" finds the commune officer of Thị trấn Như Quỳnh.
 */
export function filterUsers(users: readonly UserSummary[], text: string, labels: UserLabels): UserSummary[] {
  const words = foldVietnamese(text).split(' ').filter(Boolean);
  if (words.length === 0) return [...users];
  return users.filter((user) => {
    const haystack = foldVietnamese([user.email, user.displayName, labels.role(user), labels.unit(user)].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Users in the requested order. Roles follow the hierarchy (administrator, province, district, commune,
 * leader), not the alphabet; users who never signed in come last either way; ties are broken by e-mail.
 */
export function sortUsers(users: readonly UserSummary[], sort: UserSort, labels: UserLabels): UserSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: UserSummary, b: UserSummary): number => {
    switch (sort.key) {
      case 'email':
        return sign * collator.compare(a.email, b.email);
      case 'displayName':
        return sign * collator.compare(a.displayName, b.displayName);
      case 'role':
        return sign * (ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
      case 'unit':
        return sign * collator.compare(labels.unit(a), labels.unit(b));
      case 'status':
        return sign * (Number(b.active) - Number(a.active));
      case 'lastLogin':
        if (a.lastLoginAt === b.lastLoginAt) return 0;
        if (a.lastLoginAt === null) return 1;
        if (b.lastLoginAt === null) return -1;
        return sign * (Date.parse(a.lastLoginAt) - Date.parse(b.lastLoginAt));
    }
  };
  return [...users].sort((a, b) => compare(a, b) || collator.compare(a.email, b.email));
}

/** Clicking a column: the same one turns the order around, another one sorts by it ascending. */
export function nextUserSort(current: UserSort, key: UserSortKey): UserSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
