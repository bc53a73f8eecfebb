import type { InputIssue, ResultImportReport, UnitLevel } from '@govindex/contracts';
import { foldVietnamese, readResultSheet, type ResultRow } from '@govindex/domain';
import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { requireRole } from '../access/access-policy.js';
import type { Actor } from '../access/request-context.js';
import { ScopedDatabase } from '../access/scoped-database.js';
import { AuditService } from '../audit/audit.service.js';
import { CatalogService } from '../catalog/catalog.service.js';
import { readUploadedTable } from './spreadsheet.js';

export interface ResultImportInput {
  fileName: string;
  bytes: Buffer;
  framework: string;
  level: UnitLevel;
  issuer: string;
  decisionNumber?: string;
  decisionDate?: string;
  /** Identifies the source across corrections; defaults to framework, level, issuer and decision. */
  sourceKey?: string;
  simulated?: boolean;
  ignoreColumns?: readonly string[];
  /** Units named (not coded) in the file are looked up among this unit's children. */
  parentId?: number;
}

/** Rows per INSERT statement: large enough to amortise round trips, small enough for PGlite's memory. */
const BATCH = 20_000;

@Injectable()
export class ResultsImportService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Imports a file of published results in one transaction: validate everything first (values,
   * units, scope, conflicts), then write. The same file under the same source key changes nothing;
   * a different file for the key supersedes the previous import and keeps it as history.
   */
  import(input: ResultImportInput): Promise<ResultImportReport> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, 'admin', 'province_officer', 'district_officer');
      const fileSha256 = createHash('sha256').update(input.bytes).digest('hex');
      const sourceKey = input.sourceKey ?? [input.framework.toUpperCase(), input.level, input.issuer, input.decisionNumber ?? input.fileName].join(' | ');

      const [current] = await manager.query<Array<{ id: number; file_sha256: string; value_count: number; unit_count: number }>>(
        'SELECT id, file_sha256, value_count, unit_count FROM result_source WHERE source_key = $1 AND superseded_at IS NULL',
        [sourceKey],
      );
      const table = await readUploadedTable(input.bytes, input.fileName);
      if (!table.ok) throw rejection(table.issues);
      const framework = await this.catalog.frameworkAtLevel(manager, input.framework, input.level, actor.provinceId);
      const sheet = readResultSheet(table.table, input.fileName, framework.versions, { ignoreColumns: input.ignoreColumns ?? [] });
      if (sheet.issues.length > 0) throw rejection(sheet.issues);
      if (sheet.rows.length === 0) throw rejection([{ file: input.fileName, message: 'Tệp không có dòng kết quả nào.' }]);
      if (current?.file_sha256 === fileSha256) {
        return report('unchanged', current.id, sourceKey, sheet.rows, sheet.blankLines, null);
      }

      const units = await resolveUnits(manager, actor, sheet.rows, input, framework.code);
      await assertNoOtherSource(manager, sourceKey, framework.frameworkId, input.fileName, sheet.rows, units);

      if (current) await manager.query('UPDATE result_source SET superseded_at = now() WHERE id = $1', [current.id]);
      const [source] = await manager.query<Array<{ id: number }>>(
        `INSERT INTO result_source (framework_id, level, source_key, issuer, decision_number, decision_date, file_name, file_sha256,
                                    simulated, unit_id, province_id, imported_by, value_count, unit_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          framework.frameworkId,
          input.level,
          sourceKey,
          input.issuer,
          input.decisionNumber ?? null,
          input.decisionDate ?? null,
          input.fileName,
          fileSha256,
          input.simulated ?? false,
          actor.unitId,
          actor.provinceId,
          actor.userId,
          sheet.rows.reduce((count, row) => count + row.values.size, 0),
          new Set([...units.values()].map((unit) => unit.id)).size,
        ],
      );
      await insertValues(manager, source!.id, sheet.rows, units);
      const outcome = report('imported', source!.id, sourceKey, sheet.rows, sheet.blankLines, current?.id ?? null);
      await this.audit.record(manager, actor, {
        entity: 'result_source',
        entityId: source!.id,
        action: 'create',
        unitId: actor.unitId,
        provinceId: actor.provinceId,
        before: current ? { sourceId: current.id, values: current.value_count } : null,
        after: { sourceKey, file: input.fileName, sha256: fileSha256, values: outcome.values, rows: outcome.rows },
      });
      return outcome;
    });
  }
}

interface ResolvedUnit {
  id: number;
  provinceId: number;
}

/** Finds each row's unit (by GSO code, else exact name under the parent) as it stood at the end of that year. */
async function resolveUnits(
  manager: EntityManager,
  actor: Actor,
  rows: readonly ResultRow[],
  input: ResultImportInput,
  frameworkCode: string,
): Promise<Map<number, ResolvedUnit>> {
  const found = await manager.query<Array<{ line: number; id: number | null; province_id: number; in_scope: boolean; matches: number }>>(
    `SELECT r.line, u.id, u.province_id, u.in_scope, count(*) OVER (PARTITION BY r.line)::int AS matches
     FROM unnest($1::int[], $2::text[], $3::text[], $4::int[]) AS r(line, code, name_folded, year)
     LEFT JOIN LATERAL (
       SELECT u.id, u.province_id, ($7::int IS NULL OR u.ancestry @> ARRAY[$7::int]) AS in_scope
       FROM unit u
       WHERE u.level = $5
         AND (u.valid_from IS NULL OR u.valid_from <= make_date(r.year, 12, 31))
         AND (u.valid_until IS NULL OR u.valid_until >= make_date(r.year, 12, 31))
         AND CASE WHEN r.code IS NOT NULL THEN u.code = r.code
                  ELSE (u.name_folded = r.name_folded OR u.full_name_folded = r.name_folded)
                       AND u.parent_id IS NOT DISTINCT FROM $6::int END
     ) u ON true`,
    [
      rows.map((row) => row.line),
      rows.map((row) => row.unitCode),
      rows.map((row) => (row.unitName ? foldVietnamese(row.unitName) : null)),
      rows.map((row) => row.year),
      input.level,
      input.parentId ?? null,
      actor.role === 'admin' ? null : actor.unitId,
    ],
  );
  const issues: InputIssue[] = [];
  const units = new Map<number, ResolvedUnit>();
  const rowOf = new Map(rows.map((row) => [row.line, row]));
  for (const match of found) {
    const row = rowOf.get(match.line)!;
    const named = row.unitCode ? `mã ${row.unitCode}` : `"${row.unitName}"`;
    const column = row.unitCode ? 'ma_don_vi' : 'ten_don_vi';
    const at = { file: input.fileName, row: match.line, column };
    if (match.id === null) {
      issues.push({ ...at, message: `Không có đơn vị ${named} ở cấp ${LEVEL_VI[input.level]} vào năm ${row.year}.` });
    } else if (match.matches > 1) {
      if (!units.has(match.line) && !issues.some((issue) => issue.row === match.line)) {
        issues.push({ ...at, message: `Có ${match.matches} đơn vị tên ${named}: hãy dùng mã đơn vị.` });
      }
    } else if (!match.in_scope) {
      issues.push({ ...at, message: `Đơn vị ${named} nằm ngoài phạm vi quản lý của bạn; không nhập được kết quả ${frameworkCode} cho đơn vị này.` });
    } else {
      units.set(match.line, { id: match.id, provinceId: match.province_id });
    }
  }
  if (issues.length > 0) throw rejection(issues);
  return units;
}

/** Two current sources for the same unit, indicator and year would make every ranking ambiguous. */
async function assertNoOtherSource(
  manager: EntityManager,
  sourceKey: string,
  frameworkId: number,
  file: string,
  rows: readonly ResultRow[],
  units: Map<number, ResolvedUnit>,
): Promise<void> {
  const clashes = await manager.query<Array<{ line: number; source_key: string }>>(
    `SELECT DISTINCT ON (r.line) r.line, s.source_key
     FROM unnest($1::int[], $2::int[], $3::int[]) AS r(line, unit_id, year)
     JOIN result_value v ON v.unit_id = r.unit_id AND v.year = r.year
     JOIN result_source s ON s.id = v.source_id AND s.superseded_at IS NULL AND s.framework_id = $4 AND s.source_key <> $5
     ORDER BY r.line`,
    [rows.map((row) => row.line), rows.map((row) => units.get(row.line)!.id), rows.map((row) => row.year), frameworkId, sourceKey],
  );
  if (clashes.length === 0) return;
  throw rejection(
    clashes.map((clash) => ({
      file,
      row: clash.line,
      message: `Đơn vị này đã có kết quả năm ${rows.find((row) => row.line === clash.line)?.year} từ nguồn "${clash.source_key}". Để sửa, nhập lại với cùng mã nguồn đó.`,
    })),
  );
}

async function insertValues(manager: EntityManager, sourceId: number, rows: readonly ResultRow[], units: Map<number, ResolvedUnit>): Promise<void> {
  const indicatorIds = await manager.query<Array<{ version_id: number; code: string; id: number }>>(
    'SELECT version_id, code, id FROM indicator WHERE version_id = ANY($1::int[])',
    [[...new Set(rows.map((row) => row.versionId))]],
  );
  const idOf = new Map(indicatorIds.map((row) => [`${row.version_id}:${row.code}`, row.id]));
  const columns = { year: [] as number[], unit: [] as number[], province: [] as number[], indicator: [] as number[], value: [] as number[], rank: [] as (number | null)[], grade: [] as (string | null)[], computed: [] as boolean[] };
  const flush = async () => {
    if (columns.year.length === 0) return;
    await manager.query(
      `INSERT INTO result_value (source_id, year, unit_id, province_id, indicator_id, value, published_rank, grade, computed)
       SELECT $1, * FROM unnest($2::smallint[], $3::int[], $4::int[], $5::int[], $6::numeric[], $7::int[], $8::text[], $9::boolean[])`,
      [sourceId, columns.year, columns.unit, columns.province, columns.indicator, columns.value, columns.rank, columns.grade, columns.computed],
    );
    for (const list of Object.values(columns)) list.length = 0;
  };
  for (const row of rows) {
    const unit = units.get(row.line)!;
    for (const [code, value] of row.values) {
      const isTotal = code === 'TOTAL';
      columns.year.push(row.year);
      columns.unit.push(unit.id);
      columns.province.push(unit.provinceId);
      columns.indicator.push(idOf.get(`${row.versionId}:${code}`)!);
      columns.value.push(value);
      columns.rank.push(isTotal ? row.rank : null);
      columns.grade.push(isTotal ? row.grade : null);
      columns.computed.push(row.computed.has(code));
      if (columns.year.length >= BATCH) await flush();
    }
  }
  await flush();
}

function report(
  status: ResultImportReport['status'],
  sourceId: number,
  sourceKey: string,
  rows: readonly ResultRow[],
  blankLines: number[],
  supersededSourceId: number | null,
): ResultImportReport {
  return {
    status,
    sourceId,
    sourceKey,
    rows: rows.length,
    values: rows.reduce((count, row) => count + row.values.size, 0),
    computedValues: rows.reduce((count, row) => count + row.computed.size, 0),
    blankLines,
    supersededSourceId,
  };
}

function rejection(issues: InputIssue[]): UnprocessableEntityException {
  return new UnprocessableEntityException({
    message: `Tệp có ${issues.length} lỗi; chưa ghi gì vào cơ sở dữ liệu. Sửa các lỗi dưới đây rồi nhập lại.`,
    details: issues,
  });
}

const LEVEL_VI: Record<UnitLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };
