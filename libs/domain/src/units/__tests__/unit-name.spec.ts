import { describe, expect, it } from 'vitest';
import { parseUnitName } from '../unit-name.js';

describe('parseUnitName', () => {
  it.each([
    ['Thành phố Hà Nội', 'province', 'thanh_pho_truc_thuoc_trung_uong', 'Hà Nội'],
    ['Tỉnh Hưng Yên', 'province', 'tinh', 'Hưng Yên'],
    ['Quận Ba Đình', 'district', 'quan', 'Ba Đình'],
    ['Huyện Văn Lâm', 'district', 'huyen', 'Văn Lâm'],
    ['Thị xã Mỹ Hào', 'district', 'thi_xa', 'Mỹ Hào'],
    ['Thành phố Hưng Yên', 'district', 'thanh_pho_thuoc_tinh', 'Hưng Yên'],
    ['Thị trấn Như Quỳnh', 'commune', 'thi_tran', 'Như Quỳnh'],
    ['Phường Phúc Xá', 'commune', 'phuong', 'Phúc Xá'],
    ['Xã Tân Quang', 'commune', 'xa', 'Tân Quang'],
    ['Đặc khu Côn Đảo', 'commune', 'dac_khu', 'Côn Đảo'],
  ] as const)('reads %s at %s level', (fullName, level, kind, name) => {
    expect(parseUnitName(fullName, level)).toEqual({ kind, name });
  });

  it('names a district-level city inside a centrally-run city as such', () => {
    expect(parseUnitName('Thành phố Thủ Đức', 'district', 'thanh_pho_truc_thuoc_trung_uong')).toEqual({
      kind: 'thanh_pho_thuoc_thanh_pho',
      name: 'Thủ Đức',
    });
  });

  it('refuses a kind that does not exist at the level, a missing kind, and a kind without a name', () => {
    expect(parseUnitName('Xã Tân Quang', 'province')).toBeNull();
    expect(parseUnitName('Tân Quang', 'commune')).toBeNull();
    expect(parseUnitName('Xã ', 'commune')).toBeNull();
    expect(parseUnitName('Xãhội', 'commune')).toBeNull();
  });
});
