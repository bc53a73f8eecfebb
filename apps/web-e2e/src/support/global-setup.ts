import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TestProject } from 'vitest/node';
import type { HealthResponse } from '@govindex/contracts';
import { CHROMIUM_PATH, REPO_ROOT, TMP_DIR } from './paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built GovIndex app (API + dashboard) started for the browser tests. */
    webBaseUrl: string;
  }
}

const API_ENTRY = path.join(REPO_ROOT, 'apps/api/dist/main.js');
const WEB_ENTRY = path.join(REPO_ROOT, 'apps/web/dist/index.html');
const STARTUP_TIMEOUT_MS = 120_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;
/** Enough of the server's output to explain a failed start, without holding a whole log in memory. */
const OUTPUT_TAIL_CHARS = 20_000;

function checkPrerequisites(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  const missing = [API_ENTRY, WEB_ENTRY].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The browser tests run the built app, but ${missing.map((file) => path.relative(REPO_ROOT, file)).join(' and ')} ` +
        'is missing: run `npx nx run-many -t build --projects=api,web` first.',
    );
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Keeps the last characters the server printed; the pipes must be drained or the server would block. */
function captureOutput(server: ChildProcess): () => string {
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  server.stdout?.on('data', append);
  server.stderr?.on('data', append);
  return () => output.trim() || '(no output)';
}

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) return false;
    const health = (await response.json()) as HealthResponse;
    return health.status === 'ok';
  } catch {
    return false;
  }
}

async function waitUntilHealthy(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(
        `The GovIndex server exited (${server.exitCode ?? server.signalCode}) before answering /api/health:\n${output()}`,
      );
    }
    if (await isHealthy(baseUrl)) return;
    await sleep(250);
  }
  throw new Error(`The GovIndex server did not report healthy within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(SHUTDOWN_TIMEOUT_MS).then(() => false)]);
  if (!stopped) {
    server.kill('SIGKILL');
    await exited;
  }
}

/**
 * Starts the real built app (API serving the dashboard) on a free port with a fresh embedded database,
 * hands its address to the tests, and removes both when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  checkPrerequisites();
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = path.join(TMP_DIR, `e2e-db-${randomBytes(6).toString('hex')}`);
  await mkdir(dataDir, { recursive: true });

  // No DATABASE_URL: the app falls back to the embedded PGlite database in dataDir.
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['DATABASE_URL'];
  const server = spawn(process.execPath, [API_ENTRY], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      GOVINDEX_DATA_DIR: dataDir,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(server);

  const teardown = async () => {
    await stop(server);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilHealthy(baseUrl, server, output);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('webBaseUrl', baseUrl);
  return teardown;
}
