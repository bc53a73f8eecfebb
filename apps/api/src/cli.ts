import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { createLogger } from './app.factory.js';
import { AppModule } from './app.module.js';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { LOCK_KEYS, withAdvisoryLock } from './database/advisory-lock.js';
import { openDatabase } from './database/database-connection.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { ReferenceUnitsLoader, UnitListError } from './units/reference-units.loader.js';

const migrate = (dataSource: DataSource) =>
  withAdvisoryLock(dataSource, LOCK_KEYS.migrations, () => dataSource.runMigrations({ transaction: 'each' }));

const COMMANDS: Record<string, { help: string; run: (config: AppConfig) => Promise<void> }> = {
  migrate: {
    help: 'apply pending migrations',
    run: (config) =>
      withDataSource(config, async (dataSource) => {
        const applied = await migrate(dataSource);
        console.log(applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'schema is up to date');
      }),
  },
  'migrate:revert': {
    help: 'undo the last applied migration',
    run: (config) =>
      withDataSource(config, async (dataSource) => {
        await withAdvisoryLock(dataSource, LOCK_KEYS.migrations, () => dataSource.undoLastMigration({ transaction: 'each' }));
        console.log('reverted the last migration');
      }),
  },
  'load-units': {
    help: 'load the national unit lists and crosswalks of data/admin-units (skips files already loaded)',
    run: (config) =>
      withDataSource(config, async (dataSource) => {
        await migrate(dataSource);
        for (const outcome of await new ReferenceUnitsLoader(dataSource).loadAll()) {
          if (outcome.status === 'unchanged') console.log(`${outcome.dataset}: unchanged`);
          else console.log(`${outcome.dataset}: loaded ${outcome.rows} rows, skipped ${outcome.skipped.length}`);
        }
      }),
  },
  'create-admin': {
    help: 'create the administrator named by GOVINDEX_ADMIN_EMAIL and GOVINDEX_ADMIN_PASSWORD (if absent)',
    run: async (config) => {
      if (!config.firstAdmin) throw new ConfigError(['GOVINDEX_ADMIN_EMAIL and GOVINDEX_ADMIN_PASSWORD must both be set']);
      // The application's own start-up creates the first administrator: run it without serving HTTP.
      const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, demoData: false }), {
        logger: createLogger(config),
      });
      await app.close();
      console.log(`administrator ${config.firstAdmin.email} is ready`);
    },
  },
};

async function withDataSource(config: AppConfig, work: (dataSource: DataSource) => Promise<void>): Promise<void> {
  const connection = await openDatabase(config.database);
  const dataSource = await new DataSource(dataSourceOptions(connection.url, 2)).initialize();
  try {
    await work(dataSource);
  } finally {
    await dataSource.destroy();
    await connection.stop();
  }
}

/** Operators' commands on the configured database (DATABASE_URL, else the embedded one). */
async function main(argv: string[]): Promise<number> {
  const command = COMMANDS[argv[0] ?? ''];
  if (!command) {
    const usage = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(16)}${c.help}`);
    console.error(`Usage: node apps/api/dist/cli.js <command>\n${usage.join('\n')}`);
    return 2;
  }
  await command.run(loadConfig());
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof UnitListError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
