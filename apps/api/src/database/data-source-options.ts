import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

/**
 * One definition for the app, the CLI and the tests: the same migrations, never synchronize. The
 * schema lives in the reviewed migrations and the services speak SQL through TypeORM's managers, so
 * no entity classes are mapped.
 */
export function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Failed queries reach the exception filter, which logs them once with their SQL.
    logging: false,
    extra: { max: poolSize, connectionTimeoutMillis: 10_000 },
  };
}
