import pg from 'pg';
import { DEFAULT_SERVER_URL, freshDatabase, options, saveFigures, seeded, sleep, startApi } from './harness.js';
import { mixUnits, runLoad, standardMix, summarise } from './load.js';

/**
 * npm run reliability:soak -- [--minutes 10] [--clients 64] [--warmup 60] [--server postgres://…/postgres]
 *
 * The built API on a fresh database of the PostgreSQL server, under `clients` concurrent loops of reads
 * and writes on loopback for `minutes`. Reports errors (must be 0), p50/p95/p99 per route, throughput,
 * and the API's resident memory: growth from the end of the warm-up to the end (must stay under 10 %).
 * Figures go to tmp/reliability/soak-*.json; exit code 1 if a check failed.
 */
const settings = options({ minutes: 10, clients: 64, warmup: 60, seed: 5, server: process.env['RELIABILITY_DATABASE_URL'] ?? DEFAULT_SERVER_URL });

const database = await freshDatabase(settings.server, 'govindex_soak');
let api: Awaited<ReturnType<typeof startApi>> | null = null;
const problems: string[] = [];
try {
  api = await startApi(database.url, { DB_POOL_SIZE: '10' });
  const owner = new pg.Client({ connectionString: database.url });
  await owner.connect();
  const units = await mixUnits((sql) => owner.query(sql));
  await owner.end();
  const { session, operations, writeShare } = await standardMix(api.baseUrl, units);
  const durationMs = settings.minutes * 60_000;
  console.log(`soak: ${settings.clients} clients for ${settings.minutes} min (${Math.round(writeShare * 100)} % writes) on ${api.baseUrl}`);

  const memory: Array<{ atS: number; rssMb: number }> = [];
  const started = performance.now();
  let stopping = false;
  const sampler = setInterval(() => {
    const atS = Math.round((performance.now() - started) / 100) / 10;
    memory.push({ atS, rssMb: Math.round(api!.rssMb()) });
  }, 5_000);
  const progress = setInterval(() => {
    const last = memory.at(-1);
    console.log(`  ${Math.round((performance.now() - started) / 1000)} s: RSS ${last?.rssMb ?? '?'} MB`);
  }, 60_000);
  const load = runLoad({ baseUrl: api.baseUrl, session, operations, writeShare, clients: settings.clients, stop: () => stopping, random: seeded(settings.seed) });
  await sleep(durationMs);
  stopping = true;
  const samples = await load;
  clearInterval(sampler);
  clearInterval(progress);
  const seconds = (performance.now() - started) / 1000;
  memory.push({ atS: Math.round(seconds * 10) / 10, rssMb: Math.round(api.rssMb()) });

  const errors = samples.filter((sample) => sample.error || sample.status < 200 || sample.status >= 300);
  // The minute after the warm-up against the last minute, each by its median, so that one garbage
  // collection (the RSS moves by ±50 MB with them) does not decide the comparison.
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length === 0 ? Number.NaN : sorted[Math.floor(sorted.length / 2)]!;
  };
  const warmup = Math.min(settings.warmup, seconds / 2);
  const baseline = median(memory.filter((point) => point.atS >= warmup && point.atS < warmup + 60).map((point) => point.rssMb));
  const final = median(memory.filter((point) => point.atS >= seconds - 60).map((point) => point.rssMb));
  const growth = Math.round(((final - baseline) / baseline) * 1000) / 10;
  if (errors.length > 0) problems.push(`${errors.length} requests failed: ${JSON.stringify(summarise(errors).map((route) => ({ route: route.route, statuses: route.statuses })))}`);
  if (growth >= 10) problems.push(`the API's resident memory grew ${growth} % (${baseline} → ${final} MB)`);

  const figures = {
    settings: { ...settings, server: settings.server.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@') },
    seconds: Math.round(seconds),
    requests: samples.length,
    requestsPerSecond: Math.round(samples.length / seconds),
    errors: errors.length,
    writes: samples.filter((sample) => sample.kind === 'write').length,
    routes: summarise(samples),
    memory: { baselineMb: baseline, finalMb: final, maxMb: Math.max(...memory.map((point) => point.rssMb)), growthPercent: growth, samples: memory },
    problems,
  };
  const file = await saveFigures('soak', figures);
  console.log(`\n${samples.length.toLocaleString('en')} requests in ${Math.round(seconds)} s (${figures.requestsPerSecond}/s), ${errors.length} errors`);
  for (const route of figures.routes) console.log(`  ${route.route.padEnd(32)} ${String(route.count).padStart(7)}  p50 ${route.p50} ms  p95 ${route.p95} ms  p99 ${route.p99} ms`);
  console.log(`API RSS (median of a minute): ${baseline} MB after the warm-up → ${final} MB in the last minute (${growth >= 0 ? '+' : ''}${growth} %), max ${figures.memory.maxMb} MB`);
  console.log(`figures in ${file}`);
} catch (error) {
  problems.push(String(error));
  console.error(error);
  if (api) console.error(api.output().slice(-3000));
} finally {
  await api?.stop().catch(() => undefined);
  await database.drop();
}
if (problems.length > 0) {
  console.error(`\n${problems.length} problems:\n${problems.join('\n')}`);
  process.exit(1);
}
