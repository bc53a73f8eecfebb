import type { InputIssue, UnitLevel } from '@govindex/contracts';
import { parseCsv } from '../csv/parse-csv.js';

/** One line of a reform crosswalk: the old unit (or part of it) that went into the new one. */
export interface CrosswalkLink {
  row: number;
  successorCode: string;
  successorLevel: UnitLevel;
  predecessorCode: string;
  predecessorLevel: UnitLevel;
  mergeType: 'full' | 'partial';
}

/** GSO codes tell the level by their length: 2 digits a province, 3 a district, 5 a commune. */
type LevelByCodeLength = Readonly<Partial<Record<number, UnitLevel>>>;

export interface CrosswalkColumns {
  successorCodeColumn: string;
  predecessorCodeColumn: string;
  mergeTypeColumn: string;
  successorLevels: LevelByCodeLength;
  predecessorLevels: LevelByCodeLength;
}

/**
 * data/admin-units/admin_crosswalk_2025_new_to_old.csv: new commune ← old communes, and five special
 * zones (đặc khu) ← the island districts that had no communes.
 */
export const COMMUNE_CROSSWALK_2025: CrosswalkColumns = {
  successorCodeColumn: 'new_ward_code',
  predecessorCodeColumn: 'old_ward_code',
  mergeTypeColumn: 'merge_type',
  successorLevels: { 5: 'commune' },
  predecessorLevels: { 5: 'commune', 3: 'district' },
};

/** data/admin-units/admin_crosswalk_2025_provinces_63_to_34.csv: new province ← old provinces. */
export const PROVINCE_CROSSWALK_2025: CrosswalkColumns = {
  successorCodeColumn: 'new_province_code',
  predecessorCodeColumn: 'old_province_code',
  mergeTypeColumn: 'merge_type',
  successorLevels: { 2: 'province' },
  predecessorLevels: { 2: 'province' },
};

export type CrosswalkResult = { ok: true; links: CrosswalkLink[] } | { ok: false; issues: InputIssue[] };

/** Reads a crosswalk, reporting malformed codes, unknown merge types and pairs listed twice by row and column. */
export function readCrosswalk(text: string, file: string, columns: CrosswalkColumns): CrosswalkResult {
  const { successorCodeColumn, predecessorCodeColumn, mergeTypeColumn } = columns;
  const parsed = parseCsv(text, file, [successorCodeColumn, predecessorCodeColumn, mergeTypeColumn]);
  if (!parsed.ok) return parsed;

  const issues: InputIssue[] = [];
  const links: CrosswalkLink[] = [];
  const firstRowOfPair = new Map<string, number>();
  for (const { line: row, values } of parsed.table.records) {
    const successorCode = (values[successorCodeColumn] ?? '').trim();
    const predecessorCode = (values[predecessorCodeColumn] ?? '').trim();
    const mergeType = (values[mergeTypeColumn] ?? '').trim() as CrosswalkLink['mergeType'];
    let valid = true;
    const levelOf = (column: string, code: string, levels: LevelByCodeLength): UnitLevel | undefined => {
      const level = /^\d+$/.test(code) ? levels[code.length] : undefined;
      if (!level) {
        const lengths = Object.keys(levels).join(' hoặc ');
        issues.push({ file, row, column, message: `Mã "${code}" không hợp lệ: cần ${lengths} chữ số.` });
        valid = false;
      }
      return level;
    };
    const successorLevel = levelOf(successorCodeColumn, successorCode, columns.successorLevels);
    const predecessorLevel = levelOf(predecessorCodeColumn, predecessorCode, columns.predecessorLevels);
    if (mergeType !== 'full' && mergeType !== 'partial') {
      issues.push({ file, row, column: mergeTypeColumn, message: `Kiểu sáp nhập "${mergeType}" không hợp lệ: cần full hoặc partial.` });
      valid = false;
    }
    if (!valid || !successorLevel || !predecessorLevel) continue;
    const pair = `${successorCode}←${predecessorCode}`;
    const earlier = firstRowOfPair.get(pair);
    if (earlier !== undefined) {
      issues.push({ file, row, column: predecessorCodeColumn, message: `Cặp ${successorCode} ← ${predecessorCode} đã có ở dòng ${earlier}.` });
      continue;
    }
    firstRowOfPair.set(pair, row);
    links.push({ row, successorCode, successorLevel, predecessorCode, predecessorLevel, mergeType });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, links };
}
