import { PGlite } from '@electric-sql/pglite';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { AppConfig } from '../config/app-config.js';
import { lockFolder } from './database-connection.js';

const run = promisify(execFile);

/** A backup or restore that cannot go ahead; the message says why and what to do. */
export class BackupError extends Error {}

export interface BackupOutcome {
  file: string;
  bytes: number;
  kind: AppConfig['database']['kind'];
}

/**
 * Backs up the configured database to `file`. The embedded database: a consistent copy of its folder
 * (PGlite's own dump, a .tar.gz) taken while this process holds the folder, so a running app must be
 * stopped first (its lock says so). A PostgreSQL server: `pg_dump -Fc`, which is consistent while the
 * app runs. The file is written under a temporary name and renamed once complete.
 */
export async function backupDatabase(database: AppConfig['database'], file: string): Promise<BackupOutcome> {
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  if (database.kind === 'server') {
    await tool('pg_dump', ['--format=custom', '--no-owner', '--file', partial, '--dbname', database.url]);
  } else {
    if (!existsSync(path.join(database.dataDir, 'PG_VERSION'))) throw new BackupError(`There is no embedded database in ${database.dataDir}.`);
    const release = await lockFolder(database.dataDir);
    try {
      const db = await PGlite.create({ dataDir: database.dataDir });
      try {
        await db.exec('CHECKPOINT');
        const dump = await db.dumpDataDir('gzip');
        await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      } finally {
        await db.close();
      }
    } finally {
      await release();
    }
  }
  await rename(partial, target);
  return { file: target, bytes: (await stat(target)).size, kind: database.kind };
}

/**
 * Restores a backup made by {@link backupDatabase} into the configured database, which must be empty:
 * an embedded folder that does not exist yet (or is empty), a server database without GovIndex's
 * tables (create it first: `createdb`). Nothing is overwritten.
 */
export async function restoreDatabase(database: AppConfig['database'], file: string): Promise<BackupOutcome> {
  const source = path.resolve(file);
  if (!existsSync(source)) throw new BackupError(`The backup ${source} does not exist.`);
  if (database.kind === 'server') {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public.schema_migration') IS NOT NULL AS exists`);
      if (rows[0]?.exists) throw new BackupError('The target database already holds GovIndex data: restore into a new, empty database (createdb), then point DATABASE_URL at it.');
      // The restricted role row-level security uses is cluster-wide, not in the dump: on another
      // cluster it is created first, as the first migration does.
      await client.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'govindex_app') THEN CREATE ROLE govindex_app NOLOGIN; END IF;
      END $$`);
      await client.query('GRANT govindex_app TO CURRENT_USER');
    } finally {
      await client.end();
    }
    await tool('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', database.url, source]);
  } else {
    const folder = database.dataDir;
    if (existsSync(folder) && (await readdir(folder)).some((entry) => entry !== 'govindex.lock')) {
      throw new BackupError(`${folder} is not empty: restore into a new folder (GOVINDEX_DATA_DIR), or move this one away first.`);
    }
    await mkdir(folder, { recursive: true });
    const release = await lockFolder(folder);
    try {
      const db = await PGlite.create({ dataDir: folder, loadDataDir: new Blob([await readFile(source)]) });
      try {
        await db.query('SELECT count(*) FROM schema_migration');
      } finally {
        await db.close();
      }
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw new BackupError(`${source} is not a GovIndex backup of the embedded database (${error instanceof Error ? error.message : String(error)}).`);
    } finally {
      // The backup carries the lock file of the process that made it: ours replaces it, then goes.
      await release();
    }
  }
  return { file: source, bytes: (await stat(source)).size, kind: database.kind };
}

async function tool(name: string, args: string[]): Promise<void> {
  try {
    await run(name, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failure = error as { code?: string; stderr?: string; message: string };
    if (failure.code === 'ENOENT') throw new BackupError(`${name} was not found: install the PostgreSQL client tools (e.g. apt-get install postgresql-client), the same major version as the server.`);
    throw new BackupError(`${name} failed: ${(failure.stderr ?? failure.message).trim()}`);
  }
}
