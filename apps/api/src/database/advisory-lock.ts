import { DataSource, type EntityManager, MigrationExecutor, type Migration } from 'typeorm';

/** Keys of the cluster-wide locks that keep several API instances from doing start-up work twice. */
export const LOCK_KEYS = { migrations: 7_461_001, referenceData: 7_461_002, deadlineNotices: 7_461_003 } as const;

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

/**
 * Runs `work` in one transaction if this instance wins the transaction-level advisory lock `key`, and
 * answers null at once if another instance holds it: of several instances running the same scheduled
 * job, one does it and the others skip.
 */
export function withTryAdvisoryLock<T>(dataSource: DataSource, key: number, work: (manager: EntityManager) => Promise<T>): Promise<T | null> {
  return dataSource.transaction(async (manager) => {
    const [row] = await manager.query<Array<{ locked: boolean }>>('SELECT pg_try_advisory_xact_lock($1) AS locked', [key]);
    return row?.locked ? work(manager) : null;
  });
}
