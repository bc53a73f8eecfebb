import type { DataSource } from 'typeorm';

/** Keys of the cluster-wide locks that keep several API instances from doing start-up work twice. */
export const LOCK_KEYS = { migrations: 7_461_001, referenceData: 7_461_002 } as const;

/**
 * Runs `work` while holding a PostgreSQL session advisory lock on a dedicated connection, so that of
 * several instances starting together one migrates or loads and the others wait, then find it done.
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}
