import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../csv/parse-csv.js';
import type { CatalogIndicator } from '../indicator-tree.js';
import { readResultSheet, type CatalogVersion } from '../result-sheet.js';

const dimension = (code: string, aliases: string[] = []): CatalogIndicator => ({
  code,
  parentCode: 'TOTAL',
  nameVi: code,
  min: 1,
  max: 10,
  aggregation: 'none',
  weight: null,
  aliases,
});
const total = (max: number): CatalogIndicator => ({ code: 'TOTAL', parentCode: null, nameVi: 'Tổng', min: 2, max, aggregation: 'sum', weight: null, aliases: [] });

const VERSIONS: CatalogVersion[] = [
  { id: 1, label: 'Bản 2011–2017', firstYear: 2011, lastYear: 2017, indicators: [total(20), dimension('D1', ['D1_participation']), dimension('D2')] },
  { id: 2, label: 'Bản 2018–nay', firstYear: 2018, lastYear: null, indicators: [total(30), dimension('D1', ['D1_participation']), dimension('D2'), dimension('D3')] },
];

function read(csv: string, ignoreColumns: string[] = []) {
  const parsed = parseCsv(csv, 'kq.csv');
  if (!parsed.ok) throw new Error('fixture does not parse');
  return readResultSheet(parsed.table, 'kq.csv', VERSIONS, { ignoreColumns });
}

describe('readResultSheet', () => {
  it('reads values by code or alias, picks the version by year, and computes the total', () => {
    const sheet = read('ma_don_vi,nam,D1_participation,D2,D3\n33,2017,"5,5",6,\n33,2018,5,6,7\n01,2018,,,\n');
    expect(sheet.issues).toEqual([]);
    expect(sheet.blankLines).toEqual([4]);
    expect(sheet.rows.map((row) => [row.line, row.versionId, Object.fromEntries(row.values), [...row.computed]])).toEqual([
      [2, 1, { D1: 5.5, D2: 6, TOTAL: 11.5 }, ['TOTAL']],
      [3, 2, { D1: 5, D2: 6, D3: 7, TOTAL: 18 }, ['TOTAL']],
    ]);
  });

  it('leaves a total uncomputed when a child is missing', () => {
    const sheet = read('ma_don_vi,nam,D1,D2,D3\n33,2018,5,6,\n');
    expect(Object.fromEntries(sheet.rows[0]!.values)).toEqual({ D1: 5, D2: 6 });
  });

  it('checks a stated total against its children, allowing rounding', () => {
    const sheet = read('ma_don_vi,nam,D1,D2,TOTAL\n33,2017,5.004,6.004,11.01\n34,2017,5,6,12\n');
    expect(sheet.issues).toEqual([
      { file: 'kq.csv', row: 3, column: 'TOTAL', message: 'TOTAL ghi 12,00 nhưng tính từ các chỉ số con (D1, D2) được 11,00.' },
    ]);
    expect(sheet.rows).toEqual([]);
  });

  it('reports every bad cell with its row and column, and keeps no row', () => {
    const sheet = read('ma_don_vi,nam,D1,D2,D3,xep_hang\n33,2010,5,6,,\n33,2018,abc,11,7,\n,2018,5,5,5,\n34,2017,5,5,5,\n35,2018,5,5,5,x\n');
    expect(sheet.issues).toEqual([
      { file: 'kq.csv', row: 2, column: 'nam', message: 'Năm 2010 không thuộc phiên bản nào (2011–2017, 2018–nay).' },
      { file: 'kq.csv', row: 3, column: 'D1', message: 'Giá trị "abc" không phải là số.' },
      { file: 'kq.csv', row: 3, column: 'D2', message: 'Giá trị 11,0000 ngoài khoảng 1–10 của D2.' },
      { file: 'kq.csv', row: 4, column: 'ma_don_vi', message: 'Thiếu mã hoặc tên đơn vị.' },
      { file: 'kq.csv', row: 5, column: 'D3', message: 'Chỉ số D3 không có trong Bản 2011–2017.' },
      { file: 'kq.csv', row: 6, column: 'xep_hang', message: 'Xếp hạng "x" phải là số nguyên dương.' },
    ]);
    expect(sheet.rows).toEqual([]);
  });

  it('reports a unit listed twice in a year', () => {
    const sheet = read('ten_don_vi,nam,D1\nHưng Yên,2018,5\nhung yen,2018,6\n');
    expect(sheet.issues).toEqual([{ file: 'kq.csv', row: 3, column: 'ten_don_vi', message: 'Đơn vị hung yen năm 2018 trùng với dòng 2.' }]);
  });

  it('reports unknown and doubled columns, and missing unit, year and indicator columns', () => {
    expect(read('ma_don_vi,nam,D1,D1_participation,Dx\n33,2018,1,1,1\n').issues).toEqual([
      { file: 'kq.csv', row: 1, column: 'D1_participation', message: 'Cột "D1_participation" trùng chỉ số D1 với cột "D1".' },
      { file: 'kq.csv', row: 1, column: 'Dx', message: 'Cột "Dx" không phải mã chỉ số nào của bộ chỉ số này.' },
    ]);
    expect(read('vung\nBắc\n').issues.map((issue) => issue.message)).toEqual([
      'Cột "vung" không phải mã chỉ số nào của bộ chỉ số này.',
      'Thiếu cột năm (nam hoặc year).',
      'Thiếu cột đơn vị (ma_don_vi, unit_code, gso_code, ten_don_vi, unit_name).',
      'Không có cột chỉ số nào.',
    ]);
  });

  it('passes over the columns it is told to ignore', () => {
    expect(read('ma_don_vi,vung,nam,D1\n33,Bắc,2018,5\n', ['vung']).issues).toEqual([]);
  });
});
