import { describe, expect, it } from 'vitest';
import { parseCsv } from '../parse-csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and drops a BOM', () => {
    const text = '\uFEFFcode,name\r\n01,"Hà Nội, thủ đô"\r\n02,"Tên ""lạ""\nhai dòng"\n03,Cuối';
    const result = parseCsv(text, 'units.csv', ['code', 'name']);
    expect(result).toEqual({
      ok: true,
      table: {
        header: ['code', 'name'],
        records: [
          { line: 2, values: { code: '01', name: 'Hà Nội, thủ đô' } },
          { line: 3, values: { code: '02', name: 'Tên "lạ"\nhai dòng' } },
          { line: 5, values: { code: '03', name: 'Cuối' } },
        ],
      },
    });
  });

  it('skips blank lines but keeps counting them', () => {
    const result = parseCsv('a,b\n\n1,2\n', 'f.csv');
    expect(result.ok && result.table.records).toEqual([{ line: 3, values: { a: '1', b: '2' } }]);
  });

  it('reports an empty file', () => {
    expect(parseCsv('', 'empty.csv')).toEqual({
      ok: false,
      issues: [{ file: 'empty.csv', row: 1, message: 'Tệp rỗng: không có dòng tiêu đề.' }],
    });
  });

  it('reports missing and duplicated header columns', () => {
    const result = parseCsv('code,code\n1,2', 'f.csv', ['code', 'name']);
    expect(result).toEqual({
      ok: false,
      issues: [
        { file: 'f.csv', row: 1, column: 'code', message: 'Cột "code" xuất hiện hai lần.' },
        { file: 'f.csv', row: 1, column: 'name', message: 'Thiếu cột bắt buộc "name".' },
      ],
    });
  });

  it('reports every row with the wrong number of cells, by line', () => {
    const result = parseCsv('a,b\n1\n1,2\n1,2,3', 'f.csv');
    expect(result).toEqual({
      ok: false,
      issues: [
        { file: 'f.csv', row: 2, message: 'Dòng có 1 ô, tiêu đề có 2 cột.' },
        { file: 'f.csv', row: 4, message: 'Dòng có 3 ô, tiêu đề có 2 cột.' },
      ],
    });
  });

  it('reports an unterminated quote at the line where it opened', () => {
    expect(parseCsv('a,b\n1,2\n3,"open\nmore', 'f.csv')).toEqual({
      ok: false,
      issues: [{ file: 'f.csv', row: 3, message: 'Dấu ngoặc kép mở nhưng không đóng.' }],
    });
  });
});
