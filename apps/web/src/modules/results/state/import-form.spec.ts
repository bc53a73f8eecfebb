import { describe, expect, it } from 'vitest';
import {
  importFormFields,
  isoDateOfVietnamese,
  MAX_UPLOAD_BYTES,
  sortIssues,
  templateUrl,
  validateImportForm,
  type ImportFormValues,
  type ImportProblems,
} from './import-form';

const PROBLEMS: ImportProblems = {
  frameworkRequired: 'framework',
  levelRequired: 'level',
  issuerRequired: 'issuer',
  tooLong: (max) => `max ${max}`,
  dateInvalid: 'date',
  fileRequired: 'file',
  fileType: 'type',
  fileTooLarge: 'large',
};

const VALID: ImportFormValues = {
  framework: 'PAR_INDEX',
  level: 'commune',
  year: '2024',
  issuer: ' UBND huyện Văn Lâm ',
  decisionNumber: '',
  decisionDate: '',
  sourceKey: '',
  file: { name: 'ket-qua.CSV', size: 2_000 },
};

describe('isoDateOfVietnamese', () => {
  it('reads dd/mm/yyyy as the API’s YYYY-MM-DD', () => {
    expect(isoDateOfVietnamese('15/04/2025')).toBe('2025-04-15');
    expect(isoDateOfVietnamese(' 5/4/2025 ')).toBe('2025-04-05');
    expect(isoDateOfVietnamese('05-04-2025')).toBe('2025-04-05');
  });

  it('refuses what is no calendar date, and treats nothing as no date', () => {
    expect(isoDateOfVietnamese('30/02/2025')).toBeNull();
    expect(isoDateOfVietnamese('2025-04-15')).toBeNull();
    expect(isoDateOfVietnamese('04/15/2025')).toBeNull();
    expect(isoDateOfVietnamese('')).toBe('');
  });
});

describe('validateImportForm', () => {
  it('accepts a complete form', () => {
    expect(validateImportForm(VALID, PROBLEMS)).toEqual({});
  });

  it('names every field to correct', () => {
    expect(
      validateImportForm(
        { ...VALID, framework: '', level: '', issuer: '  ', decisionNumber: 'x'.repeat(101), decisionDate: '31/06/2025', file: null },
        PROBLEMS,
      ),
    ).toEqual({ framework: 'framework', level: 'level', issuer: 'issuer', decisionNumber: 'max 100', decisionDate: 'date', file: 'file' });
  });

  it('takes only CSV or XLSX files of 20 MB at most', () => {
    expect(validateImportForm({ ...VALID, file: { name: 'ket-qua.xls', size: 10 } }, PROBLEMS)).toEqual({ file: 'type' });
    expect(validateImportForm({ ...VALID, file: { name: 'ket-qua.xlsx', size: MAX_UPLOAD_BYTES + 1 } }, PROBLEMS)).toEqual({ file: 'large' });
    expect(validateImportForm({ ...VALID, file: { name: 'ket-qua.xlsx', size: MAX_UPLOAD_BYTES } }, PROBLEMS)).toEqual({});
  });
});

describe('importFormFields', () => {
  it('sends trimmed values, the date as YYYY-MM-DD, and leaves empty optional fields out', () => {
    expect(importFormFields(VALID)).toEqual([
      ['framework', 'PAR_INDEX'],
      ['level', 'commune'],
      ['issuer', 'UBND huyện Văn Lâm'],
    ]);
    expect(importFormFields({ ...VALID, decisionNumber: ' 12/QĐ-UBND ', decisionDate: '15/04/2025', sourceKey: 'van-lam-2024' })).toEqual([
      ['framework', 'PAR_INDEX'],
      ['level', 'commune'],
      ['issuer', 'UBND huyện Văn Lâm'],
      ['decisionNumber', '12/QĐ-UBND'],
      ['decisionDate', '2025-04-15'],
      ['sourceKey', 'van-lam-2024'],
    ]);
  });
});

describe('templateUrl and sortIssues', () => {
  it('asks the API for the template of a framework, level and year', () => {
    expect(templateUrl('PAPI', 'province', 2024, 'csv')).toBe('/api/v1/results/template?framework=PAPI&level=province&year=2024&format=csv');
  });

  it('lists problems of the whole file first, then by row and column', () => {
    expect(
      sortIssues([
        { file: 'a.csv', row: 3, column: 'D2', message: 'x' },
        { file: 'a.csv', row: 3, column: 'D10', message: 'y' },
        { file: 'a.csv', row: 2, message: 'z' },
        { file: 'a.csv', message: 'w' },
      ]).map((issue) => issue.message),
    ).toEqual(['w', 'z', 'x', 'y']);
  });
});
