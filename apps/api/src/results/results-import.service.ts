import type { InputIssue, ResultImportReport, UnitLevel } from '@govindex/contracts';
import { foldVietnamese, readResultSheet, type ResultRow } from '@govindex/domain';
import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import { requireRole } from '../access/access-policy.js';
import type { Actor } from '../access/request-context.js';
import { ScopedDatabase } from '../access/scoped-database.js';
import { AuditService } from '../audit/audit.service.js';
import { CatalogService } from '../catalog/catalog.service.js';
import type { DatabaseConnection } from '../database/database-connection.js';
import { DATABASE_CONNECTION } from '../database/database.module.js';
import { readUploadedTable } from '../common/spreadsheet.js';

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
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
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
      // Units and scope first, so that "unchanged" is only ever told to someone who could import the file.
      const units = await resolveUnits(manager, actor, sheet.rows, input, framework.code);
      if (current?.file_sha256 === fileSha256) {
        return report('unchanged', current.id, sourceKey, sheet.rows, sheet.blankLines, null);
      }
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
      const values = valueRows(source!.id, sheet.rows, units, await indicatorIds(manager, sheet.rows));
      if (this.connection.pglite) await insertValues(manager, values);
      else await copyValues(manager, values);
      await recordCoverage(manager, source!.id, sheet.rows, units);
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
  // Two set-based lookups (by code, then by name under the parent): a per-row OR would defeat the index.
  const found = await manager.query<Array<{ line: number; id: number | null; province_id: number; in_scope: boolean; matches: number }>>(
    `WITH r AS (
       SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[]) AS r(line, code, name_folded, year)
     ), candidates AS (
       SELECT r.line, u.id, u.province_id, u.ancestry, u.valid_from, u.valid_until, r.year
       FROM r JOIN unit u ON r.code IS NOT NULL AND u.level = $5 AND u.code = r.code
       UNION ALL
       SELECT r.line, u.id, u.province_id, u.ancestry, u.valid_from, u.valid_until, r.year
       FROM r JOIN unit u ON r.code IS NULL AND u.level = $5 AND u.parent_id IS NOT DISTINCT FROM $6::int
                          AND (u.name_folded = r.name_folded OR u.full_name_folded = r.name_folded)
     ), in_force AS (
       SELECT * FROM candidates c
       WHERE (c.valid_from IS NULL OR c.valid_from <= make_date(c.year, 12, 31))
         AND (c.valid_until IS NULL OR c.valid_until >= make_date(c.year, 12, 31))
     )
     SELECT r.line, f.id, f.province_id, ($7::int IS NULL OR f.ancestry @> ARRAY[$7::int]) AS in_scope,
            count(f.id) OVER (PARTITION BY r.line)::int AS matches
     FROM r LEFT JOIN in_force f ON f.line = r.line`,
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
  // result_coverage holds one row per (import, unit, year): reading the values themselves here cost
  // every value of every unit and year in the file (docs/PERFORMANCE.md).
  const clashes = await manager.query<Array<{ line: number; source_key: string }>>(
    `SELECT DISTINCT ON (r.line) r.line, s.source_key
     FROM unnest($1::int[], $2::int[], $3::int[]) AS r(line, unit_id, year)
     JOIN result_coverage c ON c.unit_id = r.unit_id AND c.year = r.year
     JOIN result_source s ON s.id = c.source_id AND s.superseded_at IS NULL AND s.framework_id = $4 AND s.source_key <> $5
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

/** Which units and years this import holds: what the next import's clash check reads. */
async function recordCoverage(manager: EntityManager, sourceId: number, rows: readonly ResultRow[], units: Map<number, ResolvedUnit>): Promise<void> {
  await manager.query(
    `INSERT INTO result_coverage (source_id, unit_id, year, province_id)
     SELECT DISTINCT $1::int, c.unit_id, c.year, c.province_id FROM unnest($2::int[], $3::smallint[], $4::int[]) AS c(unit_id, year, province_id)`,
    [sourceId, rows.map((row) => units.get(row.line)!.id), rows.map((row) => row.year), rows.map((row) => units.get(row.line)!.provinceId)],
  );
}

type ValueTuple = [year: number, unitId: number, provinceId: number, indicatorId: number, value: number, rank: number | null, grade: string | null, computed: boolean];

interface ValueRows {
  sourceId: number;
  tuples: ValueTuple[];
}

async function indicatorIds(manager: EntityManager, rows: readonly ResultRow[]): Promise<Map<string, number>> {
  const found = await manager.query<Array<{ version_id: number; code: string; id: number }>>(
    'SELECT version_id, code, id FROM indicator WHERE version_id = ANY($1::int[])',
    [[...new Set(rows.map((row) => row.versionId))]],
  );
  return new Map(found.map((row) => [`${row.version_id}:${row.code}`, row.id]));
}

/** Every value of the import as a row of result_value; rank and grade ride on the total. */
function valueRows(sourceId: number, rows: readonly ResultRow[], units: Map<number, ResolvedUnit>, idOf: Map<string, number>): ValueRows {
  const tuples: ValueTuple[] = [];
  for (const row of rows) {
    const unit = units.get(row.line)!;
    for (const [code, value] of row.values) {
      const isTotal = code === 'TOTAL';
      tuples.push([row.year, unit.id, unit.provinceId, idOf.get(`${row.versionId}:${code}`)!, value, isTotal ? row.rank : null, isTotal ? row.grade : null, row.computed.has(code)]);
    }
  }
  return { sourceId, tuples };
}

/** The embedded database's path: a few large multi-row inserts. */
async function insertValues(manager: EntityManager, { sourceId, tuples }: ValueRows): Promise<void> {
  for (let start = 0; start < tuples.length; start += BATCH) {
    const batch = tuples.slice(start, start + BATCH);
    const column = (index: number) => batch.map((tuple) => tuple[index]);
    await manager.query(
      `INSERT INTO result_value (source_id, year, unit_id, province_id, indicator_id, value, published_rank, grade, computed)
       SELECT $1, * FROM unnest($2::smallint[], $3::int[], $4::int[], $5::int[], $6::numeric[], $7::int[], $8::text[], $9::boolean[])`,
      [sourceId, column(0), column(1), column(2), column(3), column(4), column(5), column(6), column(7)],
    );
  }
}

/**
 * A PostgreSQL server's path. COPY cannot write to a table under row-level security, so the rows go in
 * as the table's owner, and the second wall runs set-wise right after, in the same transaction and back
 * under the restricted role: every unit the import wrote must pass the policy function, or the whole
 * transaction fails.
 */
async function copyValues(manager: EntityManager, { sourceId, tuples }: ValueRows): Promise<void> {
  const client = (manager.queryRunner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  await manager.query(`SELECT set_config('role', 'none', true)`);
  const copy = client.query(copyFrom('COPY result_value (source_id, year, unit_id, province_id, indicator_id, value, published_rank, grade, computed) FROM STDIN'));
  const text = (value: string | null) => (value === null ? '\\N' : value.replace(/[\\\t\n\r]/g, (char) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[char]!));
  function* lines(): Generator<string> {
    let chunk = '';
    for (const [year, unitId, provinceId, indicatorId, value, rank, grade, computed] of tuples) {
      chunk += `${sourceId}\t${year}\t${unitId}\t${provinceId}\t${indicatorId}\t${value}\t${rank ?? '\\N'}\t${text(grade)}\t${computed ? 't' : 'f'}\n`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), copy);
  await manager.query(`SELECT set_config('role', 'govindex_app', true)`);
  const [outside] = await manager.query<Array<{ unit_id: number }>>(
    `SELECT u.unit_id FROM unnest($1::int[]) AS u(unit_id) WHERE NOT govindex_unit_in_scope(u.unit_id) LIMIT 1`,
    [[...new Set(tuples.map((tuple) => tuple[1]))]],
  );
  if (outside) throw new Error(`row-level security: unit ${outside.unit_id} is outside the importer's scope`);
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

/**
 * Problems listed in one answer: enough to fix a file row by row, few enough that a file wrong on every
 * one of a million rows is not answered with 100 MB of JSON (it was, and the API grew past 1 GB).
 */
export const MAX_LISTED_ISSUES = 1_000;

function rejection(issues: InputIssue[]): UnprocessableEntityException {
  const listed = issues.length > MAX_LISTED_ISSUES ? ` (dưới đây là ${MAX_LISTED_ISSUES} lỗi đầu tiên)` : '';
  return new UnprocessableEntityException({
    message: `Tệp có ${issues.length} lỗi${listed}; chưa ghi gì vào cơ sở dữ liệu. Sửa các lỗi dưới đây rồi nhập lại.`,
    details: issues.slice(0, MAX_LISTED_ISSUES),
  });
}

const LEVEL_VI: Record<UnitLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };
