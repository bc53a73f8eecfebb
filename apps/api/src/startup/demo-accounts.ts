import type { Role } from '@govindex/contracts';

/**
 * Demo accounts (README, "Demo accounts"): one per role, on Hưng Yên as it stood before the 2025
 * reform, its district Văn Lâm and the town Như Quỳnh of the seed plan. Created only in demo mode.
 */
export const DEMO_PASSWORD = 'govindex-demo';

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; displayName: string; role: Role; unitCode: string | null }> = [
  { email: 'quantri@demo.govindex.vn', displayName: 'Quản trị hệ thống (demo)', role: 'admin', unitCode: null },
  { email: 'sonoivu.hungyen@demo.govindex.vn', displayName: 'Sở Nội vụ Hưng Yên (demo)', role: 'province_officer', unitCode: '33' },
  { email: 'phongnoivu.vanlam@demo.govindex.vn', displayName: 'Phòng Nội vụ Văn Lâm (demo)', role: 'district_officer', unitCode: '325' },
  { email: 'vanphong.nhuquynh@demo.govindex.vn', displayName: 'Văn phòng - Thống kê TT Như Quỳnh (demo)', role: 'commune_officer', unitCode: '11986' },
  { email: 'chutich.nhuquynh@demo.govindex.vn', displayName: 'Chủ tịch UBND TT Như Quỳnh (demo)', role: 'viewer', unitCode: '11986' },
];
