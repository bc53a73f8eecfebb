import pg from 'pg';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { options, privateCluster, RELIABILITY_TMP, saveFigures, seeded, sleep, startApi } from './harness.js';
import { mixUnits, runLoad, standardMix, summarise, type Sample } from './load.js';

/**
 * npm run reliability:db-restart -- [--clients 16] [--warm 10] [--down 10] [--after 20]
 *
 * Starts a PostgreSQL cluster of its own (initdb + pg_ctl, under tmp/reliability/), the built API on it,
 * and a read/write load; stops PostgreSQL (pg_ctl stop -m fast) for `down` seconds, then starts it
 * again. Shows what the API answered meanwhile (503 with Retry-After, not 500), how long it took to
 * serve again on its own, and that every write it acknowledged (2xx) is in the database afterwards.
 * Figures go to tmp/reliability/db-restart-*.json; exit code 1 if a check failed.
 */
const settings = options({ clients: 16, warm: 10, down: 10, after: 20, seed: 11 });

const cluster = await privateCluster();
console.log(`private PostgreSQL on port ${cluster.port} (${cluster.dataDir})`);
let api: Awaited<ReturnType<typeof startApi>> | null = null;
const owner = new pg.Client({ connectionString: cluster.url });
const problems: string[] = [];
try {
  const apiLog = path.join(RELIABILITY_TMP, `db-restart-api-${cluster.port}.log`);
  api = await startApi(cluster.url, { DB_POOL_SIZE: '10' }, 180_000, apiLog);
  await owner.connect();
  const units = await mixUnits((sql) => owner.query(sql));
  await owner.end();
  const { clients, writeShare } = await standardMix(api.baseUrl, units, settings.clients);
  console.log(`API ready at ${api.baseUrl}; load: ${settings.clients} clients, ${Math.round(writeShare * 100)} % writes`);

  let stopping = false;
  const started = performance.now();
  const load = runLoad({ baseUrl: api.baseUrl, clients, writeShare, stop: () => stopping, random: seeded(settings.seed) });
  const since = () => performance.now() - started;

  await sleep(settings.warm * 1000);
  const stopBegun = since();
  await cluster.stop();
  const downAt = since();
  console.log(`${(downAt / 1000).toFixed(1)} s: PostgreSQL stopped (pg_ctl stop -m fast took ${Math.round(downAt - stopBegun)} ms)`);
  // The health check while it is down: 503, database "down".
  await sleep(1000);
  const health = await fetch(`${api.baseUrl}/api/health`).then(async (response) => ({ status: response.status, body: (await response.json()) as unknown }));
  await sleep(Math.max(0, settings.down * 1000 - 1000));
  const startBegun = since();
  await cluster.start();
  const upAt = since();
  console.log(`${(upAt / 1000).toFixed(1)} s: PostgreSQL started again (pg_ctl start took ${Math.round(upAt - startBegun)} ms)`);
  await sleep(settings.after * 1000);
  stopping = true;
  const samples = await load;
  const endedAt = since();

  // By when the answer came: a request under way when PostgreSQL stopped belongs to "down".
  const phase = (sample: Sample) => (sample.at + sample.ms < stopBegun ? 'before' : sample.at + sample.ms < upAt ? 'down' : 'after');
  const statuses = (list: readonly Sample[]) => {
    const counts: Record<string, number> = {};
    for (const sample of list) counts[sample.error ? 'no answer' : String(sample.status)] = (counts[sample.error ? 'no answer' : String(sample.status)] ?? 0) + 1;
    return counts;
  };
  const byPhase = Object.fromEntries(['before', 'down', 'after'].map((name) => [name, statuses(samples.filter((sample) => phase(sample) === name))]));
  // Recovery: from PostgreSQL up again to the first request that reached it and succeeded, and to the
  // point after which no request failed.
  const after = samples.filter((sample) => sample.at >= upAt).sort((a, b) => a.at + a.ms - (b.at + b.ms));
  const firstOk = after.find((sample) => sample.status >= 200 && sample.status < 300 && sample.route !== 'GET /api/health');
  const lastFailure = samples.filter((sample) => sample.at >= upAt && (sample.status >= 500 || sample.error)).sort((a, b) => b.at + b.ms - (a.at + a.ms))[0];
  const recovery = {
    firstSuccessAfterStartMs: firstOk ? Math.round(firstOk.at + firstOk.ms - upAt) : null,
    lastFailureAfterStartMs: lastFailure ? Math.round(lastFailure.at + lastFailure.ms - upAt) : 0,
  };

  // Every acknowledged write is there.
  const writes = samples.filter((sample) => sample.kind === 'write' && sample.key);
  const acknowledged = writes.filter((sample) => sample.status >= 200 && sample.status < 300);
  const check = new pg.Client({ connectionString: cluster.url });
  await check.connect();
  const stored = new Set(
    (await check.query<{ key: string }>(`SELECT title AS key FROM reporting_period WHERE title LIKE 'tai-%' UNION ALL SELECT reason FROM follow_up_item WHERE reason LIKE 'tai-%'`)).rows.map((row) => row.key),
  );
  await check.end();
  const lost = acknowledged.filter((sample) => !stored.has(sample.key!));
  const refusedButStored = writes.filter((sample) => !(sample.status >= 200 && sample.status < 300) && stored.has(sample.key!));
  const serverErrors = samples.filter((sample) => sample.status >= 500 && sample.status !== 503);
  const downAnswers = samples.filter((sample) => phase(sample) === 'down' && !sample.error);
  const downNot503 = downAnswers.filter((sample) => sample.status !== 503 && !(sample.status >= 200 && sample.status < 300) && sample.route !== 'GET /api/health');

  if (health.status !== 503) problems.push(`the health check answered ${health.status} while PostgreSQL was down`);
  if (serverErrors.length > 0) problems.push(`${serverErrors.length} answers were 5xx other than 503: ${[...new Set(serverErrors.map((sample) => `${sample.route} ${sample.status}`))].join(', ')}`);
  if (downNot503.length > 0) problems.push(`${downNot503.length} answers while down were neither 2xx nor 503: ${[...new Set(downNot503.map((sample) => `${sample.route} ${sample.status}`))].join(', ')}`);
  if (lost.length > 0) problems.push(`${lost.length} acknowledged writes are missing: ${lost.slice(0, 5).map((sample) => sample.key).join(', ')}`);
  if (recovery.firstSuccessAfterStartMs === null) problems.push('no request succeeded after PostgreSQL came back');
  if ((byPhase['before']?.['500'] ?? 0) > 0 || Object.keys(byPhase['before'] ?? {}).some((status) => status !== '200' && status !== '201')) problems.push(`before the stop: ${JSON.stringify(byPhase['before'])}`);
  const tail = samples.filter((sample) => sample.at >= upAt + 5_000);
  const tailFailures = tail.filter((sample) => sample.error || sample.status >= 400);
  if (tailFailures.length > 0) problems.push(`${tailFailures.length} requests failed more than 5 s after PostgreSQL was back`);

  const figures = {
    settings,
    timeline: { stopBegunS: +(stopBegun / 1000).toFixed(2), downS: +(downAt / 1000).toFixed(2), upS: +(upAt / 1000).toFixed(2), endS: +(endedAt / 1000).toFixed(2) },
    healthWhileDown: health,
    byPhase,
    recovery,
    writes: { sent: writes.length, acknowledged: acknowledged.length, lost: lost.length, refusedButStored: refusedButStored.length },
    routes: summarise(samples),
    sample503: samples.find((sample) => sample.status === 503) ?? null,
    problems,
  };
  const file = await saveFigures('db-restart', figures);
  const unhandled = (await readFile(apiLog, 'utf8')).split('\n').filter((line) => line.includes('Unhandled error'));
  if (unhandled.length > 0) console.error(`the API logged ${unhandled.length} unhandled errors (${apiLog}); the first:\n${unhandled[0]!.slice(0, 3000)}`);
  console.log(`answers before the stop: ${JSON.stringify(byPhase['before'])}`);
  console.log(`answers while PostgreSQL was down: ${JSON.stringify(byPhase['down'])}  (health: ${health.status})`);
  console.log(`answers after it came back: ${JSON.stringify(byPhase['after'])}`);
  console.log(`first success ${recovery.firstSuccessAfterStartMs} ms after the start; last failure ${recovery.lastFailureAfterStartMs} ms after it`);
  console.log(`writes: ${writes.length} sent, ${acknowledged.length} acknowledged, ${lost.length} lost; ${refusedButStored.length} refused yet stored`);
  console.log(`figures in ${file}`);
} catch (error) {
  problems.push(String(error));
  console.error(error);
  if (api) console.error(api.output().slice(-3000));
} finally {
  await api?.stop().catch(() => undefined);
  await owner.end().catch(() => undefined);
  await cluster.destroy();
}
if (problems.length > 0) {
  console.error(`\n${problems.length} problems:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('503 while down, recovered by itself, no acknowledged write lost.');
