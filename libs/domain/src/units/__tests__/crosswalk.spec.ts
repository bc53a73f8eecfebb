import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMUNE_CROSSWALK_2025, PROVINCE_CROSSWALK_2025, readCrosswalk } from '../crosswalk.js';

const HEADER = 'new_province_code,new_province_name,new_ward_code,new_ward_name,old_ward_code,old_ward_name,merge_type';

describe('readCrosswalk', () => {
  it('reads links with the level each code length names', () => {
    const text = [
      HEADER,
      '33,Tỉnh Hưng Yên,12004,Xã Như Quỳnh,11986,Thị trấn Như Quỳnh,full',
      '33,Tỉnh Hưng Yên,12004,Xã Như Quỳnh,12004,Xã Đình Dù,partial',
      '31,Thành phố Hải Phòng,11948,Đặc khu Bạch Long Vĩ,318,Huyện Bạch Long Vĩ,full',
    ].join('\n');
    expect(readCrosswalk(text, 'x.csv', COMMUNE_CROSSWALK_2025)).toEqual({
      ok: true,
      links: [
        { row: 2, successorCode: '12004', successorLevel: 'commune', predecessorCode: '11986', predecessorLevel: 'commune', mergeType: 'full' },
        { row: 3, successorCode: '12004', successorLevel: 'commune', predecessorCode: '12004', predecessorLevel: 'commune', mergeType: 'partial' },
        { row: 4, successorCode: '11948', successorLevel: 'commune', predecessorCode: '318', predecessorLevel: 'district', mergeType: 'full' },
      ],
    });
  });

  it('reports bad codes, unknown merge types and repeated pairs by row and column', () => {
    const text = [
      HEADER,
      '33,Tỉnh Hưng Yên,1200,Xã Lỗi,11986,Thị trấn Như Quỳnh,full',
      '33,Tỉnh Hưng Yên,12004,Xã Như Quỳnh,11986,Thị trấn Như Quỳnh,whole',
      '33,Tỉnh Hưng Yên,12004,Xã Như Quỳnh,12001,Xã Tân Quang,full',
      '33,Tỉnh Hưng Yên,12004,Xã Như Quỳnh,12001,Xã Tân Quang,full',
    ].join('\n');
    expect(readCrosswalk(text, 'x.csv', COMMUNE_CROSSWALK_2025)).toEqual({
      ok: false,
      issues: [
        { file: 'x.csv', row: 2, column: 'new_ward_code', message: 'Mã "1200" không hợp lệ: cần 5 chữ số.' },
        { file: 'x.csv', row: 3, column: 'merge_type', message: 'Kiểu sáp nhập "whole" không hợp lệ: cần full hoặc partial.' },
        { file: 'x.csv', row: 5, column: 'old_ward_code', message: 'Cặp 12004 ← 12001 đã có ở dòng 4.' },
      ],
    });
  });

  it('reads the real 2025 crosswalks whole', () => {
    const communes = readCrosswalk(
      readFileSync(new URL('../../../../../data/admin-units/admin_crosswalk_2025_new_to_old.csv', import.meta.url), 'utf8'),
      'communes.csv',
      COMMUNE_CROSSWALK_2025,
    );
    expect(communes.ok && communes.links.length).toBe(10_604);
    expect(communes.ok && communes.links.filter((link) => link.predecessorLevel === 'district')).toHaveLength(5);
    const provinces = readCrosswalk(
      readFileSync(new URL('../../../../../data/admin-units/admin_crosswalk_2025_provinces_63_to_34.csv', import.meta.url), 'utf8'),
      'provinces.csv',
      PROVINCE_CROSSWALK_2025,
    );
    expect(provinces.ok && provinces.links.length).toBe(63);
  });
});
