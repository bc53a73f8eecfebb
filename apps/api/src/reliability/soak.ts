import pg from 'pg';
import { DEFAULT_SERVER_URL, freshDatabase, options, saveFigures, seeded, sleep, startApi } from './harness.js';
import { mixUnits, officerMix, runLoad, standardMix, summarise } from './load.js';

/**
 * npm run reliability:soak -- [--minutes 10] [--clients 64] [--interval 250] [--mix officers|admin]
 *                              [--warmup 60] [--server postgres://…/postgres]
 *
 * The built API on a fresh database of the PostgreSQL server, under `clients` concurrent clients of
 * reads and writes on loopback for `minutes`: by default 64 district officers, each signed in on their
 * own district, each sending a request every `interval` ms (0: as soon as the previous one answered,
 * which measures a saturated server). Reports errors (must be 0), p50/p95/p99 per route against its
 * target (scoped ≤ 50 ms, national ≤ 300 ms), throughput, and the API's memory: the heap it holds after
 * full collections, from the end of the warm-up to the end (must grow less than 10 %), and its RSS. A closed loop (interval 0) reports its
 * latencies without judging them: with every client always waiting, p95 is the queue's length.
 * Figures go to tmp/reliability/soak-*.json; exit code 1 if a check failed.
 */
const settings = options({ minutes: 10, clients: 64, interval: 250, mix: 'officers', warmup: 60, seed: 5, server: process.env['RELIABILITY_DATABASE_URL'] ?? DEFAULT_SERVER_URL });
if (settings.mix !== 'officers' && settings.mix !== 'admin') throw new Error('--mix is officers or admin');

const database = await freshDatabase(settings.server, 'govindex_soak');
let api: Awaited<ReturnType<typeof startApi>> | null = null;
const problems: string[] = [];
try {
  // --trace-gc: V8 prints the heap before and after every collection; after a full (mark-compact) one it
  // is the memory the API still holds, which is what a leak would grow (the RSS also moves with garbage
  // not yet collected and with the room V8 keeps for new objects).
  api = await startApi(database.url, { DB_POOL_SIZE: '10' }, 180_000, undefined, ['--trace-gc']);
  const liveHeap: Array<{ atS: number; heapMb: number }> = [];
  let loadStarted = Number.NaN;
  let partial = '';
  api.child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const collection = /Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/.exec(line);
      if (collection && Number.isFinite(loadStarted)) liveHeap.push({ atS: Math.round((performance.now() - loadStarted) / 100) / 10, heapMb: Number(collection[1]) });
    }
  });
  const owner = new pg.Client({ connectionString: database.url });
  await owner.connect();
  const units = await mixUnits((sql) => owner.query(sql));
  await owner.end();
  const { clients, writeShare } = await (settings.mix === 'officers' ? officerMix : standardMix)(api.baseUrl, units, settings.clients);
  const durationMs = settings.minutes * 60_000;
  const pace = settings.interval > 0 ? `a request every ${settings.interval} ms each` : 'closed loop';
  console.log(`soak: ${settings.clients} ${settings.mix} clients for ${settings.minutes} min, ${pace} (${Math.round(writeShare * 100)} % writes) on ${api.baseUrl}`);

  const memory: Array<{ atS: number; rssMb: number }> = [];
  const started = performance.now();
  loadStarted = started;
  let stopping = false;
  const sampler = setInterval(() => {
    const atS = Math.round((performance.now() - started) / 100) / 10;
    memory.push({ atS, rssMb: Math.round(api!.rssMb()) });
  }, 5_000);
  const progress = setInterval(() => {
    const last = memory.at(-1);
    console.log(`  ${Math.round((performance.now() - started) / 1000)} s: RSS ${last?.rssMb ?? '?'} MB`);
  }, 60_000);
  const load = runLoad({ baseUrl: api.baseUrl, clients, writeShare, intervalMs: settings.interval, stop: () => stopping, random: seeded(settings.seed) });
  await sleep(durationMs);
  stopping = true;
  const samples = await load;
  clearInterval(sampler);
  clearInterval(progress);
  const seconds = (performance.now() - started) / 1000;
  memory.push({ atS: Math.round(seconds * 10) / 10, rssMb: Math.round(api.rssMb()) });

  const errors = samples.filter((sample) => sample.error || sample.status < 200 || sample.status >= 300);
  // Memory growth: the heap held after full collections in the two minutes after the warm-up against
  // the last two minutes, each by its median. The RSS is reported beside it, by the median of each
  // minute's samples (it moves by ±50 MB with collections, so it is not what is judged).
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length === 0 ? Number.NaN : sorted[Math.floor(sorted.length / 2)]!;
  };
  const warmup = Math.min(settings.warmup, seconds / 2);
  const window = Math.min(120, (seconds - warmup) / 2);
  const growthOf = (before: number, after: number) => Math.round(((after - before) / before) * 1000) / 10;
  const heapBaseline = median(liveHeap.filter((point) => point.atS >= warmup && point.atS < warmup + window).map((point) => point.heapMb));
  const heapFinal = median(liveHeap.filter((point) => point.atS >= seconds - window).map((point) => point.heapMb));
  const heapGrowth = growthOf(heapBaseline, heapFinal);
  const baseline = median(memory.filter((point) => point.atS >= warmup && point.atS < warmup + 60).map((point) => point.rssMb));
  const final = median(memory.filter((point) => point.atS >= seconds - 60).map((point) => point.rssMb));
  const growth = growthOf(baseline, final);
  if (errors.length > 0) problems.push(`${errors.length} requests failed: ${JSON.stringify(summarise(errors).map((route) => ({ route: route.route, statuses: route.statuses })))}`);
  if (!Number.isFinite(heapGrowth)) problems.push(`no full collection was seen in one of the windows compared (${liveHeap.length} in all): run longer`);
  else if (heapGrowth >= 10) problems.push(`the API's heap after full collections grew ${heapGrowth} % (${heapBaseline} → ${heapFinal} MB)`);
  const routes = summarise(samples);
  if (settings.interval > 0) {
    for (const route of routes) if (route.p95 > route.targetP95) problems.push(`${route.route}: p95 ${route.p95} ms, over its ${route.targetP95} ms target`);
  }

  const figures = {
    settings: { ...settings, server: settings.server.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@') },
    seconds: Math.round(seconds),
    requests: samples.length,
    requestsPerSecond: Math.round(samples.length / seconds),
    errors: errors.length,
    failures: errors.slice(0, 20).map((sample) => ({ atS: Math.round(sample.at / 100) / 10, route: sample.route, status: sample.status, error: sample.error ?? null })),
    writes: samples.filter((sample) => sample.kind === 'write').length,
    routes,
    memory: {
      heapAfterFullCollections: { baselineMb: heapBaseline, finalMb: heapFinal, growthPercent: heapGrowth, samples: liveHeap },
      rss: { baselineMb: baseline, finalMb: final, maxMb: Math.max(...memory.map((point) => point.rssMb)), growthPercent: growth, samples: memory },
    },
    problems,
  };
  const file = await saveFigures('soak', figures);
  console.log(`\n${samples.length.toLocaleString('en')} requests in ${Math.round(seconds)} s (${figures.requestsPerSecond}/s), ${errors.length} errors`);
  for (const route of figures.routes) {
    console.log(`  ${route.route.padEnd(32)} ${String(route.count).padStart(7)}  p50 ${route.p50} ms  p95 ${route.p95} ms (target ${route.targetP95})  p99 ${route.p99} ms`);
  }
  const signed = (value: number) => `${value >= 0 ? '+' : ''}${value} %`;
  console.log(`API heap after full collections (median of ${Math.round(window)} s): ${heapBaseline} MB after the warm-up → ${heapFinal} MB at the end (${signed(heapGrowth)}), ${liveHeap.length} full collections`);
  console.log(`API RSS (median of a minute): ${baseline} MB after the warm-up → ${final} MB in the last minute (${signed(growth)}), max ${figures.memory.rss.maxMb} MB`);
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
