import type { DataSourceOptions } from 'typeorm';
import { Unit } from '../units/unit.entity.js';
import { MIGRATIONS } from './migrations/index.js';

export const ENTITIES = [Unit];

/** One definition for the app, the CLI and the tests: same entities, same migrations, never synchronize. */
export function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Failed queries reach the exception filter, which logs them once with their SQL.
    logging: false,
    extra: { max: poolSize, connectionTimeoutMillis: 10_000 },
  };
}
