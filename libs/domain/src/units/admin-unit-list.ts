import type { InputIssue, UnitKind, UnitLevel } from '@govindex/contracts';
import { parseCsv } from '../csv/parse-csv.js';
import { parseUnitName } from './unit-name.js';

/** One unit of a national list, with its parent named by GSO code. */
export interface AdminUnitRecord {
  code: string;
  fullName: string;
  name: string;
  level: UnitLevel;
  kind: UnitKind;
  parentCode: string | null;
}

/** How one tier of the tree appears in a flat list: which columns hold its code and name. */
export interface AdminListTier {
  level: UnitLevel;
  codeColumn: string;
  nameColumn: string;
  codeLength: number;
}

/** The GSO list in force until 30/06/2025: province → district → commune, one row per commune. */
export const PRE_2025_TIERS: readonly AdminListTier[] = [
  { level: 'province', codeColumn: 'province_code', nameColumn: 'province_full_name', codeLength: 2 },
  { level: 'district', codeColumn: 'district_code', nameColumn: 'district_full_name', codeLength: 3 },
  { level: 'commune', codeColumn: 'ward_code', nameColumn: 'ward_full_name', codeLength: 5 },
];

/** The list in force from 01/07/2025: province → commune, the district tier abolished. */
export const POST_2025_TIERS: readonly AdminListTier[] = [
  { level: 'province', codeColumn: 'province_code', nameColumn: 'province_full_name', codeLength: 2 },
  { level: 'commune', codeColumn: 'ward_code', nameColumn: 'ward_full_name', codeLength: 5 },
];

/** The pre-2025 districts that had no commune, listed apart since the main list has a row per commune. */
export const PRE_2025_DISTRICT_TIERS: readonly AdminListTier[] = PRE_2025_TIERS.slice(0, 2);

export interface AdminListSource {
  text: string;
  file: string;
  tiers: readonly AdminListTier[];
}

export type AdminListResult =
  | { ok: true; units: AdminUnitRecord[] }
  | { ok: false; issues: InputIssue[] };

const LEVEL_ORDER: readonly UnitLevel[] = ['province', 'district', 'commune'];

/**
 * Reads flat national unit lists (one row per leaf, ancestors repeated on each row) into distinct
 * units, parents before children; several files of one map are read as one. Every problem is reported
 * with its file, row and column: a malformed code, a name without a kind valid at its level, a code
 * whose name or parent differs between rows, a leaf listed twice, a file with no rows.
 */
export function readAdminUnitList(sources: readonly AdminListSource[]): AdminListResult {
  const issues: InputIssue[] = [];
  const seenByLevel = new Map<UnitLevel, Map<string, AdminUnitRecord & { file: string; firstRow: number }>>(
    LEVEL_ORDER.map((level) => [level, new Map()]),
  );

  for (const { text, file, tiers } of sources) {
    const parsed = parseCsv(text, file, tiers.flatMap((tier) => [tier.codeColumn, tier.nameColumn]));
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    if (parsed.table.records.length === 0) issues.push({ file, row: 2, message: 'Tệp không có dòng dữ liệu nào.' });
    for (const record of parsed.table.records) {
      let parent: AdminUnitRecord | null = null;
      for (const [depth, tier] of tiers.entries()) {
        const code = (record.values[tier.codeColumn] ?? '').trim();
        const fullName = (record.values[tier.nameColumn] ?? '').trim().replace(/\s+/g, ' ');
        const at = (column: string) => ({ file, row: record.line, column });
        if (!new RegExp(`^\\d{${tier.codeLength}}$`).test(code)) {
          issues.push({ ...at(tier.codeColumn), message: `Mã "${code}" không hợp lệ: cần ${tier.codeLength} chữ số.` });
          break;
        }
        const nameParts = parseUnitName(fullName, tier.level, parent?.kind);
        if (!nameParts) {
          issues.push({
            ...at(tier.nameColumn),
            message: `Tên "${fullName}" không bắt đầu bằng loại đơn vị hợp lệ ở cấp ${LEVEL_VI[tier.level]}.`,
          });
          break;
        }
        const seen = seenByLevel.get(tier.level) ?? new Map();
        const existing = seen.get(code);
        const parentCode: string | null = parent?.code ?? null;
        if (existing) {
          const where = existing.file === file ? `dòng ${existing.firstRow}` : `${existing.file} dòng ${existing.firstRow}`;
          if (depth === tiers.length - 1) {
            issues.push({ ...at(tier.codeColumn), message: `Mã ${code} đã có ở ${where}.` });
          } else if (existing.fullName !== fullName) {
            issues.push({
              ...at(tier.nameColumn),
              message: `Mã ${code} mang tên "${existing.fullName}" ở ${where}, ở đây là "${fullName}".`,
            });
          } else if (existing.parentCode !== parentCode) {
            issues.push({
              ...at(tier.codeColumn),
              message: `Mã ${code} thuộc đơn vị ${existing.parentCode} ở ${where}, ở đây thuộc ${parentCode}.`,
            });
          }
          parent = existing;
          continue;
        }
        const unit: AdminUnitRecord & { file: string; firstRow: number } = {
          code,
          fullName,
          ...nameParts,
          level: tier.level,
          parentCode,
          file,
          firstRow: record.line,
        };
        seen.set(code, unit);
        parent = unit;
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const units = LEVEL_ORDER.flatMap((level) =>
    [...(seenByLevel.get(level)?.values() ?? [])].map(({ file: _file, firstRow: _firstRow, ...unit }) => unit),
  );
  return { ok: true, units };
}

const LEVEL_VI: Readonly<Record<UnitLevel, string>> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };
