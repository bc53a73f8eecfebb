import { PGlite } from '@electric-sql/pglite';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { freshDatabase, login, RELIABILITY_TMP, SCRIPT_ADMIN, seeded, sleep, startApi, upload, type ApiProcess } from './harness.js';

/** A fresh database on a PostgreSQL server (its owner's URL), or the embedded database in a new folder. */
export type CrashDatabase = { kind: 'server'; serverUrl: string } | { kind: 'embedded' };

export interface CrashOptions {
  database: CrashDatabase;
  kills: number;
  /** Communes in the file (each with PAPI's 28 sub-dimensions, 37 values once totals are computed). */
  communes: number;
  seed: number;
  log?: (line: string) => void;
}

export interface KillFigure {
  kill: number;
  /** When SIGKILL came, after the upload began (ms), against the length of an uninterrupted import. */
  killAtMs: number;
  /** Whether the import had committed before the kill (the source was there after the restart). */
  committedBeforeKill: boolean;
  restartMs: number;
  /** What the first retry answered: `imported`, or `unchanged` when the killed import had committed. */
  retry: string;
  /** A second retry: always `unchanged`, same source. */
  secondRetry: string;
  retryMs: number;
}

export interface CrashReport {
  at: string;
  database: CrashDatabase['kind'];
  serverVersion: string;
  values: number;
  fileBytes: number;
  uninterruptedImportMs: number;
  kills: KillFigure[];
  sourcesAtEnd: number;
  resultValuesAtEnd: number;
  /** Every check that failed; empty when the import survived every kill. */
  problems: string[];
}

const SOURCE_KEY = 'kiem-thu-sap-nguon';
const FIELDS = { framework: 'PAPI', level: 'commune', issuer: 'Kiểm thử sập nguồn', sourceKey: SOURCE_KEY };

/**
 * Kills the API (SIGKILL) at random moments of a large results import, `kills` times, on a fresh
 * database, restarting it each time. After each restart nothing half-written may show: the source key
 * holds complete imports only (every source's values all there, its audit entry with it), the current
 * one being the file before or the file being imported; the same upload then succeeds, and a second
 * retry changes nothing. Each kill imports a new version of the file (values moved a little), so that
 * every kill meets real writing work.
 */
export async function runCrashSafety(options: CrashOptions): Promise<CrashReport> {
  const log = options.log ?? (() => undefined);
  const store = await openStore(options.database);
  let api: ApiProcess | null = null;
  const problems: string[] = [];
  const kills: KillFigure[] = [];
  try {
    log(`${store.label}; first start (migrations, unit lists)…`);
    api = await store.start();
    // On the embedded database the folder is the app's alone: what the checks read is read while it is down.
    if (store.exclusive) await api.stop();
    const serverVersion = (await store.query<{ version: string }>('SHOW server_version'))[0]!.version;
    const file = await fileMaker((sql, parameters) => store.query(sql, parameters), options.communes, options.seed);
    if (store.exclusive) api = await store.start();
    const expected = file.values;
    log(`file: ${options.communes} communes × PAPI 2024 = ${expected.toLocaleString('en')} values, ${(file.bytes(0).length / 1024).toFixed(0)} kB`);

    let session = await login(api!.baseUrl, SCRIPT_ADMIN.email, SCRIPT_ADMIN.password);
    const send = (version: number, signal?: AbortSignal) => upload<{ status: string; sourceId: number; values: number }>(api!.baseUrl, session, '/api/v1/results/imports', FIELDS, `ket-qua-v${version}.csv`, file.bytes(version), signal);

    // Version 0 once, uninterrupted: how long an import takes here, so that kills land inside one.
    const calibrationStart = performance.now();
    const first = await send(0);
    const uninterruptedImportMs = Math.round(performance.now() - calibrationStart);
    if (first.status !== 201 || first.body.status !== 'imported' || first.body.values !== expected) {
      throw new Error(`the uninterrupted import answered ${first.status} ${JSON.stringify(first.body)}`);
    }
    log(`uninterrupted import: ${uninterruptedImportMs} ms`);

    const random = seeded(options.seed);
    let committed = 1;
    for (let kill = 1; kill <= options.kills; kill++) {
      const version = kill;
      if (!api) api = await store.start();
      session = await login(api.baseUrl, SCRIPT_ADMIN.email, SCRIPT_ADMIN.password);
      // Anywhere from the upload's first bytes to a little past the usual end.
      const killAtMs = Math.round(uninterruptedImportMs * (0.02 + 1.1 * random()));
      const inFlight = send(version).then(
        (reply) => `${reply.status}`,
        () => 'cut',
      );
      await sleep(killAtMs);
      await api.kill();
      api = null;
      const answered = await inFlight;

      // What is visible after the crash (on the embedded database: as PGlite recovers the folder).
      const state = await sourcesOf(store);
      const versionShas = [file.sha(version - 1), file.sha(version)];
      const current = state.filter((source) => source.current);
      const committedBeforeKill = state.some((source) => source.sha === file.sha(version));
      if (current.length !== 1) problems.push(`kill ${kill}: ${current.length} current sources`);
      if (current[0] && !versionShas.includes(current[0].sha)) problems.push(`kill ${kill}: the current source is neither the previous file nor the new one`);
      for (const source of state) {
        if (source.stored !== source.valueCount || source.valueCount !== expected) {
          problems.push(`kill ${kill}: source ${source.id} holds ${source.stored} of ${source.valueCount} values (file: ${expected}): a partial import is visible`);
        }
        if (source.audited !== 1) problems.push(`kill ${kill}: source ${source.id} has ${source.audited} audit entries`);
      }
      const expectedSources = committed + (committedBeforeKill ? 1 : 0);
      if (state.length !== expectedSources) problems.push(`kill ${kill}: ${state.length} sources, expected ${expectedSources}`);
      const [orphans] = await store.query<{ count: number }>('SELECT count(*)::int AS count FROM result_value v WHERE NOT EXISTS (SELECT 1 FROM result_source s WHERE s.id = v.source_id)');
      if (orphans!.count !== 0) problems.push(`kill ${kill}: ${orphans!.count} values without a source`);

      const restartStart = performance.now();
      api = await store.start();
      const restartMs = Math.round(performance.now() - restartStart);
      session = await login(api.baseUrl, SCRIPT_ADMIN.email, SCRIPT_ADMIN.password);
      const retryStart = performance.now();
      const retry = await send(version);
      const retryMs = Math.round(performance.now() - retryStart);
      const again = await send(version);
      if (retry.status !== 201) problems.push(`kill ${kill}: the retry answered ${retry.status} ${JSON.stringify(retry.body).slice(0, 300)}`);
      if (retry.body?.status !== (committedBeforeKill ? 'unchanged' : 'imported')) problems.push(`kill ${kill}: the retry said ${retry.body?.status}`);
      if (again.status !== 201 || again.body?.status !== 'unchanged' || again.body.sourceId !== retry.body?.sourceId) {
        problems.push(`kill ${kill}: the second retry answered ${again.status} ${JSON.stringify(again.body).slice(0, 200)} (not idempotent)`);
      }
      committed += 1;
      if (store.exclusive) {
        await api.stop();
        api = null;
      }
      const after = await sourcesOf(store);
      const now = after.filter((source) => source.current);
      if (after.length !== committed || now.length !== 1 || now[0]!.sha !== file.sha(version) || now[0]!.stored !== expected) {
        problems.push(`kill ${kill}: after the retries ${after.length} sources (expected ${committed}), current ${JSON.stringify(now)}`);
      }
      kills.push({ kill, killAtMs, committedBeforeKill, restartMs, retry: retry.body?.status ?? String(retry.status), secondRetry: again.body?.status ?? String(again.status), retryMs });
      log(
        `kill ${String(kill).padStart(2)} at ${String(killAtMs).padStart(5)} ms (request: ${answered}): ${committedBeforeKill ? 'had committed' : 'nothing written'}; ` +
          `restart ${restartMs} ms; retry ${retry.body?.status} in ${retryMs} ms, then ${again.body?.status}`,
      );
    }
    if (api && store.exclusive) {
      await api.stop();
      api = null;
    }
    const [totals] = await store.query<{ sources: number; values: number }>('SELECT (SELECT count(*)::int FROM result_source WHERE source_key = $1) AS sources, (SELECT count(*)::int FROM result_value) AS values', [SOURCE_KEY]);
    return {
      at: new Date().toISOString(),
      database: options.database.kind,
      serverVersion,
      values: expected,
      fileBytes: file.bytes(0).length,
      uninterruptedImportMs,
      kills,
      sourcesAtEnd: totals!.sources,
      resultValuesAtEnd: totals!.values,
      problems,
    };
  } finally {
    await (api as ApiProcess | null)?.stop().catch(() => undefined);
    await store.close();
  }
}

interface Store {
  label: string;
  /** Whether the database may only be read while the API is stopped (the embedded folder). */
  exclusive: boolean;
  start(): Promise<ApiProcess>;
  query<T>(sql: string, parameters?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function openStore(database: CrashDatabase): Promise<Store> {
  if (database.kind === 'server') {
    const fresh = await freshDatabase(database.serverUrl, 'govindex_crash');
    const owner = new pg.Client({ connectionString: fresh.url });
    let connected = false;
    return {
      label: `fresh database ${fresh.name}`,
      exclusive: false,
      start: () => startApi(fresh.url),
      async query<T>(sql: string, parameters: unknown[] = []) {
        if (!connected) {
          await owner.connect();
          connected = true;
        }
        return (await owner.query(sql, parameters)).rows as T[];
      },
      async close() {
        if (connected) await owner.end().catch(() => undefined);
        await fresh.drop();
      },
    };
  }
  await import('node:fs/promises').then((fs) => fs.mkdir(RELIABILITY_TMP, { recursive: true }));
  const dataDir = await mkdtemp(path.join(RELIABILITY_TMP, 'crash-pglite-'));
  return {
    label: `embedded database in ${dataDir}`,
    exclusive: true,
    start: () => startApi('', { GOVINDEX_DATA_DIR: dataDir }),
    async query<T>(sql: string, parameters: unknown[] = []) {
      const db = await PGlite.create({ dataDir });
      try {
        return (await db.query(sql, parameters)).rows as T[];
      } finally {
        await db.close();
      }
    },
    close: () => rm(dataDir, { recursive: true, force: true }),
  };
}

interface SourceState {
  id: number;
  sha: string;
  current: boolean;
  valueCount: number;
  stored: number;
  audited: number;
}

async function sourcesOf(store: Store): Promise<SourceState[]> {
  const rows = await store.query<{ id: number; file_sha256: string; current: boolean; value_count: number; stored: number; audited: number }>(
    `SELECT s.id, s.file_sha256, s.superseded_at IS NULL AS current, s.value_count,
            (SELECT count(*)::int FROM result_value v WHERE v.source_id = s.id) AS stored,
            (SELECT count(*)::int FROM audit_log a WHERE a.entity = 'result_source' AND a.entity_id = s.id::text) AS audited
     FROM result_source s WHERE s.source_key = $1 ORDER BY s.id`,
    [SOURCE_KEY],
  );
  return rows.map((row) => ({ id: row.id, sha: row.file_sha256, current: row.current, valueCount: row.value_count, stored: row.stored, audited: row.audited }));
}

/** Versions of one results file (PAPI 2024 for the first communes of the country), each with its values moved a little. */
type Query = <T>(sql: string, parameters?: unknown[]) => Promise<T[]>;


async function fileMaker(query: Query, communes: number, seed: number): Promise<{ values: number; bytes(version: number): Buffer; sha(version: number): string }> {
  const leaves = (
    await query<{ code: string; min_value: string; max_value: string }>(
      `SELECT i.code, i.min_value, i.max_value FROM indicator i JOIN framework_version v ON v.id = i.version_id JOIN framework f ON f.id = v.framework_id
       WHERE f.code = 'PAPI' AND v.level = 'commune' AND v.owner_province_id IS NULL AND v.first_year <= 2024 AND (v.last_year IS NULL OR v.last_year >= 2024)
         AND NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id)
       ORDER BY i.sort_order`,
    )
  );
  const totalNodes = (
    await query<{ count: number }>(
      `SELECT count(*)::int AS count FROM indicator i JOIN framework_version v ON v.id = i.version_id JOIN framework f ON f.id = v.framework_id
       WHERE f.code = 'PAPI' AND v.level = 'commune' AND v.owner_province_id IS NULL AND v.first_year <= 2024 AND (v.last_year IS NULL OR v.last_year >= 2024)`,
    )
  )[0]!.count;
  const codes = (await query<{ code: string }>(`SELECT code FROM unit WHERE level = 'commune' AND valid_from IS NULL ORDER BY code LIMIT $1`, [communes])).map((row) => row.code);
  const cache = new Map<number, Buffer>();
  const bytes = (version: number) => {
    let file = cache.get(version);
    if (!file) {
      const random = seeded(seed * 1_000 + version);
      const lines = [`ma_don_vi,nam,${leaves.map((leaf) => leaf.code).join(',')}`];
      for (const code of codes) {
        const cells = leaves.map((leaf) => {
          const min = Number(leaf.min_value);
          const max = Number(leaf.max_value);
          return (min + (max - min) * (0.3 + 0.6 * random())).toFixed(4);
        });
        lines.push(`${code},2024,${cells.join(',')}`);
      }
      file = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
      cache.set(version, file);
    }
    return file;
  };
  return { values: codes.length * totalNodes, bytes, sha: (version) => createHash('sha256').update(bytes(version)).digest('hex') };
}
