import { DataSource, type EntityManager, MigrationExecutor, type Migration } from 'typeorm';

/** Keys of the cluster-wide locks that keep several API instances from doing start-up work twice. */
export const LOCK_KEYS = { migrations: 7_461_001, referenceData: 7_461_002 } as const;

/**
 * Runs `work` on one connection that holds a PostgreSQL session advisory lock, so that of several
 * instances starting together one migrates or loads and the others wait, then find it done. The work
 * gets that connection's manager and must use it: needing a second connection while holding the first
 * would deadlock a pool of one, which is what the embedded database runs with.
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: number, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work(runner.manager);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}

/** Applies pending migrations, each in its own transaction, under the migrations lock. */
export function migrate(dataSource: DataSource): Promise<Migration[]> {
  return withAdvisoryLock(dataSource, LOCK_KEYS.migrations, (manager) => {
    const executor = new MigrationExecutor(dataSource, manager.queryRunner);
    executor.transaction = 'each';
    return executor.executePendingMigrations();
  });
}

/** Undoes the last applied migration under the migrations lock. */
export function revertLastMigration(dataSource: DataSource): Promise<void> {
  return withAdvisoryLock(dataSource, LOCK_KEYS.migrations, (manager) => {
    const executor = new MigrationExecutor(dataSource, manager.queryRunner);
    executor.transaction = 'each';
    return executor.undoLastMigration();
  });
}
