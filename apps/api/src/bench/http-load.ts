import { quantile } from '@govindex/domain';
import type { NestExpressApplication } from '@nestjs/platform-express';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/app-config.js';
import { freeLoopbackPort } from '../common/free-port.js';

/** How the benchmark runs the API: a child process as in production (`node apps/api/dist/main.js`), or inside the bench's own process (tests). */
export type ApiMode = 'child' | 'in-process';

export interface RunningApi {
  baseUrl: string;
  mode: ApiMode;
  /** Resident set size of the process serving the API, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

/** The environment the API starts with: the bench database, nothing loaded at start (already there), no scheduled jobs. */
function apiEnvironment(databaseUrl: string, port: number): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    // The dataset is loaded already; reloading the published facts at start would meet the stand-in versions.
    LOAD_REFERENCE_DATA: 'false',
    // Reminder jobs would run their catch-up over every simulated report at start: not what is measured.
    SCHEDULER_ENABLED: 'false',
    WEB_DIST_DIR: 'does-not-exist',
  };
}

export async function startApi(mode: ApiMode, databaseUrl: string, extra: Record<string, string> = {}): Promise<RunningApi> {
  const port = await freeLoopbackPort();
  const env = { ...apiEnvironment(databaseUrl, port), ...extra };
  const baseUrl = `http://127.0.0.1:${port}`;
  if (mode === 'in-process') {
    const app: NestExpressApplication = await createApp(loadConfig({ ...env, LOG_LEVEL: 'error' }));
    await app.listen(port, '127.0.0.1');
    return { baseUrl, mode, rssMb: () => process.memoryUsage().rss / 1_048_576, stop: () => app.close() };
  }
  const main = fileURLToPath(new URL('../main.js', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, [main], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    if (await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false)) break;
    if (performance.now() - started > 120_000) throw new Error('the API gave no healthy answer within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl,
    mode,
    rssMb: () => {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : Number.NaN;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** Logs in and returns the session cookie ("name=value"). */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login of ${email} answered ${response.status}: ${await response.text()}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export async function getJson<T>(baseUrl: string, path: string, cookie: string): Promise<T> {
  const response = await fetch(baseUrl + path, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function latency(milliseconds: number[]): Latency {
  const sorted = [...milliseconds].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    count: sorted.length,
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    p99: round(quantile(sorted, 0.99)),
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length)),
  };
}

export interface HttpLoad extends Latency {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
}

/**
 * autocannon against one or more paths (taken in turn) with the session cookie; every response's time
 * is kept, so p95 is exact (autocannon's own summary stops at p97.5).
 */
export async function httpLoad(baseUrl: string, requests: ReadonlyArray<{ path: string; cookie: string }>, connections: number, seconds: number): Promise<HttpLoad> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        requests: requests.map((request) => ({ method: 'GET' as const, path: request.path, headers: { cookie: request.cookie } })),
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
    });
  });
  return {
    connections,
    seconds,
    ...latency(times),
    requestsPerSecond: Math.round((times.length / seconds) * 10) / 10,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export interface RawLoad extends Latency {
  connections: number;
  requestsPerSecond: number;
}

/** The hand-written SQL alone, `iterations` times one after another on one connection. */
export async function rawSequential(client: pg.Client, sql: string, params: unknown[], iterations: number): Promise<RawLoad> {
  const times: number[] = [];
  const started = performance.now();
  for (let index = 0; index < iterations; index++) {
    const begun = performance.now();
    await client.query(sql, params);
    times.push(performance.now() - begun);
  }
  return { connections: 1, ...latency(times), requestsPerSecond: Math.round((iterations / ((performance.now() - started) / 1000)) * 10) / 10 };
}

/** The same SQL from `connections` connections at once for `seconds`: raw PostgreSQL under the load the API gets. */
export async function rawConcurrent(pool: pg.Pool, sql: string, params: unknown[], connections: number, seconds: number): Promise<RawLoad> {
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < until) {
          const begun = performance.now();
          await client.query(sql, params);
          times.push(performance.now() - begun);
        }
      } finally {
        client.release();
      }
    }),
  );
  return { connections, ...latency(times), requestsPerSecond: Math.round((times.length / seconds) * 10) / 10 };
}

/** Samples a number (the API's RSS) every `everyMs` until stopped. */
export function sampler(read: () => number, everyMs = 250): { samples: Array<{ at: number; value: number }>; stop(): void } {
  const samples: Array<{ at: number; value: number }> = [];
  const started = performance.now();
  const take = () => samples.push({ at: (performance.now() - started) / 1000, value: read() });
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      take();
    },
  };
}

