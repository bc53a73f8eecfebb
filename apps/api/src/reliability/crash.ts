import { runCrashSafety } from './crash-safety.js';
import { DEFAULT_SERVER_URL, options, saveFigures } from './harness.js';

/**
 * npm run reliability:crash -- [--kills 20] [--communes 6000] [--seed 7] [--server postgres://…/postgres] [--database embedded]
 *
 * Kills the built API with SIGKILL at random moments of a large results import, restarts it, and checks
 * that no partial import is ever visible and that the retried import succeeds and is idempotent.
 * Figures go to tmp/reliability/crash-*.json; the exit code is 1 if any check failed.
 */
const settings = options({ kills: 20, communes: 6000, seed: 7, server: process.env['RELIABILITY_DATABASE_URL'] ?? DEFAULT_SERVER_URL, database: 'server' });
if (settings.database !== 'server' && settings.database !== 'embedded') throw new Error('--database is server or embedded');

const report = await runCrashSafety({
  database: settings.database === 'server' ? { kind: 'server', serverUrl: settings.server } : { kind: 'embedded' },
  kills: settings.kills,
  communes: settings.communes,
  seed: settings.seed,
  log: (line) => console.log(line),
});
const file = await saveFigures('crash', { settings: { ...settings, server: settings.server.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@') }, ...report });
const committed = report.kills.filter((kill) => kill.committedBeforeKill).length;
console.log(
  `\n${report.database} database: ${report.kills.length} kills during an import of ${report.values.toLocaleString('en')} values (uninterrupted: ${report.uninterruptedImportMs} ms): ` +
    `${report.kills.length - committed} before the commit (nothing visible, retry imported), ${committed} after it (complete, retry unchanged).`,
);
const restarts = report.kills.map((kill) => kill.restartMs).sort((a, b) => a - b);
console.log(`restart to healthy: median ${restarts[Math.floor(restarts.length / 2)] ?? 0} ms, max ${restarts.at(-1) ?? 0} ms; figures in ${file}`);
if (report.problems.length > 0) {
  console.error(`\n${report.problems.length} problems:\n${report.problems.join('\n')}`);
  process.exit(1);
}
console.log('no partial import was ever visible; every retry succeeded and the second changed nothing.');
