import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freeLoopbackPort } from '../common/free-port.js';

/**
 * How long the embedded default takes to answer /api/health: a first start on an empty data folder
 * (migrations, unit lists, catalog, real PAPI, demo data) and a restart on the same folder. Run after a
 * build; prints seconds. Not part of the test command.
 *
 *   npm run bench:start
 */
const main = fileURLToPath(new URL('../main.js', import.meta.url));

async function timeStart(dataDir: string): Promise<number> {
  const port = await freeLoopbackPort();
  const started = performance.now();
  const server = spawn(process.execPath, [main], {
    env: { ...process.env, DATABASE_URL: '', PORT: String(port), GOVINDEX_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
      const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok, () => false);
      if (healthy) return (performance.now() - started) / 1000;
      if (performance.now() - started > 180_000) throw new Error('no healthy answer within 180 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}


const dataDir = await mkdtemp(path.join(os.tmpdir(), 'govindex-start-'));
try {
  const first = await timeStart(dataDir);
  const again = await timeStart(dataDir);
  console.log(`Embedded default, ${os.cpus().length} cores, Node ${process.version}`);
  console.log(`  first start on an empty data folder: ${first.toFixed(1)} s to a healthy /api/health`);
  console.log(`  restart on the same folder:          ${again.toFixed(1)} s`);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
