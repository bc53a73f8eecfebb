import type { InputIssue } from '@govindex/contracts';
import type { CsvTable } from '../csv/parse-csv.js';
import { foldVietnamese } from '../text/fold-vietnamese.js';
import { formatDecimalVi, parseDecimal } from './decimal.js';
import { completeTree, type CatalogIndicator } from './indicator-tree.js';

/** A version of a framework at one level, as the importer needs it. */
export interface CatalogVersion {
  id: number;
  label: string;
  firstYear: number;
  lastYear: number | null;
  indicators: readonly CatalogIndicator[];
}

/** The columns every results file may carry besides indicators; the first name is the template's. */
export const RESULT_COLUMNS = {
  unitCode: ['ma_don_vi', 'unit_code', 'gso_code'],
  unitName: ['ten_don_vi', 'unit_name'],
  year: ['nam', 'year'],
  rank: ['xep_hang', 'rank'],
  grade: ['xep_loai', 'grade'],
} as const;

export interface ResultRow {
  line: number;
  unitCode: string | null;
  unitName: string | null;
  year: number;
  versionId: number;
  /** Every value by indicator code, parents computed from children where the file gave only those. */
  values: Map<string, number>;
  computed: Set<string>;
  rank: number | null;
  grade: string | null;
}

export interface ResultSheet {
  rows: ResultRow[];
  /** Rows with no value at all (a unit the source left blank that year), with their line. */
  blankLines: number[];
  issues: InputIssue[];
}

export interface ReadResultOptions {
  /** Columns to pass over (descriptive columns of a known source file). */
  ignoreColumns?: readonly string[];
}

/**
 * Reads a results table (from CSV or a spreadsheet) against a framework's versions: every value is a
 * number in its indicator's range, every row names a unit and a year some version covers, no unit
 * appears twice in a year, and parents agree with their children. Every problem is reported with its
 * file, row and column; nothing is half-read.
 */
export function readResultSheet(
  table: CsvTable,
  file: string,
  versions: readonly CatalogVersion[],
  options: ReadResultOptions = {},
): ResultSheet {
  const issues: InputIssue[] = [];
  const find = (names: readonly string[]) => table.header.find((column) => names.includes(column.trim().toLowerCase()));
  const columns = {
    unitCode: find(RESULT_COLUMNS.unitCode),
    unitName: find(RESULT_COLUMNS.unitName),
    year: find(RESULT_COLUMNS.year),
    rank: find(RESULT_COLUMNS.rank),
    grade: find(RESULT_COLUMNS.grade),
  };

  const codeOfHeader = new Map<string, string>();
  for (const version of versions) {
    for (const indicator of version.indicators) {
      for (const name of [indicator.code, ...indicator.aliases]) codeOfHeader.set(name.toLowerCase(), indicator.code);
    }
  }
  const reserved = new Set<string>(Object.values(columns).filter((column): column is string => column !== undefined));
  const ignored = new Set((options.ignoreColumns ?? []).map((column) => column.toLowerCase()));
  const indicatorColumns: Array<{ column: string; code: string }> = [];
  const columnOfCode = new Map<string, string>();
  for (const column of table.header) {
    if (reserved.has(column) || ignored.has(column.trim().toLowerCase())) continue;
    const code = codeOfHeader.get(column.trim().toLowerCase());
    if (!code) {
      issues.push({ file, row: 1, column, message: `Cột "${column}" không phải mã chỉ số nào của bộ chỉ số này.` });
    } else if (columnOfCode.has(code)) {
      issues.push({ file, row: 1, column, message: `Cột "${column}" trùng chỉ số ${code} với cột "${columnOfCode.get(code)}".` });
    } else {
      columnOfCode.set(code, column);
      indicatorColumns.push({ column, code });
    }
  }
  if (!columns.year) issues.push({ file, row: 1, message: `Thiếu cột năm (${RESULT_COLUMNS.year.join(' hoặc ')}).` });
  if (!columns.unitCode && !columns.unitName) {
    issues.push({ file, row: 1, message: `Thiếu cột đơn vị (${[...RESULT_COLUMNS.unitCode, ...RESULT_COLUMNS.unitName].join(', ')}).` });
  }
  if (indicatorColumns.length === 0) issues.push({ file, row: 1, message: 'Không có cột chỉ số nào.' });
  if (issues.length > 0) return { rows: [], blankLines: [], issues };

  const rows: ResultRow[] = [];
  const blankLines: number[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, values } of table.records) {
    const at = (column: string | undefined) => ({ file, row: line, ...(column ? { column } : {}) });
    const rowIssues: InputIssue[] = [];
    const cell = (column: string | undefined) => (column ? (values[column] ?? '').trim() : '');

    const yearText = cell(columns.year);
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    const version = year === null ? undefined : versions.find((candidate) => candidate.firstYear <= year && (candidate.lastYear ?? 9999) >= year);
    if (year === null) rowIssues.push({ ...at(columns.year), message: `Năm "${yearText}" không hợp lệ: cần 4 chữ số.` });
    else if (!version) {
      const covered = versions.map((candidate) => `${candidate.firstYear}–${candidate.lastYear ?? 'nay'}`).join(', ');
      rowIssues.push({ ...at(columns.year), message: `Năm ${year} không thuộc phiên bản nào (${covered}).` });
    }

    const unitCode = cell(columns.unitCode) || null;
    const unitName = cell(columns.unitName) || null;
    if (!unitCode && !unitName) rowIssues.push({ ...at(columns.unitCode ?? columns.unitName), message: 'Thiếu mã hoặc tên đơn vị.' });

    const given = new Map<string, number>();
    for (const { column, code } of indicatorColumns) {
      const number = parseDecimal(cell(column));
      if (number === null) continue;
      const indicator = version?.indicators.find((candidate) => candidate.code === code);
      if (Number.isNaN(number)) {
        rowIssues.push({ ...at(column), message: `Giá trị "${cell(column)}" không phải là số.` });
      } else if (version && !indicator) {
        rowIssues.push({ ...at(column), message: `Chỉ số ${code} không có trong ${version.label}.` });
      } else if (indicator && (number < indicator.min || number > indicator.max)) {
        rowIssues.push({
          ...at(column),
          message: `Giá trị ${formatDecimalVi(number, 4)} ngoài khoảng ${formatDecimalVi(indicator.min, 0)}–${formatDecimalVi(indicator.max, 0)} của ${code}.`,
        });
      } else {
        given.set(code, number);
      }
    }
    const rankText = cell(columns.rank);
    const rank = rankText === '' ? null : /^\d+$/.test(rankText) ? Number(rankText) : Number.NaN;
    if (Number.isNaN(rank)) rowIssues.push({ ...at(columns.rank), message: `Xếp hạng "${rankText}" phải là số nguyên dương.` });

    if (rowIssues.length > 0 || year === null || !version) {
      issues.push(...rowIssues);
      continue;
    }
    if (given.size === 0) {
      blankLines.push(line);
      continue;
    }
    const key = `${unitCode ? `code:${unitCode}` : `name:${foldVietnamese(unitName ?? '')}`}@${year}`;
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined) {
      issues.push({ ...at(columns.unitCode ?? columns.unitName), message: `Đơn vị ${unitCode ?? unitName} năm ${year} trùng với dòng ${earlier}.` });
      continue;
    }
    firstLineOf.set(key, line);
    const completed = completeTree(given, version.indicators);
    issues.push(...completed.issues.map((issue) => ({ file, row: line, ...issue })));
    rows.push({
      line,
      unitCode,
      unitName,
      year,
      versionId: version.id,
      values: completed.values,
      computed: completed.computed,
      rank,
      grade: cell(columns.grade) || null,
    });
  }
  return { rows: issues.length > 0 ? [] : rows, blankLines, issues };
}
