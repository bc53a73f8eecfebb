import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config/app-config.js';
import { LOCK_KEYS, withAdvisoryLock } from './database/advisory-lock.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { openDatabase } from './database/database-connection.js';
import { ReferenceUnitsLoader, UnitListError } from './units/reference-units.loader.js';

const COMMANDS: Record<string, { help: string; run: (dataSource: DataSource) => Promise<void> }> = {
  migrate: {
    help: 'apply pending migrations',
    run: async (dataSource) => {
      const applied = await withAdvisoryLock(dataSource, LOCK_KEYS.migrations, () =>
        dataSource.runMigrations({ transaction: 'each' }),
      );
      console.log(applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'schema is up to date');
    },
  },
  'migrate:revert': {
    help: 'undo the last applied migration',
    run: async (dataSource) => {
      await withAdvisoryLock(dataSource, LOCK_KEYS.migrations, () => dataSource.undoLastMigration({ transaction: 'each' }));
      console.log('reverted the last migration');
    },
  },
  'load-units': {
    help: 'load the national unit lists of data/admin-units (skips files already loaded)',
    run: async (dataSource) => {
      await withAdvisoryLock(dataSource, LOCK_KEYS.migrations, () => dataSource.runMigrations({ transaction: 'each' }));
      for (const outcome of await new ReferenceUnitsLoader(dataSource).loadAll()) {
        console.log(outcome.status === 'loaded' ? `${outcome.dataset}: loaded ${outcome.units} units` : `${outcome.dataset}: unchanged`);
      }
    },
  },
};

/** Operators' commands on the configured database (DATABASE_URL, else the embedded one). */
async function main(argv: string[]): Promise<number> {
  const command = COMMANDS[argv[0] ?? ''];
  if (!command) {
    console.error(`Usage: node apps/api/dist/cli.js <command>\n${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(16)}${c.help}`).join('\n')}`);
    return 2;
  }
  const config = loadConfig();
  const connection = await openDatabase(config.database);
  const dataSource = await new DataSource(dataSourceOptions(connection.url, 2)).initialize();
  try {
    await command.run(dataSource);
    return 0;
  } finally {
    await dataSource.destroy();
    await connection.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof UnitListError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
