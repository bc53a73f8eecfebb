import { describe, expect, it } from 'vitest';
import { buildAboutSheet, buildExportSheet, exportCell, exportFileName, neutraliseFormula, sheetName, type ExportColumn } from './table-export';

interface Row {
  name: string;
  value: number | null;
  simulated: boolean;
}

const columns: ExportColumn<Row>[] = [
  { header: 'Đơn vị', value: (row) => row.name },
  { header: 'Điểm', value: (row) => row.value, numberFormat: '0.00' },
  { header: 'Mô phỏng', value: (row) => row.simulated, width: 10 },
];

describe('neutraliseFormula', () => {
  it('puts a quote before text a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil.example","bấm")')).toBe('\'=HYPERLINK("http://evil.example","bấm")');
    expect(neutraliseFormula('+84 912')).toBe("'+84 912");
    expect(neutraliseFormula('-1+2')).toBe("'-1+2");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Tỉnh Hưng Yên')).toBe('Tỉnh Hưng Yên');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('exportCell', () => {
  it('keeps numbers as numbers, negative ones included, and empties missing values', () => {
    expect(exportCell(40.62)).toBe(40.62);
    expect(exportCell(-3)).toBe(-3);
    expect(exportCell(Number.NaN)).toBeNull();
    expect(exportCell(null)).toBeNull();
    expect(exportCell(undefined)).toBeNull();
  });

  it('writes booleans with the words given', () => {
    expect(exportCell(true, { yes: 'Có', no: 'Không' })).toBe('Có');
    expect(exportCell(false, { yes: 'Có', no: 'Không' })).toBe('Không');
  });
});

describe('buildExportSheet', () => {
  const sheet = buildExportSheet(
    'Xếp hạng',
    columns,
    [
      { name: 'Tỉnh Hưng Yên', value: 40.62, simulated: false },
      { name: '=cmd|calc', value: null, simulated: true },
    ],
    { yes: 'Có', no: '' },
  );

  it('writes the headings and one line per row, in column order', () => {
    expect(sheet.header).toEqual(['Đơn vị', 'Điểm', 'Mô phỏng']);
    expect(sheet.rows).toEqual([
      ['Tỉnh Hưng Yên', 40.62, ''],
      ["'=cmd|calc", null, 'Có'],
    ]);
  });

  it('fits widths to the longest text unless a column says otherwise, and keeps number formats', () => {
    expect(sheet.widths).toEqual(['Tỉnh Hưng Yên'.length + 2, '40.62'.length + 2, 10]);
    expect(sheet.numberFormats).toEqual([undefined, '0.00', undefined]);
  });

  it('writes an about sheet of label and value lines without headings', () => {
    const about = buildAboutSheet('Thông tin', [
      ['Bộ chỉ số', 'PAPI'],
      ['Năm', 2024],
    ]);
    expect(about.header).toEqual([]);
    expect(about.rows).toEqual([
      ['Bộ chỉ số', 'PAPI'],
      ['Năm', 2024],
    ]);
  });
});

describe('sheetName', () => {
  it('drops the characters Excel refuses and keeps 31 characters', () => {
    expect(sheetName('Lỗi: tệp/dòng [1]')).toBe('Lỗi tệp dòng 1');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('  ')).toBe('Sheet1');
  });
});

describe('exportFileName', () => {
  it('folds Vietnamese to ASCII words joined by dashes', () => {
    expect(exportFileName(['Xếp hạng', 'PAPI', 'cấp tỉnh', 2024, 'TOTAL'])).toBe('xep-hang-papi-cap-tinh-2024-total.xlsx');
    expect(exportFileName(['Đơn vị', null, '', 'D1.2'])).toBe('don-vi-d1.2.xlsx');
  });

  it('never returns an empty name', () => {
    expect(exportFileName(['***'])).toBe('govindex.xlsx');
  });
});
