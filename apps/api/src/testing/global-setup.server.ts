import pg from 'pg';
import type { TestProject } from 'vitest/node';
import './provided-context.js';
import { startEmbedded } from './global-setup.embedded.js';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Creates a fresh database for this run on the PostgreSQL server named by TEST_DATABASE_URL or
 * DATABASE_URL, else on the local server at 127.0.0.1:5432, and drops it afterwards. On a laptop with
 * no server at all the suite falls back to the embedded database, and says so.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? LOCAL_SERVER;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    if (serverUrl !== LOCAL_SERVER) {
      throw new Error(`Cannot reach the test PostgreSQL server ${redact(serverUrl)}: ${String(error)}`, { cause: error });
    }
    console.warn(`[api-server] No PostgreSQL server at 127.0.0.1:5432 and no DATABASE_URL: running this suite on the embedded database.`);
    return startEmbedded(project);
  }
  const name = `govindex_test_${Date.now()}_${process.pid}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  project.provide('databaseUrl', url.toString());
  project.provide('databaseKind', 'server');

  return async () => {
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
