import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from './testing/test-app.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = path.join(root, 'apps/api/dist/cli.js');

/** The operators' command line, as built, on the suite's database. */
describe('command line', () => {
  let api: TestApp;
  let folder: string;
  const env = { ...process.env, DATABASE_URL: inject('databaseUrl'), LOG_LEVEL: 'warn' };

  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npx nx run api:build" (npm test does) before these tests`);
    // The app's own start prepares the database the commands then use.
    api = await startTestApp();
    folder = await mkdtemp(path.join(os.tmpdir(), 'govindex-cli-'));
  });
  afterAll(async () => {
    await api.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('prints a ranking as CSV: year,unit_code,unit_name,total,rank', async () => {
    const { stdout } = await run('node', [cli, 'ranking', '--framework', 'PAPI', '--year', '2024', '--level', 'province'], { env, cwd: root });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('year,unit_code,unit_name,total,rank');
    expect(lines).toHaveLength(1 + 61);
    expect(lines[1]).toMatch(/^2024,\d{2},[^,]+,\d+(\.\d+)?,1$/);
    expect(lines.some((line) => /^2024,33,Tỉnh Hưng Yên,/.test(line))).toBe(true);
  });

  it('imports a results file and reports what it did, then nothing the second time', async () => {
    const file = path.join(folder, 'par-xa.csv');
    await writeFile(file, 'ma_don_vi,nam,D1,D2\n12001,2024,8,9\n');
    const args = [cli, 'import-results', file, '--framework', 'PAR_INDEX', '--level', 'commune', '--issuer', 'UBND huyện Văn Lâm', '--source-key', `cli-${Date.now()}`];
    const first = JSON.parse((await run('node', args, { env, cwd: root })).stdout);
    expect(first).toMatchObject({ status: 'imported', rows: 1, values: 2 });
    const second = JSON.parse((await run('node', args, { env, cwd: root })).stdout);
    expect(second).toMatchObject({ status: 'unchanged', sourceId: first.sourceId });
  });

  it('says what is wrong with a bad file or a bad call, and exits non-zero', async () => {
    const file = path.join(folder, 'sai.csv');
    await writeFile(file, 'ma_don_vi,nam,D1\n12001,2024,tam\n');
    const bad = await run('node', [cli, 'import-results', file, '--framework', 'PAR_INDEX', '--level', 'commune', '--issuer', 'x'], { env, cwd: root }).catch((error: { code: number; stderr: string }) => error);
    expect(bad).toMatchObject({ code: 1 });
    expect((bad as { stderr: string }).stderr).toContain('sai.csv, dòng 2, cột D1: Giá trị "tam" không phải là số.');
    const usage = await run('node', [cli, 'ranking', '--framework', 'PAPI'], { env, cwd: root }).catch((error: { code: number; stderr: string }) => error);
    expect(usage).toMatchObject({ code: 2 });
    expect((usage as { stderr: string }).stderr).toContain('ranking needs --framework and --year YYYY');
  });
});
