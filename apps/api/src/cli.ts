import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { createLogger } from './app.factory.js';
import { AppModule } from './app.module.js';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { migrate, revertLastMigration } from './database/advisory-lock.js';
import { EmbeddedDatabaseBusyError, openDatabase, poolSizeFor } from './database/database-connection.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { BackupError, backupDatabase, restoreDatabase } from './database/backup.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { UnitLevel } from '@govindex/contracts';
import { HttpException, type INestApplicationContext } from '@nestjs/common';
import { requestContext, SYSTEM_ACTOR } from './access/request-context.js';
import { ResultsImportService } from './results/results-import.service.js';
import { ResultsService } from './results/results.service.js';
import { ReferenceUnitsLoader, UnitListError } from './units/reference-units.loader.js';


const COMMANDS: Record<string, { help: string; run: (config: AppConfig, args: string[]) => Promise<void> }> = {
  'import-results': {
    help: 'import a results file: import-results FILE --framework PAPI --level province --issuer "…" [--decision-number N] [--decision-date YYYY-MM-DD] [--source-key K] [--parent-id ID]',
    run: (config, args) =>
      withApp(config, async (app) => {
        const { values, positionals } = parseArgs({
          args,
          allowPositionals: true,
          options: {
            framework: { type: 'string' },
            level: { type: 'string', default: 'province' },
            issuer: { type: 'string' },
            'decision-number': { type: 'string' },
            'decision-date': { type: 'string' },
            'source-key': { type: 'string' },
            'parent-id': { type: 'string' },
            simulated: { type: 'boolean', default: false },
          },
        });
        const file = positionals[0];
        if (!file || !values.framework || !values.issuer) throw new UsageError('import-results needs FILE, --framework and --issuer');
        const bytes = await readFile(file);
        const report = await requestContext.runAs(SYSTEM_ACTOR, () =>
          app.get(ResultsImportService).import({
            fileName: path.basename(file),
            bytes,
            framework: values.framework!,
            level: values.level as UnitLevel,
            issuer: values.issuer!,
            ...(values['decision-number'] ? { decisionNumber: values['decision-number'] } : {}),
            ...(values['decision-date'] ? { decisionDate: values['decision-date'] } : {}),
            ...(values['source-key'] ? { sourceKey: values['source-key'] } : {}),
            ...(values['parent-id'] ? { parentId: Number(values['parent-id']) } : {}),
            simulated: values.simulated ?? false,
          }),
        );
        console.log(JSON.stringify(report, null, 2));
      }),
  },
  ranking: {
    help: 'print a ranking as CSV (year,unit_code,unit_name,total,rank): ranking --framework PAPI --year 2024 --level province [--indicator D1] [--parent-id ID]',
    run: (config, args) =>
      withApp(config, async (app) => {
        const { values } = parseArgs({
          args,
          options: {
            framework: { type: 'string' },
            year: { type: 'string' },
            level: { type: 'string', default: 'province' },
            indicator: { type: 'string' },
            'parent-id': { type: 'string' },
          },
        });
        if (!values.framework || !values.year || !/^\d{4}$/.test(values.year)) throw new UsageError('ranking needs --framework and --year YYYY');
        const ranking = await requestContext.runAs(SYSTEM_ACTOR, () =>
          app.get(ResultsService).ranking({
            framework: values.framework!,
            year: Number(values.year),
            level: values.level as UnitLevel,
            ...(values.indicator ? { indicator: values.indicator } : {}),
            ...(values['parent-id'] ? { parentId: Number(values['parent-id']) } : {}),
          }),
        );
        const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
        console.log('year,unit_code,unit_name,total,rank');
        for (const row of ranking.items) {
          console.log([ranking.year, row.unit.code, quote(row.unit.fullName), Number(row.value.toFixed(4)), row.rank].join(','));
        }
      }),
  },
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
        await revertLastMigration(dataSource);
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
  backup: {
    help: 'back up the database to FILE: the embedded one as a .tar.gz of its folder (stop the app first), a server with pg_dump -Fc',
    run: async (config, args) => {
      const file = args[0];
      if (!file) throw new UsageError('backup needs FILE, e.g. backup govindex-2025-01-31.tar.gz');
      const outcome = await backupDatabase(config.database, file);
      console.log(`backed up the ${outcome.kind} database to ${outcome.file} (${(outcome.bytes / 1024 / 1024).toFixed(1)} MB)`);
    },
  },
  restore: {
    help: 'restore FILE (made by backup) into the configured database, which must be empty: a new GOVINDEX_DATA_DIR, or a new server database',
    run: async (config, args) => {
      const file = args[0];
      if (!file) throw new UsageError('restore needs FILE');
      const outcome = await restoreDatabase(config.database, file);
      console.log(`restored ${outcome.file} into the ${outcome.kind} database${config.database.kind === 'embedded' ? ` in ${config.database.dataDir}` : ''}`);
    },
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

class UsageError extends Error {}

/** An API error as an operator reads it: the message, then one located problem per line. */
function describeHttpError(error: HttpException): string {
  const body = error.getResponse();
  if (typeof body === 'string') return body;
  const { message, details } = body as { message?: string; details?: Array<string | { file: string; row?: number; column?: string; message: string }> };
  const lines = (details ?? []).map((detail) =>
    typeof detail === 'string' ? `  ${detail}` : `  ${detail.file}${detail.row ? `, dòng ${detail.row}` : ''}${detail.column ? `, cột ${detail.column}` : ''}: ${detail.message}`,
  );
  return [message ?? error.message, ...lines].join('\n');
}

/** The application without HTTP: its start-up (migrations, reference data) runs first. */
async function withApp(config: AppConfig, work: (app: INestApplicationContext) => Promise<void>): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, logLevel: 'warn' }), {
    logger: createLogger({ ...config, logLevel: 'warn' }),
  });
  try {
    await work(app);
  } finally {
    await app.close();
  }
}

async function withDataSource(config: AppConfig, work: (dataSource: DataSource) => Promise<void>): Promise<void> {
  const connection = await openDatabase(config.database);
  const dataSource = await new DataSource(dataSourceOptions(connection.url, poolSizeFor(connection, 2))).initialize();
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
  await command.run(loadConfig(), argv.slice(1));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof UnitListError || error instanceof UsageError || error instanceof EmbeddedDatabaseBusyError || error instanceof BackupError) {
      console.error(error.message);
    }
    else if (error instanceof HttpException) console.error(describeHttpError(error));
    else console.error(error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
