import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { requestContext, SYSTEM_ACTOR } from '../access/request-context.js';
import { createLogger } from '../app.factory.js';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/app-config.js';
import { ResultsImportService } from '../results/results-import.service.js';

/**
 * Import speed against raw COPY, in one run on one fresh database: the product's own import path
 * (parse, validate, resolve units, check scope, write under row-level security) for N values of
 * commune-level PAPI, then the very same rows loaded with a bare COPY into a copy of the table.
 * Prints both rates and their ratio, and writes them to tmp/bench/. Not part of the test command.
 *
 *   npm run bench:import -- [--values 1000000] [--server postgres://postgres@127.0.0.1:5432/postgres]
 */
const { values: options } = parseArgs({
  options: { values: { type: 'string', default: '1000000' }, server: { type: 'string' } },
});
const targetValues = Number(options.values);
const serverUrl = options.server ?? process.env['BENCH_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function main(): Promise<void> {
  const database = `govindex_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const config = loadConfig({ DATABASE_URL: url.toString(), LOG_LEVEL: 'warn', DEMO_DATA: 'false' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: createLogger(config) });
  try {
    const dataSource = app.get(DataSource);
    const { csv, rows } = await commonePapiCsv(dataSource, targetValues);

    const productStarted = performance.now();
    const report = await requestContext.runAs(SYSTEM_ACTOR, () =>
      app.get(ResultsImportService).import({
        fileName: 'bench.csv',
        bytes: Buffer.from(csv, 'utf8'),
        framework: 'PAPI',
        level: 'commune',
        issuer: 'benchmark',
        sourceKey: 'benchmark',
        simulated: true,
      }),
    );
    const productSeconds = (performance.now() - productStarted) / 1000;

    // The same rows, as the product stored them, loaded again by a bare COPY into the same table (same
    // indexes) under another source id, as the owner, then rolled back: raw PostgreSQL doing the same write.
    const stored = await dataSource.query<Array<{ line: string }>>(
      `SELECT concat_ws(E'\\t', -1, year, unit_id, province_id, indicator_id, value, coalesce(published_rank::text, '\\N'),
                        coalesce(grade, '\\N'), computed) AS line FROM result_value WHERE source_id = $1`,
      [report.sourceId],
    );
    const payload = `${stored.map((row) => row.line).join('\n')}\n`;
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    const client = (runner as unknown as { databaseConnection: pg.PoolClient }).databaseConnection;
    await client.query('BEGIN');
    const copyStarted = performance.now();
    await pipeline(Readable.from([payload]), client.query(copyFrom('COPY result_value (source_id, year, unit_id, province_id, indicator_id, value, published_rank, grade, computed) FROM STDIN')));
    const copySeconds = (performance.now() - copyStarted) / 1000;
    await client.query('ROLLBACK');
    await runner.release();

    const figures = {
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      database: (await dataSource.query<Array<{ version: string }>>('SELECT version()'))[0]?.version,
      rows,
      values: report.values,
      product: { seconds: round(productSeconds), valuesPerSecond: Math.round(report.values / productSeconds) },
      rawCopy: { seconds: round(copySeconds), valuesPerSecond: Math.round(stored.length / copySeconds) },
      ratio: round(copySeconds / productSeconds),
      goal: '≥ 0.5 × raw COPY',
    };
    console.log(`\nImport of ${figures.values.toLocaleString('en')} values (${rows.toLocaleString('en')} commune-years of PAPI)`);
    console.log(`  GovIndex import (parse + validate + write): ${figures.product.seconds} s  ${figures.product.valuesPerSecond.toLocaleString('en')} values/s`);
    console.log(`  raw COPY of the same rows:                  ${figures.rawCopy.seconds} s  ${figures.rawCopy.valuesPerSecond.toLocaleString('en')} values/s`);
    console.log(`  ratio (product / raw COPY):                 ${figures.ratio}×   goal ${figures.goal}`);
    await mkdir('tmp/bench', { recursive: true });
    await writeFile(`tmp/bench/results-import-${Date.now()}.json`, JSON.stringify(figures, null, 2));
  } finally {
    await app.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}

/** Commune-level PAPI rows (28 sub-dimension leaves; dimensions and total computed) over enough communes and years. */
async function commonePapiCsv(dataSource: DataSource, target: number): Promise<{ csv: string; rows: number }> {
  const leaves = await dataSource.query<Array<{ code: string; min_value: string; max_value: string }>>(
    `SELECT i.code, i.min_value, i.max_value FROM indicator i JOIN framework_version v ON v.id = i.version_id
     JOIN framework f ON f.id = v.framework_id
     WHERE f.code = 'PAPI' AND v.level = 'commune' AND v.owner_province_id IS NULL
       AND NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id)
     ORDER BY i.sort_order`,
  );
  const communes = await dataSource.query<Array<{ code: string }>>(`SELECT code FROM unit WHERE level = 'commune' AND valid_from IS NULL ORDER BY code`);
  const perRow = leaves.length + 9; // leaves + 8 dimensions + total
  const rowsNeeded = Math.ceil(target / perRow);
  const lines = [`ma_don_vi,nam,${leaves.map((leaf) => leaf.code).join(',')}`];
  let seed = 7;
  const random = () => ((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647);
  for (let row = 0; row < rowsNeeded; row++) {
    const commune = communes[row % communes.length]!;
    const year = 2021 + Math.floor(row / communes.length);
    const cells = leaves.map((leaf) => {
      const min = Number(leaf.min_value);
      const max = Number(leaf.max_value);
      return (min + (max - min) * (0.3 + 0.6 * random())).toFixed(4);
    });
    lines.push(`${commune.code},${year},${cells.join(',')}`);
  }
  return { csv: lines.join('\n'), rows: rowsNeeded };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
