import type { Role, UnitLevel } from '@govindex/contracts';

/** Shortest password an account may have (argon2id makes guessing slow; length makes it hopeless). */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Where each role may be attached: a Sở Nội vụ officer to a province, a Phòng Nội vụ officer to a
 * district, a commune officer to a commune; a leader (viewer) to a unit of any level; a system
 * administrator to none (the whole country).
 */
export const ROLE_PLACEMENT: Readonly<Record<Role, readonly UnitLevel[] | null>> = {
  admin: null,
  province_officer: ['province'],
  district_officer: ['district'],
  commune_officer: ['commune'],
  viewer: ['province', 'district', 'commune'],
};

const ROLE_VI: Readonly<Record<Role, string>> = {
  admin: 'Quản trị hệ thống',
  province_officer: 'Cán bộ Sở Nội vụ',
  district_officer: 'Cán bộ Phòng Nội vụ',
  commune_officer: 'Công chức xã',
  viewer: 'Lãnh đạo (chỉ xem)',
};

const LEVEL_VI: Readonly<Record<UnitLevel, string>> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };

/** Null when the role may sit on a unit of that level (or on none, for an administrator); else why not. */
export function rolePlacementProblem(role: Role, unitLevel: UnitLevel | null): string | null {
  const allowed = ROLE_PLACEMENT[role];
  if (allowed === null) return unitLevel === null ? null : `${ROLE_VI[role]} không gắn với đơn vị nào.`;
  if (unitLevel === null) return `${ROLE_VI[role]} phải gắn với một đơn vị.`;
  if (allowed.includes(unitLevel)) return null;
  return `${ROLE_VI[role]} phải gắn với đơn vị cấp ${allowed.map((level) => LEVEL_VI[level]).join(' hoặc ')}.`;
}

export function roleLabelVi(role: Role): string {
  return ROLE_VI[role];
}
