import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { freeLoopbackPort } from '../common/free-port.js';

/**
 * What the reliability scripts (crash, db-restart, soak) share: a fresh database, the built API as a
 * child process (as production runs it), sessions, latency figures, and a private PostgreSQL cluster.
 */

const run = promisify(execFile);

/** The repository root, from apps/api/src/reliability (tests) or apps/api/dist/reliability (scripts). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const API_MAIN = path.join(REPO_ROOT, 'apps/api/dist/main.js');
export const RELIABILITY_TMP = path.join(REPO_ROOT, 'tmp/reliability');

export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The administrator the scripts create through GOVINDEX_ADMIN_EMAIL / _PASSWORD (no demo data). */
export const SCRIPT_ADMIN = { email: 'quantri@reliability.govindex.test', password: 'mat-khau-kiem-thu-do-ben' } as const;


export const sleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

export interface FreshDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A new, empty database on a PostgreSQL server (its owner's URL given), dropped by `drop()`. */
export async function freshDatabase(serverUrl: string, prefix = 'govindex_reliability'): Promise<FreshDatabase> {
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export interface ApiProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Resident memory of the API process, in MB (from /proc). */
  rssMb(): number;
  /** Ends it with SIGKILL, as a power cut or the OOM killer would. */
  kill(): Promise<void>;
  /** Ends it with SIGTERM (a clean shutdown). */
  stop(): Promise<void>;
  /** The last lines it printed (stderr and stdout). */
  output(): string;
}

/**
 * Starts the built API (`node apps/api/dist/main.js`) on a free port against `databaseUrl` and waits
 * until /api/health answers 200. The first start on an empty database also migrates and loads the
 * national unit lists (a few seconds).
 */
export async function startApi(databaseUrl: string, env: Record<string, string> = {}, timeoutMs = 180_000, logFile?: string, nodeArgs: readonly string[] = []): Promise<ApiProcess> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run "npx nx run api:build" first`);
  const port = await freeLoopbackPort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...nodeArgs, API_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      DEMO_DATA: 'false',
      SCHEDULER_ENABLED: 'false',
      WEB_DIST_DIR: 'does-not-exist',
      GOVINDEX_ADMIN_EMAIL: SCRIPT_ADMIN.email,
      GOVINDEX_ADMIN_PASSWORD: SCRIPT_ADMIN.password,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  if (logFile) {
    const sink = createWriteStream(logFile, { flags: 'a' });
    child.stdout?.pipe(sink);
    child.stderr?.pipe(sink);
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${tail}`);
    const healthy = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) break;
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`the API was not healthy within ${timeoutMs / 1000} s:\n${tail}`);
    }
    await sleep(100);
  }
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };
  return {
    baseUrl,
    child,
    rssMb: () => {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : Number.NaN;
    },
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
    output: () => tail,
  };
}

export interface Session {
  cookie: string;
  csrf: string;
}

export async function login(baseUrl: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login of ${email} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: body.csrfToken };
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
}

/** One API call with the session; the body is JSON. Network errors reject. */
export async function call<T = unknown>(baseUrl: string, session: Session, method: string, apiPath: string, body?: unknown, timeoutMs = 30_000): Promise<Reply<T>> {
  const response = await fetch(baseUrl + apiPath, {
    method,
    headers: { cookie: session.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrf }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed as T };
}

/** Uploads a file as the dashboard does (multipart, field "file"). */
export async function upload<T = unknown>(baseUrl: string, session: Session, apiPath: string, fields: Record<string, string>, fileName: string, bytes: Buffer, signal?: AbortSignal): Promise<Reply<T>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([bytes]), fileName);
  const response = await fetch(baseUrl + apiPath, { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': session.csrf }, body: form, ...(signal ? { signal } : {}) });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Percentiles of response times in milliseconds (nearest rank). */
export function latency(milliseconds: readonly number[]): Latency {
  const sorted = [...milliseconds].sort((a, b) => a - b);
  const at = (share: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { count: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(sorted.at(-1) ?? 0) };
}

/** Writes a run's figures to tmp/reliability/<name>-<timestamp>.json and returns the file. */
export async function saveFigures(name: string, figures: unknown): Promise<string> {
  await mkdir(RELIABILITY_TMP, { recursive: true });
  const file = path.join(RELIABILITY_TMP, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify(figures, null, 2));
  return file;
}

/** A seeded pseudo-random number generator (Park–Miller), so that a run can be repeated. */
export function seeded(seed: number): () => number {
  let state = seed % 2_147_483_647 || 1;
  return () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
}

/** Reads `--name value` options of a script (numbers where a default is a number). */
export function options<T extends Record<string, string | number>>(defaults: T, argv = process.argv.slice(2)): T {
  const result: Record<string, string | number> = { ...defaults };
  for (let index = 0; index < argv.length; index++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[index]!);
    if (!match) continue;
    const key = match[1]!.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    if (!(key in defaults)) throw new Error(`unknown option --${match[1]} (known: ${Object.keys(defaults).join(', ')})`);
    const raw = match[2] ?? argv[++index] ?? '';
    result[key] = typeof defaults[key] === 'number' ? Number(raw) : raw;
    if (typeof defaults[key] === 'number' && !Number.isFinite(result[key])) throw new Error(`--${match[1]} needs a number`);
  }
  return result as T;
}

export interface PrivateCluster {
  url: string;
  port: number;
  dataDir: string;
  start(): Promise<void>;
  /** pg_ctl stop -m fast: open connections are cut, as in a restart or a failover. */
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL cluster of its own (initdb + pg_ctl) on a free port, under tmp/reliability/, so that a
 * script may stop and start it without touching the shared server. As root (CI), the PostgreSQL tools
 * run as the `postgres` user, since PostgreSQL refuses to run as root.
 */
export async function privateCluster(binDir = process.env['PG_BIN'] ?? '/usr/local/bin'): Promise<PrivateCluster> {
  if (!existsSync(path.join(binDir, 'initdb')) || !existsSync(path.join(binDir, 'pg_ctl'))) {
    throw new Error(`initdb and pg_ctl are not in ${binDir}: install the PostgreSQL server (15+) or set PG_BIN to the folder that holds them`);
  }
  const port = await freeLoopbackPort();
  const dataDir = path.join(RELIABILITY_TMP, `pg-${port}-${Date.now()}`);
  await mkdir(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    await chown(dataDir, uid, gid);
  }
  const tool = async (name: string, args: string[]) => {
    const [command, prefix] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(binDir, name)]] : [path.join(binDir, name), []];
    return run(command as string, [...(prefix as string[]), ...args], { maxBuffer: 10 * 1024 * 1024 });
  };
  await tool('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--locale', 'C.UTF-8']);
  const log = path.join(dataDir, 'server.log');
  const cluster: PrivateCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    start: async () => {
      await tool('pg_ctl', ['-D', dataDir, '-l', log, '-w', '-t', '60', '-o', `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=on`, 'start']);
    },
    stop: async () => {
      await tool('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']);
    },
    destroy: async () => {
      await tool('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
