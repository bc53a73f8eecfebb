import { PGlite } from '@electric-sql/pglite';
import type { AuditListResponse, PlanSummary, UserSummary } from '@govindex/contracts';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, startTestApp } from '../testing/test-app.js';
import { tenantFingerprint, type Fingerprint } from './fingerprint.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const cli = path.join(root, 'apps/api/dist/cli.js');

/** The operators' backup and restore (`npm run cli -- backup FILE`, `restore FILE`), as built, on the suite's kind of database. */
const kind = inject('databaseKind');

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npx nx run api:build" (npm test does) before these tests`);
});

/** Runs the built CLI with these variables (and no other database setting). */
function runCli(args: string[], env: Record<string, string>) {
  const base = { ...process.env };
  delete base['DATABASE_URL'];
  delete base['GOVINDEX_DATA_DIR'];
  return run('node', [cli, ...args], { cwd: root, env: { ...base, LOG_LEVEL: 'warn', ...env }, maxBuffer: 16 * 1024 * 1024 });
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'govindex-backup-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

if (kind === 'server') {
  describe('backup and restore of a PostgreSQL server database (pg_dump -Fc / pg_restore)', () => {
    const adminUrl = new URL(inject('databaseUrl'));
    adminUrl.pathname = '/postgres';
    const databaseUrl = (name: string) => {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    };
    const names = [`govindex_backup_a_${Date.now()}`, `govindex_backup_b_${Date.now()}`];
    const [source, target] = names.map(databaseUrl) as [string, string];

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: adminUrl.toString() });
      await admin.connect();
      for (const name of names) await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
    });
    afterAll(async () => {
      const admin = new pg.Client({ connectionString: adminUrl.toString() });
      await admin.connect();
      for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });

    async function fingerprintOf(url: string): Promise<Fingerprint> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await tenantFingerprint(async (sql) => (await client.query(sql)).rows);
      } finally {
        await client.end();
      }
    }

    it('restores into a new database exactly what was backed up, and the app serves it', async () => {
      // Known data: the demo (reference data, results, plans, reports) and one import of our own.
      const first = await startTestApp({ DATABASE_URL: source });
      const district = await first.loginAs(DEMO.district);
      const imported = await district.upload('/api/v1/results/imports', { framework: 'PAR_INDEX', level: 'commune', issuer: 'Kiểm thử sao lưu', sourceKey: 'sao-luu' }, { name: 'sao-luu.csv', bytes: Buffer.from('ma_don_vi,nam,D1,D2\n12004,2024,7,8\n') });
      expect(imported.status).toBe(201);
      const plans = (await district.get<PlanSummary[]>('/api/v1/plans')).body;
      expect(plans.length).toBeGreaterThan(0);
      await first.close();
      const before = await fingerprintOf(source);

      const file = path.join(folder, 'govindex.dump');
      const backup = await runCli(['backup', file], { DATABASE_URL: source });
      expect(backup.stdout).toMatch(/^backed up the server database to .*govindex\.dump \(\d+\.\d MB\)/);
      const restore = await runCli(['restore', file], { DATABASE_URL: target });
      expect(restore.stdout).toContain('restored');
      expect(await fingerprintOf(target)).toEqual(before);

      const second = await startTestApp({ DATABASE_URL: target });
      try {
        const again = await second.loginAs(DEMO.district);
        expect((await again.get<PlanSummary[]>('/api/v1/plans')).body).toEqual(plans);
      } finally {
        await second.close();
      }
      // Restoring over a database that holds GovIndex already is refused: nothing is overwritten.
      const refused = await runCli(['restore', file], { DATABASE_URL: target }).catch((error: { code: number; stderr: string }) => error);
      expect(refused).toMatchObject({ code: 1 });
      expect((refused as { stderr: string }).stderr).toContain('already holds GovIndex data');
    });
  });
}

if (kind === 'embedded') {
  describe('backup and restore of the embedded database (a consistent copy of its folder)', () => {
    const admin = { email: 'quantri.saoluu@example.vn', password: 'mat-khau-sao-luu-du-dai' };
    const env = (dataDir: string) => ({
      DATABASE_URL: '',
      GOVINDEX_DATA_DIR: dataDir,
      // Migrations and one account: enough to show what survives, without loading the country.
      LOAD_REFERENCE_DATA: 'false',
      DEMO_DATA: 'false',
      GOVINDEX_ADMIN_EMAIL: admin.email,
      GOVINDEX_ADMIN_PASSWORD: admin.password,
    });

    async function fingerprintOf(dataDir: string): Promise<Fingerprint> {
      const db = await PGlite.create({ dataDir });
      try {
        return await tenantFingerprint(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
      } finally {
        await db.close();
      }
    }

    it('copies a stopped app’s folder, restores it into another, and the app started there reads the data back', async () => {
      const source = path.join(folder, 'pglite-a');
      const target = path.join(folder, 'pglite-b');
      const first = await startTestApp(env(source));
      const session = await first.loginAs(admin.email, admin.password);
      const me = session.session!.user.id;
      const renamed = await session.patch<UserSummary>(`/api/v1/users/${me}`, { displayName: 'Quản trị (trước sao lưu)' });
      expect(renamed.status).toBe(200);
      await first.close();
      const before = await fingerprintOf(source);

      const file = path.join(folder, 'govindex.tar.gz');
      const backup = await runCli(['backup', file], { GOVINDEX_DATA_DIR: source });
      expect(backup.stdout).toMatch(/^backed up the embedded database to .*govindex\.tar\.gz/);
      const restore = await runCli(['restore', file], { GOVINDEX_DATA_DIR: target });
      expect(restore.stdout).toContain(`restored ${file} into the embedded database in ${target}`);
      expect(await fingerprintOf(target)).toEqual(before);

      const second = await startTestApp(env(target));
      try {
        const again = await second.loginAs(admin.email, admin.password);
        expect((await again.get<UserSummary>(`/api/v1/users/${me}`)).body.displayName).toBe('Quản trị (trước sao lưu)');
        const audit = (await again.get<AuditListResponse>('/api/v1/audit')).body;
        expect(JSON.stringify(audit)).toContain('Quản trị (trước sao lưu)');
      } finally {
        await second.close();
      }
      // Restoring over a folder that holds a database is refused.
      const refused = await runCli(['restore', file], { GOVINDEX_DATA_DIR: target }).catch((error: { code: number; stderr: string }) => error);
      expect(refused).toMatchObject({ code: 1 });
      expect((refused as { stderr: string }).stderr).toContain('is not empty');
    }, 180_000);
  });
}
