import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../database/database-connection.js';
import './provided-context.js';

/** One embedded PostgreSQL (PGlite) in a throw-away folder, shared by every test file of the run. */
export async function startEmbedded(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'govindex-pglite-'));
  const embedded = await startEmbeddedPostgres(dataDir, 40);
  project.provide('databaseUrl', embedded.url);
  project.provide('databaseKind', 'embedded');
  return async () => {
    await embedded.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

export default startEmbedded;
