import type { UserSummary } from '@govindex/contracts';
import { roleLabelVi } from '@govindex/domain';
import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_SORT, filterUsers, nextUserSort, sortUsers, type UserLabels } from './users-table';

const user = (overrides: Partial<UserSummary> & Pick<UserSummary, 'id' | 'email'>): UserSummary => ({
  displayName: overrides.email,
  role: 'viewer',
  unitId: 1,
  unitName: 'Tỉnh Hưng Yên',
  active: true,
  lastLoginAt: null,
  ...overrides,
});

const USERS: UserSummary[] = [
  user({ id: 1, email: 'quantri@demo.govindex.vn', displayName: 'Quản trị hệ thống', role: 'admin', unitId: null, unitName: null, lastLoginAt: '2026-11-21T10:58:09.697Z' }),
  user({ id: 3, email: 'phongnoivu.vanlam@demo.govindex.vn', displayName: 'Phòng Nội vụ Văn Lâm', role: 'district_officer', unitName: 'Huyện Văn Lâm', lastLoginAt: '2026-11-20T08:00:00Z' }),
  user({ id: 4, email: 'vanphong.nhuquynh@demo.govindex.vn', displayName: 'Văn phòng TT Như Quỳnh', role: 'commune_officer', unitName: 'Thị trấn Như Quỳnh' }),
  user({ id: 6, email: 'dinh.du@example.vn', displayName: 'Đỗ Thị Đào', role: 'commune_officer', unitName: 'Xã Đình Dù', active: false }),
];

const labels: UserLabels = { role: (u) => roleLabelVi(u.role), unit: (u) => u.unitName ?? 'Cả nước' };
const emails = (users: UserSummary[]) => users.map((u) => u.email.split('@')[0]);

describe('filterUsers', () => {
  it('matches typed text without diacritics against name, e-mail, role and unit', () => {
    expect(emails(filterUsers(USERS, 'nhu quynh', labels))).toEqual(['vanphong.nhuquynh']);
    expect(emails(filterUsers(USERS, 'dao', labels))).toEqual(['dinh.du']);
    expect(emails(filterUsers(USERS, 'DINH DU', labels))).toEqual(['dinh.du']);
    expect(emails(filterUsers(USERS, 'cong chuc', labels))).toEqual(['vanphong.nhuquynh', 'dinh.du']);
    expect(emails(filterUsers(USERS, 'ca nuoc', labels))).toEqual(['quantri']);
  });

  it('needs every word, in any order', () => {
    expect(emails(filterUsers(USERS, 'quynh công chức', labels))).toEqual(['vanphong.nhuquynh']);
    expect(filterUsers(USERS, 'van lam nhu quynh', labels)).toEqual([]);
  });

  it('keeps everyone when nothing is typed', () => {
    expect(filterUsers(USERS, '   ', labels)).toHaveLength(4);
  });
});

describe('sortUsers', () => {
  it('sorts by e-mail by default', () => {
    expect(emails(sortUsers(USERS, DEFAULT_USER_SORT, labels))).toEqual([
      'dinh.du',
      'phongnoivu.vanlam',
      'quantri',
      'vanphong.nhuquynh',
    ]);
  });

  it('sorts Vietnamese names the Vietnamese way (Đ after D)', () => {
    const names = sortUsers(USERS, { key: 'displayName', direction: 'ascending' }, labels).map((u) => u.displayName);
    expect(names).toEqual(['Đỗ Thị Đào', 'Phòng Nội vụ Văn Lâm', 'Quản trị hệ thống', 'Văn phòng TT Như Quỳnh']);
  });

  it('orders roles by the hierarchy, ties by e-mail', () => {
    expect(emails(sortUsers(USERS, { key: 'role', direction: 'ascending' }, labels))).toEqual([
      'quantri',
      'phongnoivu.vanlam',
      'dinh.du',
      'vanphong.nhuquynh',
    ]);
    expect(emails(sortUsers(USERS, { key: 'role', direction: 'descending' }, labels))[0]).toBe('dinh.du');
  });

  it('puts users who never signed in last, whatever the direction', () => {
    expect(emails(sortUsers(USERS, { key: 'lastLogin', direction: 'descending' }, labels))).toEqual([
      'quantri',
      'phongnoivu.vanlam',
      'dinh.du',
      'vanphong.nhuquynh',
    ]);
    expect(emails(sortUsers(USERS, { key: 'lastLogin', direction: 'ascending' }, labels)).slice(0, 2)).toEqual([
      'phongnoivu.vanlam',
      'quantri',
    ]);
  });

  it('lists active accounts before locked ones', () => {
    expect(emails(sortUsers(USERS, { key: 'status', direction: 'ascending' }, labels)).at(-1)).toBe('dinh.du');
    expect(emails(sortUsers(USERS, { key: 'status', direction: 'descending' }, labels))[0]).toBe('dinh.du');
  });

  it('does not change the list it is given', () => {
    const copy = [...USERS];
    sortUsers(USERS, { key: 'unit', direction: 'descending' }, labels);
    expect(USERS).toEqual(copy);
  });
});

describe('nextUserSort', () => {
  it('turns the order around on the same column and starts ascending on another', () => {
    expect(nextUserSort(DEFAULT_USER_SORT, 'email')).toEqual({ key: 'email', direction: 'descending' });
    expect(nextUserSort({ key: 'email', direction: 'descending' }, 'email')).toEqual({ key: 'email', direction: 'ascending' });
    expect(nextUserSort({ key: 'email', direction: 'descending' }, 'role')).toEqual({ key: 'role', direction: 'ascending' });
  });
});
