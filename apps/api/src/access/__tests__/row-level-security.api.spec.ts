import type { UserSummary } from '@govindex/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../../testing/test-app.js';
import { requestContext, type Actor } from '../request-context.js';
import { MissingScopeError, ScopedDatabase } from '../scoped-database.js';

/**
 * The second wall: queries that skip the application's scope checks, run the way request code runs
 * (ScopedDatabase under a caller), see and change nothing outside the caller's subtree.
 */
describe('row-level security', () => {
  let api: TestApp;
  let scoped: ScopedDatabase;
  let communeOfficer: Actor;
  let districtOfficer: Actor;
  const otherCommuneEmail = `tanquang.${Date.now()}@demo.govindex.vn`;
  const otherProvinceEmail = `phucxa.${Date.now()}@demo.govindex.vn`;

  beforeAll(async () => {
    api = await startTestApp();
    scoped = api.app.get(ScopedDatabase);
    const admin = await api.loginAs(DEMO.admin);
    const unitId = async (query: string, path: string) => {
      const { body } = await admin.get<{ items: Array<{ id: number; path: string }> }>(`/api/v1/units/search?q=${query}&asOf=2025-06-30`);
      return body.items.find((unit) => unit.path === path)!.id;
    };
    const create = (email: string, unit: number) =>
      admin.post<UserSummary>('/api/v1/users', { email, displayName: email, role: 'commune_officer', unitId: unit, password: 'mat-khau-du-dai' });
    await create(otherCommuneEmail, await unitId('tan%20quang', 'Huyện Văn Lâm, Tỉnh Hưng Yên'));
    await create(otherProvinceEmail, await unitId('phuc%20xa', 'Quận Ba Đình, Thành phố Hà Nội'));
    communeOfficer = await actorOf(DEMO.commune);
    districtOfficer = await actorOf(DEMO.district);
  });
  afterAll(() => api.close());

  async function actorOf(email: string): Promise<Actor> {
    const [row] = await api.app.get(DataSource).query<Array<Actor>>(
      `SELECT id AS "userId", email, role, unit_id AS "unitId", province_id AS "provinceId" FROM app_user WHERE email = $1`,
      [email],
    );
    return row!;
  }

  const emailsSeenBy = (actor: Actor) =>
    requestContext.runAs(actor, () =>
      scoped.run(async (manager) => (await manager.query<Array<{ email: string }>>('SELECT email FROM app_user ORDER BY email')).map((row) => row.email)),
    );

  it('shows a commune officer, querying with no check at all, zero users of another commune', async () => {
    const seen = await emailsSeenBy(communeOfficer);
    expect(seen).toEqual([DEMO.viewer, DEMO.commune].sort());
    expect(seen).not.toContain(otherCommuneEmail);
  });

  it('shows a district officer its communes, and nothing of another province', async () => {
    const seen = await emailsSeenBy(districtOfficer);
    expect(seen).toEqual(expect.arrayContaining([DEMO.commune, DEMO.viewer, otherCommuneEmail]));
    expect(seen).not.toContain(otherProvinceEmail);
    expect(seen).not.toContain(DEMO.province);
    expect(seen).not.toContain(DEMO.admin);
  });

  it('runs request queries as the restricted role, not the owner', async () => {
    const [row] = await requestContext.runAs(communeOfficer, () =>
      scoped.run((manager) => manager.query<Array<{ role: string }>>('SELECT current_user AS role')),
    );
    expect(row?.role).toBe('govindex_app');
  });

  it('refuses, in the database, a write into a unit outside the scope', async () => {
    await requestContext.runAs(communeOfficer, () =>
      scoped.run((manager) => manager.query(`UPDATE app_user SET display_name = 'changed' WHERE email = $1`, [otherCommuneEmail])),
    );
    // The row is invisible to the policy, so the update matched nothing.
    const [after] = await api.app.get(DataSource).query<Array<{ display_name: string }>>(
      'SELECT display_name FROM app_user WHERE email = $1',
      [otherCommuneEmail],
    );
    expect(after?.display_name).toBe(otherCommuneEmail);
    const insert = requestContext.runAs(communeOfficer, () =>
      scoped.run(async (manager) => {
        const [other] = await manager.query<Array<{ id: number }>>(`SELECT id FROM unit WHERE code = '00001' AND valid_from IS NULL`);
        await manager.query(
          `INSERT INTO app_user (email, display_name, password_hash, role, unit_id, province_id) VALUES ('x@y.vn', 'x', 'x', 'viewer', $1, $1)`,
          [other!.id],
        );
      }),
    );
    await expect(insert).rejects.toThrow(/row-level security/);
    expect(await api.app.get(DataSource).query(`SELECT 1 FROM app_user WHERE email = 'x@y.vn'`)).toEqual([]);
  });

  it('hides audit entries of other units', async () => {
    const entries = await requestContext.runAs(communeOfficer, () =>
      scoped.run((manager) => manager.query<Array<{ unit_id: number }>>('SELECT DISTINCT unit_id FROM audit_log')),
    );
    expect(entries.map((row) => row.unit_id)).toEqual([communeOfficer.unitId]);
  });

  it('keeps the scope through a nested transaction, and ends the transaction with the request', async () => {
    const seen = await requestContext.runAs(communeOfficer, () =>
      scoped.run(async (manager) => {
        const inner = await manager.transaction((nested) =>
          nested.query<Array<{ role: string; unit: string }>>(`SELECT current_user AS role, current_setting('govindex.scope_unit_id') AS unit`),
        );
        const after = await manager.query<Array<{ role: string; unit: string; open: boolean }>>(
          `SELECT current_user AS role, current_setting('govindex.scope_unit_id') AS unit, now() = statement_timestamp() AS open`,
        );
        return { inner: inner[0], after: after[0] };
      }),
    );
    expect(seen.inner).toEqual({ role: 'govindex_app', unit: String(communeOfficer.unitId) });
    // Still the transaction begun for the request: now() is its start, not this statement's.
    expect(seen.after).toEqual({ role: 'govindex_app', unit: String(communeOfficer.unitId), open: false });
    const [outside] = await api.app.get(DataSource).query<Array<{ role: string; unit: string | null }>>(
      `SELECT current_user AS role, nullif(current_setting('govindex.scope_unit_id', true), '') AS unit`,
    );
    expect(outside).toEqual({ role: expect.not.stringMatching(/^govindex_app$/), unit: null });
  });

  it('rolls the whole request back when its work fails', async () => {
    const email = `rollback.${Date.now()}@demo.govindex.vn`;
    let changed = 0;
    const failing = requestContext.runAs(districtOfficer, () =>
      scoped.run(async (manager) => {
        const [row] = await manager.query<Array<{ changed: number }>>(
          `WITH changed AS (UPDATE app_user SET display_name = $2 WHERE email = $1 RETURNING 1) SELECT count(*)::int AS changed FROM changed`,
          [DEMO.commune, email],
        );
        changed = row!.changed;
        throw new Error('the work failed');
      }),
    );
    await expect(failing).rejects.toThrow('the work failed');
    expect(changed).toBe(1);
    const [row] = await api.app.get(DataSource).query<Array<{ display_name: string }>>('SELECT display_name FROM app_user WHERE email = $1', [DEMO.commune]);
    expect(row?.display_name).not.toBe(email);
  });

  it('fails closed when no caller is in scope', async () => {
    await expect(scoped.run((manager) => manager.query('SELECT 1'))).rejects.toBeInstanceOf(MissingScopeError);
  });
});
