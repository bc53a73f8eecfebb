import { describe, expect, it } from 'vitest';
import { rolePlacementProblem } from '../role-placement.js';

describe('rolePlacementProblem', () => {
  it.each([
    ['admin', null],
    ['province_officer', 'province'],
    ['district_officer', 'district'],
    ['commune_officer', 'commune'],
    ['viewer', 'province'],
    ['viewer', 'district'],
    ['viewer', 'commune'],
  ] as const)('accepts %s on %s', (role, level) => {
    expect(rolePlacementProblem(role, level)).toBeNull();
  });

  it.each([
    ['admin', 'province', 'Quản trị hệ thống không gắn với đơn vị nào.'],
    ['province_officer', null, 'Cán bộ Sở Nội vụ phải gắn với một đơn vị.'],
    ['province_officer', 'district', 'Cán bộ Sở Nội vụ phải gắn với đơn vị cấp tỉnh.'],
    ['district_officer', 'commune', 'Cán bộ Phòng Nội vụ phải gắn với đơn vị cấp huyện.'],
    ['commune_officer', 'district', 'Công chức xã phải gắn với đơn vị cấp xã.'],
    ['viewer', null, 'Lãnh đạo (chỉ xem) phải gắn với một đơn vị.'],
  ] as const)('refuses %s on %s and says why', (role, level, message) => {
    expect(rolePlacementProblem(role, level)).toBe(message);
  });
});
