import type { UnitLevel } from '@govindex/contracts';
import { simulateIndicatorScores, simulatePlanYear, standInVersions, type CatalogVersion } from '@govindex/domain';
import type { INestApplicationContext } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { requestContext, SYSTEM_ACTOR } from '../access/request-context.js';
import { CatalogService } from '../catalog/catalog.service.js';
import { PAPI_SCORES_FILE, PAPI_SOURCE_KEY } from '../results/published-results.loader.js';
import { ResultsImportService } from '../results/results-import.service.js';
import { UsersService } from '../users/users.service.js';

/**
 * The country-scale dataset of `npm run bench`, written into a throw-away database the app has just
 * started on (units, catalog, real published results loaded). Results go through the product's own
 * importer (the path an upload takes), one file per framework, level and year, and each file's rows
 * are loaded again by a bare COPY into an identical twin table, so both rates come from the same run.
 * Plans and reports are written directly (COPY): they are the scenery the analytics read, not what
 * is measured. Everything is flagged simulated; the numbers come from libs/domain's seeded simulation.
 */

export type BenchSize = 'country' | 'province' | 'tiny';
export const BENCH_SIZES: readonly BenchSize[] = ['country', 'province', 'tiny'];
export const BENCH_FRAMEWORKS = ['PAPI', 'PAR_INDEX', 'SIPAS', 'DTI'] as const;
/** Fifteen years: 2011–2024 on the unit tree before the 2025 reform, 2025 on the tree after it. */
export const BENCH_YEARS = Array.from({ length: 15 }, (_, index) => 2011 + index);
export const BENCH_SEED = 'govindex-country-bench';
const LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune'];
/** Hưng Yên, its district Văn Lâm and the town Như Quỳnh: the units the measured views look at, in every size. */
export const BENCH_UNITS = { province: '33', district: '325', commune: '11986' } as const;
export const BENCH_PASSWORD = 'bench-password-govindex';
export const BENCH_ACCOUNTS = {
  province: 'bench.tinh@bench.govindex.vn',
  district: 'bench.huyen@bench.govindex.vn',
  commune: 'bench.xa@bench.govindex.vn',
} as const;

export interface BenchUnitIds {
  province: number;
  district: number;
  commune: number;
}

interface Unit {
  id: number;
  code: string;
  level: UnitLevel;
  parentCode: string | null;
  provinceId: number;
}

/** Units of the dataset for a year: the tree before the reform until 2024, after it in 2025. */
interface UnitSelection {
  before: Unit[];
  after: Unit[];
}

export interface ImportFigures {
  files: number;
  rows: number;
  values: number;
  /** ResultsImportService.import, summed over the files. */
  productSeconds: number;
  /** COPY of each file's stored rows into the twin table, summed. */
  rawCopySeconds: number;
  standInVersions: number;
  byFramework: Record<string, { files: number; values: number; productSeconds: number; rawCopySeconds: number }>;
}

export interface PlanFigures {
  plans: number;
  tasks: number;
  periods: number;
  reports: number;
  items: number;
  seconds: number;
}

/** The units of a size: all; one province (Hưng Yên); or one district (Văn Lâm) for CI. */
async function selectUnits(dataSource: DataSource, size: BenchSize): Promise<UnitSelection> {
  const scopeCode = size === 'country' ? null : size === 'province' ? BENCH_UNITS.province : BENCH_UNITS.district;
  const scopeLevel = size === 'province' ? 'province' : 'district';
  const rows = await dataSource.query<Array<{ id: number; code: string; level: UnitLevel; parent_code: string | null; province_id: number; after: boolean }>>(
    `WITH scope AS (
       SELECT id FROM unit WHERE code = $1 AND level = $2 AND valid_from IS NULL
     ), before AS (
       SELECT u.* FROM unit u
       WHERE u.valid_from IS NULL
         AND ($1::text IS NULL OR u.ancestry @> ARRAY[(SELECT id FROM scope)] OR u.id = ANY((SELECT ancestry FROM unit WHERE id = (SELECT id FROM scope))::int[]))
     ), after AS (
       SELECT u.* FROM unit u WHERE u.valid_from IS NOT NULL
         AND ($1::text IS NULL OR u.id IN (SELECT l.successor_id FROM unit_lineage l WHERE l.predecessor_id IN (SELECT id FROM before)))
     )
     SELECT x.id, x.code, x.level, p.code AS parent_code, x.province_id, x.after
     FROM (SELECT *, false AS after FROM before UNION ALL SELECT *, true FROM after) x
     LEFT JOIN unit p ON p.id = x.parent_id
     ORDER BY x.level, x.code`,
    [scopeCode, scopeLevel],
  );
  const toUnit = (row: (typeof rows)[number]): Unit => ({ id: row.id, code: row.code, level: row.level, parentCode: row.parent_code, provinceId: row.province_id });
  return { before: rows.filter((row) => !row.after).map(toUnit), after: rows.filter((row) => row.after).map(toUnit) };
}

/** The measured units' ids (before the reform). */
export async function benchUnitIds(dataSource: DataSource): Promise<BenchUnitIds> {
  const idOf = async (code: string, level: UnitLevel) => {
    const [row] = await dataSource.query<Array<{ id: number }>>('SELECT id FROM unit WHERE code = $1 AND level = $2 AND valid_from IS NULL', [code, level]);
    if (!row) throw new Error(`bench: unit ${level} ${code} is not loaded`);
    return row.id;
  };
  return {
    province: await idOf(BENCH_UNITS.province, 'province'),
    district: await idOf(BENCH_UNITS.district, 'district'),
    commune: await idOf(BENCH_UNITS.commune, 'commune'),
  };
}

/**
 * Where the catalog has no version of a framework for a level and year (districts have none; most
 * frameworks start after 2011), a stand-in copying the nearest real tree, labelled as the benchmark's.
 */
async function addStandInVersions(dataSource: DataSource): Promise<number> {
  let added = 0;
  for (const framework of BENCH_FRAMEWORKS) {
    const real = await dataSource.query<Array<{ id: number; level: string; first_year: number; last_year: number | null }>>(
      `SELECT v.id, v.level, v.first_year, v.last_year FROM framework_version v JOIN framework f ON f.id = v.framework_id
       WHERE f.code = $1 AND v.owner_province_id IS NULL`,
      [framework],
    );
    const plan = standInVersions(
      real.map((row) => ({ id: row.id, level: row.level, firstYear: row.first_year, lastYear: row.last_year })),
      LEVELS,
      BENCH_YEARS,
    );
    for (const standIn of plan) {
      const [version] = await dataSource.query<Array<{ id: number }>>(
        `INSERT INTO framework_version (framework_id, level, first_year, last_year, label, value_unit, source, quartile_groups,
                                        definition_sha256, weakness_thresholds)
         SELECT framework_id, $2::text, $3::smallint, $4::smallint, 'bench: ' || label || ' (' || $3::text || '–' || $4::text || ', cấp ' || $2::text || ', dữ liệu mô phỏng)',
                value_unit, 'benchmark stand-in of version ' || id, quartile_groups, $5, weakness_thresholds
         FROM framework_version WHERE id = $1 RETURNING id`,
        [standIn.templateId, standIn.level, standIn.firstYear, standIn.lastYear, createHash('sha256').update(JSON.stringify(standIn)).digest('hex')],
      );
      await dataSource.query(
        `INSERT INTO indicator (version_id, code, name_vi, name_en, min_value, max_value, higher_is_better, aggregation, weight, aliases, depth, sort_order)
         SELECT $2, code, name_vi, name_en, min_value, max_value, higher_is_better, aggregation, weight, aliases, depth, sort_order
         FROM indicator WHERE version_id = $1`,
        [standIn.templateId, version!.id],
      );
      await dataSource.query(
        `UPDATE indicator n SET parent_id = np.id
         FROM indicator t JOIN indicator tp ON tp.id = t.parent_id JOIN indicator np ON np.version_id = $2 AND np.code = tp.code
         WHERE t.version_id = $1 AND n.version_id = $2 AND n.code = t.code`,
        [standIn.templateId, version!.id],
      );
      await dataSource.query(
        'INSERT INTO grade_band (version_id, min_value, grade_vi, grade_en) SELECT $2, min_value, grade_vi, grade_en FROM grade_band WHERE version_id = $1',
        [standIn.templateId, version!.id],
      );
      added++;
    }
  }
  return added;
}

/** The leaves of a version's tree: what a results file gives; the importer computes the rest. */
function leavesOf(version: CatalogVersion) {
  const parents = new Set(version.indicators.map((indicator) => indicator.parentCode));
  return version.indicators.filter((indicator) => !parents.has(indicator.code));
}

export function benchSourceKey(framework: string, level: UnitLevel, year: number): string {
  return `bench | ${framework} | ${level} | ${year}`;
}

export interface BenchFile {
  framework: string;
  level: UnitLevel;
  year: number;
  csv: string;
  rows: number;
}

/** The results files of the dataset, one per framework, level and year, built lazily (one in memory at a time). */
async function* resultFiles(
  app: INestApplicationContext,
  units: UnitSelection,
  only?: { framework: string; level: UnitLevel; year: number },
): AsyncGenerator<BenchFile> {
  const dataSource = app.get(DataSource);
  const catalog = app.get(CatalogService);
  for (const framework of BENCH_FRAMEWORKS.filter((code) => !only || code === only.framework)) {
    // Real published values stay: a province-year that has them gets no simulated row.
    const published = new Set(
      (
        await dataSource.query<Array<{ key: string }>>(
          `SELECT DISTINCT unit_id || ':' || year AS key FROM current_result WHERE framework_code = $1 AND level = 'province' AND NOT simulated`,
          [framework],
        )
      ).map((row) => row.key),
    );
    for (const level of LEVELS.filter((candidate) => !only || candidate === only.level)) {
      const versions = (await catalog.frameworkAtLevel(dataSource.manager, framework, level)).versions;
      for (const year of BENCH_YEARS.filter((candidate) => !only || candidate === only.year)) {
        const version = versions.find((candidate) => candidate.firstYear <= year && (candidate.lastYear ?? 9999) >= year);
        if (!version) throw new Error(`bench: no ${framework} version for ${level} ${year}`);
        const leaves = leavesOf(version);
        const atLevel = (year >= 2025 ? units.after : units.before).filter((unit) => unit.level === level && !published.has(`${unit.id}:${year}`));
        if (atLevel.length === 0) continue;
        const rows = simulateIndicatorScores({
          seed: `${BENCH_SEED}|${framework}|${level}`,
          units: atLevel.map((unit) => ({ code: unit.code, groupCode: unit.parentCode ?? 'national' })),
          year,
          indicators: leaves,
        });
        const lines = [`ma_don_vi,nam,${leaves.map((leaf) => leaf.code).join(',')}`];
        for (const row of rows) lines.push(`${row.code},${year},${leaves.map((leaf) => row.values.get(leaf.code)).join(',')}`);
        yield { framework, level, year, csv: lines.join('\n'), rows: rows.length };
      }
    }
  }
}

/**
 * The dataset's file of one framework, level and year again, with one unit's leaves under the given
 * dimensions set to their minimum: a corrected file, as a source re-sends it.
 */
export async function correctedFile(app: INestApplicationContext, size: BenchSize, which: { framework: string; level: UnitLevel; year: number }, unitCode: string, dimensions: readonly string[]): Promise<BenchFile> {
  const dataSource = app.get(DataSource);
  const files = resultFiles(app, await selectUnits(dataSource, size), which);
  const next = await files.next();
  if (next.done) throw new Error(`bench: no ${which.framework} ${which.level} ${which.year} file`);
  const file = next.value;
  const version = (await app.get(CatalogService).frameworkAtLevel(dataSource.manager, which.framework, which.level)).versions.find(
    (candidate) => candidate.firstYear <= which.year && (candidate.lastYear ?? 9999) >= which.year,
  )!;
  const minOf = new Map(leavesOf(version).map((leaf) => [leaf.code, leaf]));
  const [header, ...lines] = file.csv.split('\n');
  const codes = header!.split(',');
  const changed = lines.map((line) => {
    if (!line.startsWith(`${unitCode},${which.year},`)) return line;
    return line
      .split(',')
      .map((cell, index) => {
        const leaf = minOf.get(codes[index]!);
        return leaf && dimensions.includes(leaf.parentCode ?? '') ? String(leaf.min) : cell;
      })
      .join(',');
  });
  return { ...file, csv: [header, ...changed].join('\n') };
}

/** Imports one file through the product's importer as the system (a national bulk upload). */
export async function importBenchFile(app: INestApplicationContext, file: BenchFile, sourceKey = benchSourceKey(file.framework, file.level, file.year)) {
  return requestContext.runAs(SYSTEM_ACTOR, () =>
    app.get(ResultsImportService).import({
      fileName: `bench-${file.framework.toLowerCase()}-${file.level}-${file.year}.csv`,
      bytes: Buffer.from(file.csv, 'utf8'),
      framework: file.framework,
      level: file.level,
      issuer: 'GovIndex benchmark (dữ liệu mô phỏng)',
      sourceKey,
      simulated: true,
    }),
  );
}

/**
 * Writes every results file through ResultsImportService and, after each, COPYs the rows it stored
 * into `bench_raw_result_value` (LIKE result_value INCLUDING ALL: same columns, keys and indexes,
 * growing at the same pace) with a bare COPY on a plain connection: raw PostgreSQL doing the same write.
 */
export async function loadResults(app: INestApplicationContext, raw: pg.Client, size: BenchSize, log: (line: string) => void): Promise<ImportFigures> {
  const dataSource = app.get(DataSource);
  const standIns = await addStandInVersions(dataSource);
  const units = await selectUnits(dataSource, size);
  await raw.query('DROP TABLE IF EXISTS bench_raw_result_value');
  await raw.query('CREATE TABLE bench_raw_result_value (LIKE result_value INCLUDING ALL)');
  const figures: ImportFigures = { files: 0, rows: 0, values: 0, productSeconds: 0, rawCopySeconds: 0, standInVersions: standIns, byFramework: {} };
  try {
    for await (const file of resultFiles(app, units)) {
      const started = performance.now();
      const report = await importBenchFile(app, file);
      const productSeconds = (performance.now() - started) / 1000;
      const rawCopySeconds = await copyStoredRows(raw, report.sourceId);
      const framework = (figures.byFramework[file.framework] ??= { files: 0, values: 0, productSeconds: 0, rawCopySeconds: 0 });
      framework.files++;
      framework.values += report.values;
      framework.productSeconds += productSeconds;
      framework.rawCopySeconds += rawCopySeconds;
      figures.files++;
      figures.rows += report.rows;
      figures.values += report.values;
      figures.productSeconds += productSeconds;
      figures.rawCopySeconds += rawCopySeconds;
      if (figures.files % 20 === 0) log(`  ${figures.files} files, ${figures.values.toLocaleString('en')} values imported`);
    }
  } finally {
    await raw.query('DROP TABLE IF EXISTS bench_raw_result_value');
  }
  return figures;
}

/** The stored rows of one import, COPYed into the twin table; returns the COPY's seconds. */
async function copyStoredRows(raw: pg.Client, sourceId: number): Promise<number> {
  const stored = await raw.query<{ line: string }>(
    `SELECT concat_ws(E'\\t', source_id, year, unit_id, province_id, indicator_id, value, coalesce(published_rank::text, '\\N'),
                      coalesce(grade, '\\N'), computed) AS line FROM result_value WHERE source_id = $1`,
    [sourceId],
  );
  const chunks: string[] = [];
  for (let start = 0; start < stored.rows.length; start += 2000) {
    chunks.push(`${stored.rows.slice(start, start + 2000).map((row) => row.line).join('\n')}\n`);
  }
  const started = performance.now();
  await pipeline(
    Readable.from(chunks),
    raw.query(copyFrom('COPY bench_raw_result_value (source_id, year, unit_id, province_id, indicator_id, value, published_rank, grade, computed) FROM STDIN')),
  );
  return (performance.now() - started) / 1000;
}

/**
 * A plan a year for every commune of the dataset (three to five tasks on PAPI sub-dimensions), the
 * reporting periods its district (after the reform: its province) sets, two a year, and the commune's
 * report for each, with items. Written by COPY with ids assigned here; source_file_name 'bench:…'.
 */
export async function writePlansAndReports(app: INestApplicationContext, raw: pg.Client, size: BenchSize): Promise<PlanFigures> {
  const started = performance.now();
  const dataSource = app.get(DataSource);
  const units = await selectUnits(dataSource, size);
  const papi = (await app.get(CatalogService).frameworkAtLevel(dataSource.manager, 'PAPI', 'commune')).versions;
  const next = async (table: string) => Number((await raw.query<{ id: string }>(`SELECT coalesce(max(id), 0) AS id FROM ${table}`)).rows[0]!.id) + 1;
  let planId = await next('plan');
  let taskId = await next('plan_task');
  let periodId = await next('reporting_period');
  let reportId = await next('report');
  const tsv = (values: ReadonlyArray<string | number | boolean | null>) =>
    values.map((value) => (value === null ? '\\N' : String(value).replace(/[\\\t\n\r]/g, ' '))).join('\t');
  const plans: string[] = [];
  const tasks: string[] = [];
  const periods: string[] = [];
  const reports: string[] = [];
  const items: string[] = [];
  for (const year of BENCH_YEARS) {
    const tree = year >= 2025 ? units.after : units.before;
    const version = papi.find((candidate) => candidate.firstYear <= year && (candidate.lastYear ?? 9999) >= year)!;
    const leaves = leavesOf(version);
    const nameOf = new Map(version.indicators.map((indicator) => [indicator.code, indicator]));
    // The reporting parents: districts before the reform, provinces after (no districts any more).
    const parentLevel: UnitLevel = year >= 2025 ? 'province' : 'district';
    const periodOf = new Map<string, Array<{ id: number; kind: 'half_year' | 'annual'; dueOn: string }>>();
    for (const parent of tree.filter((unit) => unit.level === parentLevel)) {
      const own = [
        { id: periodId++, kind: 'half_year' as const, dueOn: `${year}-07-03`, from: `${year}-01-01`, to: `${year}-06-30`, title: `Báo cáo 6 tháng đầu năm ${year} (PAPI, mô phỏng)` },
        { id: periodId++, kind: 'annual' as const, dueOn: `${year + 1}-01-03`, from: `${year}-01-01`, to: `${year}-12-31`, title: `Báo cáo năm ${year} (PAPI, mô phỏng)` },
      ];
      for (const period of own) periods.push(tsv([period.id, parent.id, parent.provinceId, year, period.kind, period.title, period.dueOn, period.from, period.to]));
      periodOf.set(parent.code, own);
    }
    for (const commune of tree.filter((unit) => unit.level === 'commune')) {
      const simulated = simulatePlanYear(BENCH_SEED, commune.code, year, leaves.map((leaf) => leaf.code));
      const plan = planId++;
      plans.push(
        tsv([plan, commune.id, commune.provinceId, year, '{PAPI}', `${plan}/KH-UBND`, `${year}-01-${String(simulated.issuedDay).padStart(2, '0')}`, 'Chủ tịch UBND (mô phỏng)', 'issued', `bench:simulated-${year}`]),
      );
      const taskIds = simulated.tasks.map((task, index) => {
        const id = taskId++;
        const leaf = nameOf.get(task.indicatorCode)!;
        const dimension = leaf.parentCode ? nameOf.get(leaf.parentCode)?.nameVi ?? null : null;
        tasks.push(
          tsv([id, plan, commune.id, commune.provinceId, index + 1, 'PAPI', dimension, leaf.nameVi, task.indicatorCode, task.task, task.product, 'Văn phòng - Thống kê',
            JSON.stringify({ kind: 'ongoing', text: 'Thường xuyên' }), '[]']),
        );
        return id;
      });
      const parentCode = year >= 2025 ? units.after.find((unit) => unit.id === commune.provinceId)?.code : commune.parentCode;
      for (const [index, period] of (periodOf.get(parentCode ?? '') ?? []).entries()) {
        const outcome = simulated.reports[index]!;
        const id = reportId++;
        const submitted =
          outcome.submittedDaysAfterDue === null
            ? null
            : `${new Date(Date.parse(`${period.dueOn}T02:00:00Z`) + outcome.submittedDaysAfterDue * 86_400_000).toISOString()}`;
        reports.push(tsv([id, period.id, commune.id, commune.provinceId, plan, submitted ? 'approved' : 'draft', submitted]));
        outcome.statuses.forEach((status, position) => items.push(tsv([id, taskIds[position]!, commune.id, commune.provinceId, status])));
      }
    }
  }
  const copy = async (sql: string, lines: string[]) => {
    const chunks: string[] = [];
    for (let start = 0; start < lines.length; start += 5000) chunks.push(`${lines.slice(start, start + 5000).join('\n')}\n`);
    await pipeline(Readable.from(chunks), raw.query(copyFrom(sql)));
  };
  await copy('COPY plan (id, unit_id, province_id, year, frameworks, number, issued_on, signer, status, source_file_name) FROM STDIN', plans);
  await copy(
    'COPY plan_task (id, plan_id, unit_id, province_id, position, framework, dimension, sub_dimension, indicator_code, task, product, lead, timeline, kpis) FROM STDIN',
    tasks,
  );
  await copy('COPY reporting_period (id, unit_id, province_id, year, kind, title, due_on, data_from, data_to) FROM STDIN', periods);
  await copy('COPY report (id, period_id, unit_id, province_id, plan_id, status, first_submitted_at) FROM STDIN', reports);
  await copy('COPY report_item (report_id, task_id, unit_id, province_id, status) FROM STDIN', items);
  for (const table of ['plan', 'plan_task', 'reporting_period', 'report']) {
    await raw.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
  }
  return { plans: plans.length, tasks: tasks.length, periods: periods.length, reports: reports.length, items: items.length, seconds: (performance.now() - started) / 1000 };
}

/** The accounts the load logs in as, created through UsersService as start-up creates demo accounts. */
export async function createBenchAccounts(app: INestApplicationContext, ids: BenchUnitIds): Promise<void> {
  const users = app.get(UsersService);
  await users.ensure({ email: BENCH_ACCOUNTS.province, displayName: 'Sở Nội vụ Hưng Yên (bench)', role: 'province_officer', unitId: ids.province, password: BENCH_PASSWORD });
  await users.ensure({ email: BENCH_ACCOUNTS.district, displayName: 'Phòng Nội vụ Văn Lâm (bench)', role: 'district_officer', unitId: ids.district, password: BENCH_PASSWORD });
  await users.ensure({ email: BENCH_ACCOUNTS.commune, displayName: 'Văn phòng TT Như Quỳnh (bench)', role: 'commune_officer', unitId: ids.commune, password: BENCH_PASSWORD });
}

/**
 * The real PAPI province file as the importer stored it (the values the source gave, not the computed
 * totals), with one province's dimension of one year raised: a corrected file for the same source key.
 */
export async function correctedPublishedPapi(dataSource: DataSource, provinceCode: string, year: number, dimension: string, raiseBy: number): Promise<string> {
  const rows = await dataSource.query<Array<{ code: string; year: number; indicator: string; value: string; max_value: string }>>(
    `SELECT u.code, v.year, i.code AS indicator, v.value, i.max_value FROM result_value v
     JOIN result_source s ON s.id = v.source_id AND s.source_key = $1 AND s.superseded_at IS NULL
     JOIN indicator i ON i.id = v.indicator_id JOIN unit u ON u.id = v.unit_id
     WHERE NOT v.computed ORDER BY v.year, u.code`,
    [PAPI_SOURCE_KEY],
  );
  const codes = [...new Set(rows.map((row) => row.indicator))].sort();
  const byRow = new Map<string, Map<string, string>>();
  for (const row of rows) {
    const key = `${row.code},${row.year}`;
    const values = byRow.get(key) ?? new Map<string, string>();
    const raised = row.code === provinceCode && row.year === year && row.indicator === dimension;
    values.set(row.indicator, raised ? Math.min(Number(row.max_value), Number(row.value) + raiseBy).toFixed(6) : row.value);
    byRow.set(key, values);
  }
  return [`ma_don_vi,nam,${codes.join(',')}`, ...[...byRow].map(([key, values]) => `${key},${codes.map((code) => values.get(code) ?? '').join(',')}`)].join('\n');
}

export async function importCorrectedPublishedPapi(app: INestApplicationContext, csv: string) {
  return requestContext.runAs(SYSTEM_ACTOR, () =>
    app.get(ResultsImportService).import({
      fileName: `${PAPI_SCORES_FILE} (bench correction)`,
      bytes: Buffer.from(csv, 'utf8'),
      framework: 'PAPI',
      level: 'province',
      issuer: 'UNDP, CECODES, RTA',
      sourceKey: PAPI_SOURCE_KEY,
    }),
  );
}
