import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POST_2025_TIERS, PRE_2025_DISTRICT_TIERS, PRE_2025_TIERS, readAdminUnitList } from '../admin-unit-list.js';

const HEADER = 'province_code,province_full_name,district_code,district_full_name,ward_code,ward_full_name';
const dataFile = (name: string) => new URL(`../../../../../data/admin-units/${name}`, import.meta.url);

describe('readAdminUnitList', () => {
  it('turns flat rows into distinct units, parents first', () => {
    const text = [
      HEADER,
      '33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11986,Thị trấn Như Quỳnh',
      '33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,12001,Xã Tân Quang',
    ].join('\n');
    const result = readAdminUnitList([{ text, file: 'list.csv', tiers: PRE_2025_TIERS }]);
    expect(result).toEqual({
      ok: true,
      units: [
        { code: '33', fullName: 'Tỉnh Hưng Yên', name: 'Hưng Yên', level: 'province', kind: 'tinh', parentCode: null },
        { code: '325', fullName: 'Huyện Văn Lâm', name: 'Văn Lâm', level: 'district', kind: 'huyen', parentCode: '33' },
        { code: '11986', fullName: 'Thị trấn Như Quỳnh', name: 'Như Quỳnh', level: 'commune', kind: 'thi_tran', parentCode: '325' },
        { code: '12001', fullName: 'Xã Tân Quang', name: 'Tân Quang', level: 'commune', kind: 'xa', parentCode: '325' },
      ],
    });
  });

  it('reports a code named differently or placed under another parent on a later row', () => {
    const text = [
      HEADER,
      '33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11986,Thị trấn Như Quỳnh',
      '33,Tỉnh Hưng Yên,325,Huyện Văn Lâm Mới,12001,Xã Tân Quang',
      '01,Thành phố Hà Nội,325,Huyện Văn Lâm,12002,Xã Khác',
    ].join('\n');
    expect(readAdminUnitList([{ text, file: 'list.csv', tiers: PRE_2025_TIERS }])).toEqual({
      ok: false,
      issues: [
        {
          file: 'list.csv',
          row: 3,
          column: 'district_full_name',
          message: 'Mã 325 mang tên "Huyện Văn Lâm" ở dòng 2, ở đây là "Huyện Văn Lâm Mới".',
        },
        { file: 'list.csv', row: 4, column: 'district_code', message: 'Mã 325 thuộc đơn vị 33 ở dòng 2, ở đây thuộc 01.' },
      ],
    });
  });

  it('reports a header without the needed columns', () => {
    const result = readAdminUnitList([{ text: 'code,name\n01,Hà Nội', file: 'list.csv', tiers: POST_2025_TIERS }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.column)).toEqual([
      'province_code',
      'province_full_name',
      'ward_code',
      'ward_full_name',
    ]);
  });

  it('reads several files of one map as one, and reports a unit two files disagree on', () => {
    const main = { text: `${HEADER}\n33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11986,Thị trấn Như Quỳnh`, file: 'main.csv', tiers: PRE_2025_TIERS };
    const extra = {
      text: 'province_code,province_full_name,district_code,district_full_name\n33,Tỉnh Hưng Yên,326,Huyện Văn Giang',
      file: 'extra.csv',
      tiers: PRE_2025_DISTRICT_TIERS,
    };
    const merged = readAdminUnitList([main, extra]);
    expect(merged.ok && merged.units.map((unit) => unit.code)).toEqual(['33', '325', '326', '11986']);
    const clash = readAdminUnitList([main, { ...extra, text: extra.text.replace('326,Huyện Văn Giang', '325,Huyện Văn Lâm') }]);
    expect(clash).toEqual({
      ok: false,
      issues: [{ file: 'extra.csv', row: 2, column: 'district_code', message: 'Mã 325 đã có ở main.csv dòng 2.' }],
    });
  });

  it('reports a list with a header and no rows', () => {
    expect(readAdminUnitList([{ text: HEADER, file: 'list.csv', tiers: PRE_2025_TIERS }])).toEqual({
      ok: false,
      issues: [{ file: 'list.csv', row: 2, message: 'Tệp không có dòng dữ liệu nào.' }],
    });
  });

  it('reads the real pre-2025 map from its two files: 63 provinces, 696 districts, 10,035 communes', () => {
    const result = readAdminUnitList([
      { text: readFileSync(dataFile('admin_units_pre2025_63prov_districts_wards.csv'), 'utf8'), file: 'pre2025.csv', tiers: PRE_2025_TIERS },
      {
        text: readFileSync(dataFile('admin_units_pre2025_districts_without_communes.csv'), 'utf8'),
        file: 'islands.csv',
        tiers: PRE_2025_DISTRICT_TIERS,
      },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    const count = (level: string) => result.units.filter((unit) => unit.level === level).length;
    expect([count('province'), count('district'), count('commune')]).toEqual([63, 696, 10_035]);
    const kinds = new Set(result.units.filter((unit) => unit.level === 'district').map((unit) => unit.kind));
    expect(kinds).toEqual(new Set(['quan', 'huyen', 'thi_xa', 'thanh_pho_thuoc_tinh', 'thanh_pho_thuoc_thanh_pho']));
  });

  it('reads the real post-2025 list: 34 provinces and 3,321 communes, special zones included', () => {
    const result = readAdminUnitList([
      { text: readFileSync(dataFile('admin_units_post2025_34prov_wards.csv'), 'utf8'), file: 'post2025.csv', tiers: POST_2025_TIERS },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    expect(result.units.filter((unit) => unit.level === 'province')).toHaveLength(34);
    expect(result.units.filter((unit) => unit.level === 'commune')).toHaveLength(3321);
    expect(result.units.filter((unit) => unit.kind === 'dac_khu')).toHaveLength(13);
  });
});
