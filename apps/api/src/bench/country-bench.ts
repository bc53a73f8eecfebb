import 'reflect-metadata';
import type { LaggingResponse, RankingResponse, TrendResponse, UnitScorecard, WeakIndicatorView } from '@govindex/contracts';
import { NestFactory } from '@nestjs/core';
import os from 'node:os';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createLogger } from '../app.factory.js';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/app-config.js';
import {
  BENCH_ACCOUNTS,
  BENCH_PASSWORD,
  BENCH_UNITS,
  benchUnitIds,
  correctedFile,
  correctedPublishedPapi,
  createBenchAccounts,
  importBenchFile,
  importCorrectedPublishedPapi,
  loadResults,
  writePlansAndReports,
  type BenchSize,
  type ImportFigures,
  type PlanFigures,
} from './country-dataset.js';
import { getJson, httpLoad, login, rawConcurrent, rawSequential, sampler, startApi, type ApiMode, type HttpLoad, type RawLoad } from './http-load.js';
import { DISTRICT_RANKING_SQL, LAGGING_SQL, NATIONAL_RANKING_SQL, PROVINCE_TREND_SQL, SCORECARD_SQL, WEAK_INDICATORS_SQL } from './raw-queries.js';

/**
 * `npm run bench`: GovIndex against raw PostgreSQL at country scale, in one run on one fresh database
 * of a PostgreSQL server. See docs/PERFORMANCE.md for what each figure means and the recorded runs.
 */

export interface CountryBenchOptions {
  size: BenchSize;
  /** Any database URL of the server; the bench creates its own database there and drops it after. */
  serverUrl: string;
  connections: number;
  /** autocannon seconds per endpoint (and for raw SQL at the same concurrency). */
  seconds: number;
  /** Sequential runs of each raw query. */
  rawIterations: number;
  /** Seconds of mixed load at the end, for memory. */
  soakSeconds: number;
  api: ApiMode;
  /** The year the views are asked for. */
  year: number;
  /** Keep the database afterwards (for investigating plans); it is dropped by default. */
  keep?: boolean;
  /** Measure again on a database a previous `keep` run left, skipping the dataset (development only). */
  database?: string;
  /** Also measure every view with nothing kept in memory (a second API with ANSWER_CACHE_MB=0). Default true. */
  cold?: boolean;
  log: (line: string) => void;
}

export interface ScenarioFigures {
  name: string;
  path: string;
  /** p95 goal under load, ms. */
  goalP95Ms: number;
  /** The API as configured by default: answers kept in memory until their data changes. */
  api: HttpLoad;
  /** The same, one connection: a request alone. */
  apiAlone: HttpLoad;
  /** The API with ANSWER_CACHE_MB=0: every request computes its answer (null when not measured). */
  cold: HttpLoad | null;
  coldAlone: HttpLoad | null;
  raw: RawLoad;
  rawUnderLoad: RawLoad;
  /** API p95 over raw SQL p95, both at `connections` concurrent clients. */
  ratioUnderLoad: number;
  /** The same for the API computing every answer. */
  coldRatioUnderLoad: number | null;
  /** API p50 with one connection over raw SQL p50 on one connection. */
  ratioAlone: number;
  coldRatioAlone: number | null;
  /** Whether the API's answer and the raw SQL's agree (ranks, values, weak codes, lagging units and reasons). */
  agree: boolean;
  disagreement: string | null;
}

export interface TargetCheck {
  target: string;
  figure: string;
  met: boolean;
}

export interface CountryFigures {
  size: BenchSize;
  ranAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    postgres: string;
    sharedBuffers: string;
    apiMode: ApiMode;
    dbPoolSize: string;
    /** 1-minute load average before the dataset and after the load: other work on the machine shows here. */
    loadAverage: { before: number; after: number };
  };
  dataset: {
    resultValues: number;
    import: ImportFigures;
    plans: PlanFigures;
    databaseMb: number;
  };
  import: { values: number; productSeconds: number; productValuesPerSecond: number; rawCopySeconds: number; rawValuesPerSecond: number; ratio: number };
  scenarios: ScenarioFigures[];
  mixed: HttpLoad;
  memory: {
    startMb: number;
    beforeLoadMb: number;
    peakMb: number;
    afterMb: number;
    /** Highest RSS in the first and in the second half of the mixed load: stable when the second is no higher. */
    mixedFirstHalfPeakMb: number;
    mixedSecondHalfPeakMb: number;
    mixedSecondHalfSlopeMbPerMinute: number;
    stable: boolean;
  };
  freshness: { views: Record<string, number | null>; maxSeconds: number | null; importSeconds: { commune: number; province: number } };
  seconds: { setup: number; dataset: number; analyze: number; apiStart: number; load: number; total: number };
  targets: TargetCheck[];
}

const SCOPED_P95_MS = 50;
const NATIONAL_P95_MS = 300;

export async function runCountryBenchmark(options: CountryBenchOptions): Promise<CountryFigures> {
  const log = options.log;
  const began = performance.now();
  const loadBefore = os.loadavg()[0]!;
  const database = options.database ?? `govindex_bench_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: options.serverUrl });
  await admin.connect();
  if (!options.database) await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(options.serverUrl);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  // A kept database already holds the stand-in versions, which the published facts must not meet again.
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: options.api === 'in-process' ? 'error' : 'warn',
    DEMO_DATA: 'false',
    SCHEDULER_ENABLED: 'false',
    LOAD_REFERENCE_DATA: options.database ? 'false' : 'true',
  });
  log(`${options.database ? 'Kept' : 'Fresh'} database ${database}; starting the app (migrations, unit lists, catalog, real published results)…`);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: createLogger(config) });
  const raw = new pg.Client({ connectionString: databaseUrl });
  await raw.connect();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.connections });
  let api: Awaited<ReturnType<typeof startApi>> | null = null;
  let coldApi: Awaited<ReturnType<typeof startApi>> | null = null;
  try {
    const dataSource = app.get(DataSource);
    const setupSeconds = (performance.now() - began) / 1000;

    log(`Generating and importing the ${options.size} dataset through ResultsImportService, each file again by raw COPY…`);
    const datasetStarted = performance.now();
    let imported: ImportFigures = { files: 0, rows: 0, values: 0, productSeconds: Number.NaN, rawCopySeconds: Number.NaN, standInVersions: 0, byFramework: {} };
    let plans: PlanFigures = { plans: 0, tasks: 0, periods: 0, reports: 0, items: 0, seconds: 0 };
    const ids = await benchUnitIds(dataSource);
    if (!options.database) {
      imported = await loadResults(app, raw, options.size, log);
      log(`  ${imported.files} files, ${imported.values.toLocaleString('en')} values: import ${imported.productSeconds.toFixed(1)} s, raw COPY ${imported.rawCopySeconds.toFixed(1)} s`);
      plans = await writePlansAndReports(app, raw, options.size);
      log(`  ${plans.plans.toLocaleString('en')} plans, ${plans.tasks.toLocaleString('en')} tasks, ${plans.reports.toLocaleString('en')} reports, ${plans.items.toLocaleString('en')} report items in ${plans.seconds.toFixed(1)} s`);
      await createBenchAccounts(app, ids);
    }
    const datasetSeconds = (performance.now() - datasetStarted) / 1000;
    const analyzeStarted = performance.now();
    if (!options.database) await raw.query('VACUUM ANALYZE');
    const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
    const resultValues = Number((await raw.query<{ n: string }>('SELECT count(*) AS n FROM result_value')).rows[0]!.n);
    const databaseMb = Math.round(Number((await raw.query<{ size: string }>('SELECT pg_database_size(current_database()) AS size')).rows[0]!.size) / 1_048_576);

    log(`Starting the API (${options.api})…`);
    const apiStarted = performance.now();
    api = await startApi(options.api, databaseUrl);
    const apiStartSeconds = (performance.now() - apiStarted) / 1000;
    if (options.cold !== false) coldApi = await startApi(options.api, databaseUrl, { ANSWER_CACHE_MB: '0' });
    const startMb = api.rssMb();
    const memory = sampler(() => api!.rssMb());
    const cookies = {
      province: await login(api.baseUrl, BENCH_ACCOUNTS.province, BENCH_PASSWORD),
      district: await login(api.baseUrl, BENCH_ACCOUNTS.district, BENCH_PASSWORD),
      commune: await login(api.baseUrl, BENCH_ACCOUNTS.commune, BENCH_PASSWORD),
    };
    const year = options.year;
    const views = [
      {
        name: 'district ranking',
        path: `/api/v1/results/ranking?framework=PAPI&level=commune&year=${year}&parentId=${ids.district}`,
        cookie: cookies.district,
        sql: DISTRICT_RANKING_SQL,
        params: ['PAPI', year, ids.district],
        goal: SCOPED_P95_MS,
        compare: compareRanking,
      },
      {
        name: 'commune scorecard',
        path: `/api/v1/analytics/units/${ids.commune}/scorecard?framework=PAPI&year=${year}`,
        cookie: cookies.commune,
        sql: SCORECARD_SQL,
        params: ['PAPI', year, ids.commune],
        goal: SCOPED_P95_MS,
        compare: compareScorecard,
      },
      {
        name: 'weak indicators',
        path: `/api/v1/analytics/units/${ids.commune}/weak-indicators?framework=PAPI&year=${year}`,
        cookie: cookies.commune,
        sql: WEAK_INDICATORS_SQL,
        params: ['PAPI', year, ids.commune],
        goal: SCOPED_P95_MS,
        compare: compareWeak,
      },
      {
        name: 'lagging communes',
        path: `/api/v1/analytics/lagging?framework=PAPI&level=commune&year=${year}&parentId=${ids.district}`,
        cookie: cookies.district,
        sql: LAGGING_SQL,
        params: ['PAPI', year, ids.district],
        goal: SCOPED_P95_MS,
        compare: compareLagging,
      },
      {
        name: 'province trend',
        path: `/api/v1/analytics/units/${ids.province}/trend?framework=PAPI`,
        cookie: cookies.province,
        sql: PROVINCE_TREND_SQL,
        params: ['PAPI', ids.province],
        goal: SCOPED_P95_MS,
        compare: compareTrend,
      },
      {
        name: 'national ranking',
        path: `/api/v1/results/ranking?framework=PAPI&level=province&year=${year}`,
        cookie: cookies.province,
        sql: NATIONAL_RANKING_SQL,
        params: ['PAPI', year],
        goal: NATIONAL_P95_MS,
        compare: compareRanking,
      },
    ];

    const loadStarted = performance.now();
    // Warm both sides (plans cached by the OS, JIT) and check they answer the same.
    const agreement = new Map<string, string | null>();
    for (const view of views) {
      for (let index = 0; index < 5; index++) await getJson(api.baseUrl, view.path, view.cookie);
      const fromApi = await getJson<unknown>(api.baseUrl, view.path, view.cookie);
      const fromSql = (await raw.query<{ answer: unknown }>(view.sql, view.params)).rows[0]?.answer;
      agreement.set(view.name, view.compare(fromApi as never, fromSql as never));
    }
    const beforeLoadMb = api.rssMb();
    const scenarios: ScenarioFigures[] = [];
    for (const view of views) {
      log(`Load: ${view.name}…`);
      const aloneSeconds = Math.max(1, Math.round(options.seconds / 3));
      const apiAlone = await httpLoad(api.baseUrl, [view], 1, aloneSeconds);
      const underLoad = await httpLoad(api.baseUrl, [view], options.connections, options.seconds);
      const coldAlone = coldApi ? await httpLoad(coldApi.baseUrl, [view], 1, aloneSeconds) : null;
      const cold = coldApi ? await httpLoad(coldApi.baseUrl, [view], options.connections, options.seconds) : null;
      const rawAlone = await rawSequential(raw, view.sql, view.params, options.rawIterations);
      const rawUnderLoad = await rawConcurrent(pool, view.sql, view.params, options.connections, options.seconds);
      const disagreement = agreement.get(view.name) ?? null;
      scenarios.push({
        name: view.name,
        path: view.path,
        goalP95Ms: view.goal,
        api: underLoad,
        apiAlone,
        cold,
        coldAlone,
        raw: rawAlone,
        rawUnderLoad,
        ratioUnderLoad: round(underLoad.p95 / rawUnderLoad.p95, 2),
        coldRatioUnderLoad: cold ? round(cold.p95 / rawUnderLoad.p95, 2) : null,
        ratioAlone: round(apiAlone.p50 / rawAlone.p50, 2),
        coldRatioAlone: coldAlone ? round(coldAlone.p50 / rawAlone.p50, 2) : null,
        agree: disagreement === null,
        disagreement,
      });
    }
    log(`Load: all six views mixed for ${options.soakSeconds} s (memory)…`);
    const soakFrom = memory.samples.length;
    const mixed = await httpLoad(api.baseUrl, views, options.connections, options.soakSeconds);
    const soakSamples = memory.samples.slice(soakFrom);
    const half = Math.floor(soakSamples.length / 2);
    const slope = slopePerMinute(soakSamples.slice(half));
    const firstHalfPeak = Math.max(...soakSamples.slice(0, half).map((sample) => sample.value));
    const secondHalfPeak = Math.max(...soakSamples.slice(half).map((sample) => sample.value));
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    log('Freshness: a corrected commune file and a corrected province file, imported by another instance…');
    const freshness = await measureFreshness(app, dataSource, options, api.baseUrl, ids, year, views, cookies);
    memory.stop();
    const peakMb = Math.max(...memory.samples.map((sample) => sample.value));
    const afterMb = memory.samples.at(-1)!.value;

    const pgVersion = (await raw.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
    const sharedBuffers = (await raw.query<{ shared_buffers: string }>('SHOW shared_buffers')).rows[0]!.shared_buffers;
    const importRatio = round(imported.rawCopySeconds / imported.productSeconds, 3);
    // Stable: the second half of the mixed load climbs no higher than the first (5 % or 5 MB of slack for sampling).
    const memoryStable = secondHalfPeak <= firstHalfPeak * 1.05 + 5;
    const figures: CountryFigures = {
      size: options.size,
      ranAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 1_073_741_824),
        node: process.version,
        postgres: pgVersion,
        sharedBuffers,
        apiMode: options.api,
        dbPoolSize: process.env['DB_POOL_SIZE'] ?? '10 (default)',
        loadAverage: { before: round(loadBefore, 2), after: round(os.loadavg()[0]!, 2) },
      },
      dataset: { resultValues, import: imported, plans, databaseMb },
      import: {
        values: imported.values,
        productSeconds: round(imported.productSeconds, 2),
        productValuesPerSecond: Math.round(imported.values / imported.productSeconds),
        rawCopySeconds: round(imported.rawCopySeconds, 2),
        rawValuesPerSecond: Math.round(imported.values / imported.rawCopySeconds),
        ratio: importRatio,
      },
      scenarios,
      mixed,
      memory: {
        startMb: round(startMb, 1),
        beforeLoadMb: round(beforeLoadMb, 1),
        peakMb: round(peakMb, 1),
        afterMb: round(afterMb, 1),
        mixedFirstHalfPeakMb: round(firstHalfPeak, 1),
        mixedSecondHalfPeakMb: round(secondHalfPeak, 1),
        mixedSecondHalfSlopeMbPerMinute: round(slope, 2),
        stable: memoryStable,
      },
      freshness,
      seconds: {
        setup: round(setupSeconds, 1),
        dataset: round(datasetSeconds, 1),
        analyze: round(analyzeSeconds, 1),
        apiStart: round(apiStartSeconds, 1),
        load: round(loadSeconds, 1),
        total: round((performance.now() - began) / 1000, 1),
      },
      targets: [],
    };
    figures.targets = targetChecks(figures);
    return figures;
  } finally {
    await coldApi?.stop();
    await api?.stop();
    await app.close();
    await pool.end();
    await raw.end();
    if (options.keep || options.database) log(`Kept database ${database}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}

/**
 * Imports a corrected commune file (Như Quỳnh's first three dimensions at their minimum) and a
 * corrected province file (Hưng Yên's D1 raised) through a second app instance — the bench's own,
 * not the serving API — and polls every view until it shows the new values: seconds from the end of
 * each import to the first answer with them.
 */
async function measureFreshness(
  app: Parameters<typeof importBenchFile>[0],
  dataSource: DataSource,
  options: CountryBenchOptions,
  baseUrl: string,
  ids: Awaited<ReturnType<typeof benchUnitIds>>,
  year: number,
  views: ReadonlyArray<{ name: string; path: string; cookie: string }>,
  cookies: Record<'province' | 'district' | 'commune', string>,
): Promise<CountryFigures['freshness']> {
  const valueOf = async (unitId: number, level: string, code: string) =>
    Number(
      (
        await dataSource.query<Array<{ value: string }>>(
          `SELECT value FROM current_result WHERE framework_code = 'PAPI' AND level = $1 AND unit_id = $2 AND year = $3 AND indicator_code = $4`,
          [level, unitId, year, code],
        )
      )[0]?.value,
    );
  const pathOf = (name: string) => views.find((view) => view.name === name)!.path;
  const close = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) < 1e-6;

  const communeFile = await correctedFile(app, options.size, { framework: 'PAPI', level: 'commune', year }, BENCH_UNITS.commune, ['D1', 'D2', 'D3']);
  let started = performance.now();
  await importBenchFile(app, communeFile);
  const communeImportSeconds = (performance.now() - started) / 1000;
  let importedAt = performance.now();
  const total = await valueOf(ids.commune, 'commune', 'TOTAL');
  const d1 = await valueOf(ids.commune, 'commune', 'D1');
  const result: Record<string, number | null> = {};
  const polls = [
    poll(importedAt, baseUrl, pathOf('district ranking'), cookies.district, (body: RankingResponse) => close(body.items.find((item) => item.unit.id === ids.commune)?.value, total)),
    poll(importedAt, baseUrl, pathOf('commune scorecard'), cookies.commune, (body: UnitScorecard) => close(body.total?.value, total)),
    poll(importedAt, baseUrl, pathOf('weak indicators'), cookies.commune, (body: { items: WeakIndicatorView[] }) => close(body.items.find((item) => item.code === 'D1')?.value, d1)),
    poll(importedAt, baseUrl, pathOf('lagging communes'), cookies.district, (body: LaggingResponse) => close(body.items.find((item) => item.unit.id === ids.commune)?.total, total)),
  ];
  const communeViews = ['district ranking', 'commune scorecard', 'weak indicators', 'lagging communes'];
  (await Promise.all(polls)).forEach((seconds, index) => (result[communeViews[index]!] = seconds === null ? null : round(seconds, 3)));

  const provinceFile = await correctedPublishedPapi(dataSource, BENCH_UNITS.province, year, 'D1', 0.5);
  started = performance.now();
  await importCorrectedPublishedPapi(app, provinceFile);
  const provinceImportSeconds = (performance.now() - started) / 1000;
  importedAt = performance.now();
  const provinceTotal = await valueOf(ids.province, 'province', 'TOTAL');
  const provinceViews = await Promise.all([
    poll(importedAt, baseUrl, pathOf('province trend'), cookies.province, (body: TrendResponse) => close(body.points.find((point) => point.year === year)?.value, provinceTotal)),
    poll(importedAt, baseUrl, pathOf('national ranking'), cookies.province, (body: RankingResponse) => close(body.items.find((item) => item.unit.id === ids.province)?.value, provinceTotal)),
  ]);
  result['province trend'] = provinceViews[0] === null ? null : round(provinceViews[0]!, 3);
  result['national ranking'] = provinceViews[1] === null ? null : round(provinceViews[1]!, 3);
  const all = Object.values(result);
  return {
    views: result,
    maxSeconds: all.some((value) => value === null) ? null : Math.max(...(all as number[])),
    importSeconds: { commune: round(communeImportSeconds, 2), province: round(provinceImportSeconds, 2) },
  };
}

/** Seconds from `since` (the end of an import) until the view's answer passes `shows`; null when it never does within 30 s. */
async function poll<T>(since: number, baseUrl: string, path: string, cookie: string, shows: (body: T) => boolean): Promise<number | null> {
  while (performance.now() - since < 30_000) {
    if (shows(await getJson<T>(baseUrl, path, cookie))) return (performance.now() - since) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

function targetChecks(figures: CountryFigures): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const scenario of figures.scenarios) {
    checks.push({ target: `${scenario.name}: p95 ≤ ${scenario.goalP95Ms} ms at ${scenario.api.connections} connections`, figure: `${scenario.api.p95} ms`, met: scenario.api.p95 <= scenario.goalP95Ms });
    if (scenario.cold) {
      checks.push({
        target: `${scenario.name}, computed every time (ANSWER_CACHE_MB=0): p95 ≤ ${scenario.goalP95Ms} ms`,
        figure: `${scenario.cold.p95} ms`,
        met: scenario.cold.p95 <= scenario.goalP95Ms,
      });
    }
  }
  for (const scenario of figures.scenarios) {
    checks.push({ target: `${scenario.name}: API ≤ 1.5 × raw SQL (p95, same concurrency)`, figure: `${scenario.ratioUnderLoad}×`, met: scenario.ratioUnderLoad <= 1.5 });
    if (scenario.coldRatioUnderLoad !== null) {
      checks.push({
        target: `${scenario.name}, computed every time: API ≤ 1.5 × raw SQL (p95, same concurrency)`,
        figure: `${scenario.coldRatioUnderLoad}×`,
        met: scenario.coldRatioUnderLoad <= 1.5,
      });
    }
  }
  checks.push({ target: 'import ≥ 0.5 × raw COPY', figure: `${figures.import.ratio}×`, met: figures.import.ratio >= 0.5 });
  checks.push({
    target: 'fresh ≤ 5 s after an import',
    figure: figures.freshness.maxSeconds === null ? 'never (30 s)' : `${figures.freshness.maxSeconds} s`,
    met: figures.freshness.maxSeconds !== null && figures.freshness.maxSeconds <= 5,
  });
  checks.push({
    target: 'API memory stable under load',
    figure: `${figures.memory.beforeLoadMb} MB before, peak ${figures.memory.mixedFirstHalfPeakMb} → ${figures.memory.mixedSecondHalfPeakMb} MB over the two halves of the mixed load`,
    met: figures.memory.stable,
  });
  checks.push({ target: 'API and raw SQL give the same answers', figure: figures.scenarios.filter((scenario) => !scenario.agree).map((scenario) => scenario.name).join(', ') || 'all agree', met: figures.scenarios.every((scenario) => scenario.agree) });
  return checks;
}

/** The figures as a table for the terminal. */
export function summary(figures: CountryFigures): string {
  const lines: string[] = [];
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  lines.push(
    `GovIndex against raw PostgreSQL — size ${figures.size}, ${figures.machine.cpus} cores (${figures.machine.cpuModel}), Node ${figures.machine.node}, PostgreSQL ${figures.machine.postgres}`,
  );
  lines.push(`Load average (1 min) ${figures.machine.loadAverage.before} before, ${figures.machine.loadAverage.after} after; shared_buffers ${figures.machine.sharedBuffers}; API ${figures.machine.apiMode}, DB pool ${figures.machine.dbPoolSize}`);
  lines.push(
    `Dataset: ${figures.dataset.resultValues.toLocaleString('en')} result values (${figures.import.values.toLocaleString('en')} simulated in ${figures.dataset.import.files} files), ` +
      `${figures.dataset.plans.plans.toLocaleString('en')} plans, ${figures.dataset.plans.reports.toLocaleString('en')} reports; database ${figures.dataset.databaseMb.toLocaleString('en')} MB`,
  );
  lines.push(
    `Import: GovIndex ${figures.import.productSeconds} s (${figures.import.productValuesPerSecond.toLocaleString('en')} values/s), raw COPY ${figures.import.rawCopySeconds} s ` +
      `(${figures.import.rawValuesPerSecond.toLocaleString('en')} values/s), ratio ${figures.import.ratio}×`,
  );
  lines.push('');
  const conn = figures.scenarios[0]?.api.connections ?? '';
  lines.push(`${''.padEnd(20)} | API, answers kept           | API, computed each time     | raw SQL                  | API/raw p95  |`);
  lines.push(`${'view'.padEnd(20)} | ${conn} conn p50  p95  req/s  1 conn | ${conn} conn p50  p95  req/s  1 conn | 1 conn p50  p95  ${conn} conn p95 | kept  comp.  | agree`);
  for (const scenario of figures.scenarios) {
    const cold = scenario.cold;
    lines.push(
      `${scenario.name.padEnd(20)} | ${pad(scenario.api.p50, 11)} ${pad(scenario.api.p95, 5)} ${pad(scenario.api.requestsPerSecond, 6)} ${pad(scenario.apiAlone.p50, 6)} | ` +
        `${pad(cold?.p50 ?? '-', 11)} ${pad(cold?.p95 ?? '-', 5)} ${pad(cold?.requestsPerSecond ?? '-', 6)} ${pad(scenario.coldAlone?.p50 ?? '-', 6)} | ` +
        `${pad(scenario.raw.p50, 10)} ${pad(scenario.raw.p95, 5)} ${pad(scenario.rawUnderLoad.p95, 11)} | ` +
        `${pad(`${scenario.ratioUnderLoad}×`, 5)} ${pad(scenario.coldRatioUnderLoad === null ? '-' : `${scenario.coldRatioUnderLoad}×`, 6)} | ${scenario.agree ? 'yes' : `NO: ${scenario.disagreement}`}`,
    );
  }
  lines.push(`${'all six mixed'.padEnd(20)} | ${pad(figures.mixed.p50, 11)} ${pad(figures.mixed.p95, 5)} ${pad(figures.mixed.requestsPerSecond, 6)}        |`);
  lines.push('(latency in ms; "1 conn": p50 of requests one at a time)');
  lines.push('');
  lines.push(
    `Freshness (s after the import): ${Object.entries(figures.freshness.views).map(([view, seconds]) => `${view} ${seconds ?? 'never'}`).join(', ')}`,
  );
  lines.push(
    `API memory (RSS, ${figures.machine.apiMode}): start ${figures.memory.startMb} MB, before load ${figures.memory.beforeLoadMb} MB, peak ${figures.memory.peakMb} MB, after ${figures.memory.afterMb} MB; ` +
      `mixed load peaks ${figures.memory.mixedFirstHalfPeakMb} MB (first half), ${figures.memory.mixedSecondHalfPeakMb} MB (second half)`,
  );
  lines.push('');
  for (const check of figures.targets) lines.push(`${check.met ? 'met   ' : 'MISSED'}  ${check.target}: ${check.figure}`);
  lines.push(`Seconds: ${Object.entries(figures.seconds).map(([step, seconds]) => `${step} ${seconds}`).join(', ')}`);
  return lines.join('\n');
}

/* Agreement of the API's answer with the raw SQL's: the fields a user reads. */

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const r4 = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 10_000) / 10_000);
const differ = (what: string, api: unknown, sql: unknown) => `${what}: API ${JSON.stringify(api).slice(0, 200)} ≠ SQL ${JSON.stringify(sql).slice(0, 200)}`;

function compareRanking(api: RankingResponse, sql: { items: RankingResponse['items'] }): string | null {
  const key = (items: RankingResponse['items']) =>
    [...items].sort((a, b) => a.unit.id - b.unit.id).map((item) => [item.unit.id, r4(item.value), item.rank, item.previousRank, item.group]);
  return same(key(api.items), key(sql.items)) ? null : differ('ranking', key(api.items), key(sql.items));
}

function compareWeak(api: { items: WeakIndicatorView[] }, sql: { items: WeakIndicatorView[] }): string | null {
  const key = (items: WeakIndicatorView[]) => items.map((item) => [item.code, r4(item.pointsRecoverableOnTotal), item.reasons.map((reason) => reason.kind)]);
  return same(key(api.items), key(sql.items)) ? null : differ('weak indicators', key(api.items), key(sql.items));
}

function compareScorecard(api: UnitScorecard, sql: UnitScorecard): string | null {
  const total = (card: UnitScorecard) => card.total && [r4(card.total.value), card.total.rank, card.total.of, card.total.previousRank, card.total.group];
  if (!same(total(api), total(sql))) return differ('total', total(api), total(sql));
  const dimensions = (card: UnitScorecard) => card.dimensions.map((dimension) => [dimension.code, r4(dimension.value), r4(dimension.peerAverage), r4(dimension.peerBest)]);
  if (!same(dimensions(api), dimensions(sql))) return differ('dimensions', dimensions(api), dimensions(sql));
  if (api.peers.count !== sql.peers.count) return differ('peers', api.peers.count, sql.peers.count);
  return compareWeak({ items: api.weakIndicators }, { items: sql.weakIndicators });
}

function compareLagging(api: LaggingResponse, sql: { items: LaggingResponse['items'] }): string | null {
  const key = (items: LaggingResponse['items']) =>
    [...items].sort((a, b) => a.unit.id - b.unit.id).map((item) => [item.unit.id, item.rank, r4(item.total), item.reasons.map((reason) => reason.kind)]);
  return same(key(api.items), key(sql.items)) ? null : differ('lagging', key(api.items), key(sql.items));
}

function compareTrend(api: TrendResponse, sql: { points: TrendResponse['points'] }): string | null {
  const key = (points: TrendResponse['points']) => points.map((point) => [point.year, r4(point.value), point.rank, point.of, point.versionChanged]);
  return same(key(api.points), key(sql.points)) ? null : differ('trend', key(api.points), key(sql.points));
}

/** Least-squares slope of the samples, per minute. */
function slopePerMinute(samples: ReadonlyArray<{ at: number; value: number }>): number {
  if (samples.length < 3) return 0;
  const meanAt = samples.reduce((sum, sample) => sum + sample.at, 0) / samples.length;
  const meanValue = samples.reduce((sum, sample) => sum + sample.value, 0) / samples.length;
  const covariance = samples.reduce((sum, sample) => sum + (sample.at - meanAt) * (sample.value - meanValue), 0);
  const variance = samples.reduce((sum, sample) => sum + (sample.at - meanAt) ** 2, 0);
  return variance === 0 ? 0 : (covariance / variance) * 60;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
