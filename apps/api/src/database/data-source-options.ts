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
    logging: ['error'],
    extra: { max: poolSize, connectionTimeoutMillis: 10_000 },
  };
}
