import type { ApiErrorBody, AuditListResponse, UnitSearchResponse, UserListResponse, UserSummary } from '@govindex/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from '../../testing/test-app.js';

describe('user administration', () => {
  let api: TestApp;
  let admin: Client;
  let communeId: number;
  let districtId: number;
  const email = `canbo.${Date.now()}@demo.govindex.vn`;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.loginAs(DEMO.admin);
    const { body } = await admin.get<UnitSearchResponse>('/api/v1/units/search?q=tan%20quang&asOf=2025-06-30');
    const tanQuang = body.items.find((unit) => unit.path === 'Huyện Văn Lâm, Tỉnh Hưng Yên')!;
    communeId = tanQuang.id;
    districtId = tanQuang.parentId!;
  });
  afterAll(() => api.close());

  it('lets only a system administrator list users', async () => {
    const list = await admin.get<UserListResponse>('/api/v1/users');
    expect(list.status).toBe(200);
    expect(list.body.items.map((user) => user.email)).toEqual(expect.arrayContaining(Object.values(DEMO)));
    for (const role of ['province', 'district', 'commune', 'viewer'] as const) {
      const client = await api.loginAs(DEMO[role]);
      expect((await client.get('/api/v1/users')).status, role).toBe(403);
    }
  });

  it('creates a commune officer, audited without the password', async () => {
    const created = await admin.post<UserSummary>('/api/v1/users', {
      email: email.toUpperCase(),
      displayName: ' Nguyễn Thị Lan ',
      role: 'commune_officer',
      unitId: communeId,
      password: 'mat-khau-du-dai',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email, displayName: 'Nguyễn Thị Lan', role: 'commune_officer', unitName: 'Xã Tân Quang', active: true });
    const audit = await admin.get<AuditListResponse>('/api/v1/audit?limit=5');
    const entry = audit.body.items.find((item) => item.entity === 'user' && item.entityId === String(created.body.id));
    expect(entry).toMatchObject({ action: 'create', actorEmail: DEMO.admin, unitId: communeId, before: null });
    expect(JSON.stringify(entry)).not.toContain('password');
    const newcomer = await api.loginAs(email, 'mat-khau-du-dai');
    expect(newcomer.session?.user.email).toBe(email);
  });

  it('refuses a role on the wrong level, a taken e-mail, a short password, an unknown unit', async () => {
    const base = { email: `x.${Date.now()}@demo.govindex.vn`, displayName: 'X', role: 'district_officer', unitId: communeId, password: 'mat-khau-du-dai' };
    const wrongLevel = await admin.post<ApiErrorBody>('/api/v1/users', base);
    expect(wrongLevel.status).toBe(400);
    expect(wrongLevel.body.message).toBe('Cán bộ Phòng Nội vụ phải gắn với đơn vị cấp huyện.');
    const taken = await admin.post<ApiErrorBody>('/api/v1/users', { ...base, email: DEMO.viewer, unitId: districtId });
    expect(taken.status).toBe(409);
    const short = await admin.post<ApiErrorBody>('/api/v1/users', { ...base, unitId: districtId, password: 'ngan' });
    expect(short.body.details).toEqual(['password: phải có từ 10 đến 200 ký tự.']);
    const nowhere = await admin.post<ApiErrorBody>('/api/v1/users', { ...base, unitId: 999_999_999 });
    expect(nowhere.status).toBe(404);
  });

  it('changes a password, ending the sessions opened with the old one, and audits before/after', async () => {
    const list = await admin.get<UserListResponse>('/api/v1/users');
    const user = list.body.items.find((item) => item.email === email)!;
    const oldSession = await api.loginAs(email, 'mat-khau-du-dai');
    const updated = await admin.patch<UserSummary>(`/api/v1/users/${user.id}`, { password: 'mat-khau-moi-dai', displayName: 'Nguyễn Thị Lan (VP)' });
    expect(updated.status).toBe(200);
    expect((await oldSession.get('/api/v1/auth/session')).status).toBe(204);
    expect((await oldSession.get('/api/v1/units/counts')).status).toBe(401);
    await expect(api.loginAs(email, 'mat-khau-du-dai')).rejects.toThrow(/401/);
    expect((await api.loginAs(email, 'mat-khau-moi-dai')).session?.user.displayName).toBe('Nguyễn Thị Lan (VP)');
    const audit = await admin.get<AuditListResponse>('/api/v1/audit?limit=5');
    expect(audit.body.items.find((item) => item.action === 'update' && item.entityId === String(user.id))).toMatchObject({
      before: { displayName: 'Nguyễn Thị Lan' },
      after: { displayName: 'Nguyễn Thị Lan (VP)', passwordChanged: true },
    });
  });

  it('deactivates a user, who can then no longer log in', async () => {
    const list = await admin.get<UserListResponse>('/api/v1/users');
    const user = list.body.items.find((item) => item.email === email)!;
    expect((await admin.patch<UserSummary>(`/api/v1/users/${user.id}`, { active: false })).body.active).toBe(false);
    await expect(api.loginAs(email, 'mat-khau-moi-dai')).rejects.toThrow(/401/);
  });

  it('keeps an administrator from locking themselves out', async () => {
    const me = admin.session!.user;
    const reply = await admin.patch<ApiErrorBody>(`/api/v1/users/${me.id}`, { active: false });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toContain('Không thể tự');
  });

  it('pages the audit log backwards', async () => {
    const first = await admin.get<AuditListResponse>('/api/v1/audit?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextBefore).toBe(first.body.items[1]!.id);
    const next = await admin.get<AuditListResponse>(`/api/v1/audit?limit=2&before=${first.body.nextBefore}`);
    expect(next.body.items[0]!.id).toBeLessThan(first.body.nextBefore!);
  });
});
