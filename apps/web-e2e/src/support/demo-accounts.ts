/** The demo accounts the API creates on the embedded database (README, "Demo accounts"), as the header shows them. */
export interface DemoAccount {
  email: string;
  displayName: string;
  /** The role as the header names it. */
  roleLabel: string;
  /** The unit as the header names it ("Cả nước" for the administrator). */
  unitLabel: string;
  isAdmin: boolean;
}

export const DEMO_PASSWORD = 'govindex-demo';

export const ADMIN: DemoAccount = {
  email: 'quantri@demo.govindex.vn',
  displayName: 'Quản trị hệ thống (demo)',
  roleLabel: 'Quản trị hệ thống',
  unitLabel: 'Cả nước',
  isAdmin: true,
};

export const PROVINCE_OFFICER: DemoAccount = {
  email: 'sonoivu.hungyen@demo.govindex.vn',
  displayName: 'Sở Nội vụ Hưng Yên (demo)',
  roleLabel: 'Cán bộ Sở Nội vụ',
  unitLabel: 'Tỉnh Hưng Yên',
  isAdmin: false,
};

export const DISTRICT_OFFICER: DemoAccount = {
  email: 'phongnoivu.vanlam@demo.govindex.vn',
  displayName: 'Phòng Nội vụ Văn Lâm (demo)',
  roleLabel: 'Cán bộ Phòng Nội vụ',
  unitLabel: 'Huyện Văn Lâm',
  isAdmin: false,
};

export const COMMUNE_OFFICER: DemoAccount = {
  email: 'vanphong.nhuquynh@demo.govindex.vn',
  displayName: 'Văn phòng - Thống kê TT Như Quỳnh (demo)',
  roleLabel: 'Công chức xã',
  unitLabel: 'Thị trấn Như Quỳnh',
  isAdmin: false,
};

export const LEADER: DemoAccount = {
  email: 'chutich.nhuquynh@demo.govindex.vn',
  displayName: 'Chủ tịch UBND TT Như Quỳnh (demo)',
  roleLabel: 'Lãnh đạo (chỉ xem)',
  unitLabel: 'Thị trấn Như Quỳnh',
  isAdmin: false,
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [ADMIN, PROVINCE_OFFICER, DISTRICT_OFFICER, COMMUNE_OFFICER, LEADER];
