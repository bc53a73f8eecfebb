import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import pg from 'pg';
import type { AppConfig } from '../config/app-config.js';
import { freeLoopbackPort } from '../common/free-port.js';

export interface DatabaseConnection {
  kind: AppConfig['database']['kind'];
  /** A postgres:// URL the ordinary pg driver connects to. */
  url: string;
  /**
   * PGlite behind a socket, ours or one a DATABASE_URL points at. Its socket server interleaves the
   * messages of concurrent connections (one connection's Bind can meet another's Parse), so it gets a
   * pool of one connection; and it stalls on COPY.
   */
  pglite: boolean;
  /** Stops the embedded server; nothing to do for a PostgreSQL server. */
  stop(): Promise<void>;
}

/** The configured PostgreSQL server, or an embedded one started on the configured data folder. */
export async function openDatabase(database: AppConfig['database']): Promise<DatabaseConnection> {
  if (database.kind === 'server') {
    return { kind: 'server', url: database.url, pglite: await isPglite(database.url), stop: async () => undefined };
  }
  // One connection for the pool, one spare for an operator's psql while the app runs.
  const embedded = await startEmbeddedPostgres(database.dataDir, 2);
  return { kind: 'embedded', pglite: true, ...embedded };
}

/** Pool size for a connection: one for PGlite (see DatabaseConnection.pglite), the configured one otherwise. */
export function poolSizeFor(connection: DatabaseConnection, configured: number): number {
  return connection.pglite ? 1 : configured;
}

async function isPglite(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    return (rows[0]?.version ?? '').includes('PGlite');
  } finally {
    await client.end();
  }
}

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary pg driver connects to. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL compiled to WebAssembly (PGlite) on a data folder and exposes it on a loopback
 * port speaking the PostgreSQL wire protocol, so the app reaches it through the same pg driver, the
 * same migrations and the same SQL as a real server. All connections share one backend session:
 * per-request settings must stay transaction-local.
 */
export async function startEmbeddedPostgres(dataDir: string, maxConnections: number): Promise<EmbeddedPostgres> {
  await mkdir(dataDir, { recursive: true });
  const releaseFolder = await lockFolder(dataDir);
  const db = await PGlite.create({ dataDir });
  const port = await freeLoopbackPort();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
      await releaseFolder();
    },
  };
}

export class EmbeddedDatabaseBusyError extends Error {}

/**
 * PGlite is one process's database: a second process on the same folder would corrupt it. A lock file
 * holding the owner's pid refuses the second one; a lock left by a process that died is taken over.
 */
export async function lockFolder(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(dataDir, 'govindex.lock');
  const owner = Number(await readFile(lockFile, 'utf8').catch(() => ''));
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new EmbeddedDatabaseBusyError(
      `The embedded database in ${dataDir} is in use by process ${owner} (a running "npm start"?). ` +
        'Stop it first, or point GOVINDEX_DATA_DIR or DATABASE_URL elsewhere.',
    );
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

