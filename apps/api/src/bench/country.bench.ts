import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCountryBenchmark, summary } from './country-bench.js';
import { BENCH_SIZES, type BenchSize } from './country-dataset.js';
import type { ApiMode } from './http-load.js';

/**
 * GovIndex against raw PostgreSQL at country scale: imports, the dashboards' views under load,
 * freshness after an import, API memory. Needs a PostgreSQL server; creates and drops its own
 * database there. Not part of the test command (a tiny run is: src/bench/__tests__).
 *
 *   npm run bench -- [--size country|province|tiny] [--seconds 10] [--connections 32] [--soak 30]
 *                    [--raw-iterations 200] [--year 2024] [--api child|in-process] [--no-cold] [--server postgres://…]
 *
 * For investigating, --keep leaves the database in place and --database NAME measures again on it
 * (skipping the dataset; the freshness step then re-imports the same corrections).
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'country' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    soak: { type: 'string', default: '30' },
    'raw-iterations': { type: 'string', default: '200' },
    year: { type: 'string', default: '2024' },
    api: { type: 'string', default: 'child' },
    server: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-cold': { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});
if (!BENCH_SIZES.includes(values.size as BenchSize)) {
  console.error(`--size must be one of ${BENCH_SIZES.join(', ')}`);
  process.exit(2);
}
if (values.api !== 'child' && values.api !== 'in-process') {
  console.error('--api must be child or in-process');
  process.exit(2);
}

const figures = await runCountryBenchmark({
  size: values.size as BenchSize,
  serverUrl: values.server ?? process.env['BENCH_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  connections: Number(values.connections),
  seconds: Number(values.seconds),
  soakSeconds: Number(values.soak),
  rawIterations: Number(values['raw-iterations']),
  year: Number(values.year),
  api: values.api as ApiMode,
  keep: values.keep,
  cold: !values['no-cold'],
  ...(values.database ? { database: values.database } : {}),
  log: (line) => console.error(line),
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
const file = `tmp/bench/country-${figures.size}-${figures.ranAt.replace(/[:.]/g, '-')}.json`;
await mkdir('tmp/bench', { recursive: true });
await writeFile(file, JSON.stringify(figures, null, 2));
console.log(`\n${summary(figures)}\nFigures: ${file}`);
