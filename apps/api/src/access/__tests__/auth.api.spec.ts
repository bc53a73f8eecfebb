import type { ApiErrorBody, SessionInfo } from '@govindex/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../../testing/test-app.js';
import { LOGIN_LIMITS } from '../login-throttle.service.js';

describe('login, sessions and CSRF', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('logs in with an httpOnly, SameSite session cookie and returns the user and a CSRF token', async () => {
    const reply = await api.anonymous.post<SessionInfo>('/api/v1/auth/login', { email: ` ${DEMO.district.toUpperCase()} `, password: 'govindex-demo' });
    expect(reply.status).toBe(200);
    const cookie = reply.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^govindex_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(reply.body.user).toMatchObject({ email: DEMO.district, role: 'district_officer', unitName: 'Huyện Văn Lâm' });
    expect(reply.body.csrfToken).toMatch(/^[\w-]{32}$/);
    expect(new Date(reply.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const wrongPassword = await api.anonymous.post<ApiErrorBody>('/api/v1/auth/login', { email: DEMO.viewer, password: 'not-the-password' });
    const unknownEmail = await api.anonymous.post<ApiErrorBody>('/api/v1/auth/login', { email: 'nobody@demo.govindex.vn', password: 'x' });
    expect([wrongPassword.status, unknownEmail.status]).toEqual([401, 401]);
    expect(wrongPassword.body.message).toBe('E-mail hoặc mật khẩu không đúng.');
    expect(unknownEmail.body.message).toBe(wrongPassword.body.message);
  });

  it(`throttles an e-mail after ${LOGIN_LIMITS.failuresPerEmail} failures, even with the right password`, async () => {
    const email = DEMO.province;
    for (let attempt = 0; attempt < LOGIN_LIMITS.failuresPerEmail; attempt++) {
      expect((await api.anonymous.post('/api/v1/auth/login', { email, password: `guess-${attempt}` })).status).toBe(401);
    }
    const blocked = await api.anonymous.post<ApiErrorBody>('/api/v1/auth/login', { email, password: 'govindex-demo' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Let the other suites use this account again.
    await api.app.get(DataSource).query('DELETE FROM login_attempt WHERE email = $1', [email]);
  });

  it('validates the login body', async () => {
    const reply = await api.anonymous.post<ApiErrorBody>('/api/v1/auth/login', { email: 'not-an-email', password: 1, extra: true });
    expect(reply.status).toBe(400);
    expect(reply.body.details).toEqual(['extra: tham số không được hỗ trợ.', 'email: phải là một địa chỉ e-mail.', 'password: cần nhập mật khẩu.']);
  });

  it('refuses a write without the CSRF token, and with a wrong one', async () => {
    const client = await api.loginAs(DEMO.viewer);
    const missing = await client.request<ApiErrorBody>('POST', '/api/v1/auth/logout', undefined, { 'x-csrf-token': '' });
    expect(missing.status).toBe(403);
    expect(missing.body.message).toContain('CSRF');
    const wrong = await client.request('POST', '/api/v1/auth/logout', undefined, { 'x-csrf-token': 'x'.repeat(32) });
    expect(wrong.status).toBe(403);
    expect((await client.get('/api/v1/auth/session')).status).toBe(200);
  });

  it('ends the session at logout: the old cookie no longer works', async () => {
    const client = await api.loginAs(DEMO.viewer);
    const session = await client.get<SessionInfo>('/api/v1/auth/session');
    expect(session.body.user.email).toBe(DEMO.viewer);
    expect((await client.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await client.get('/api/v1/auth/session')).status).toBe(204);
    const after = await client.get<ApiErrorBody>('/api/v1/units/counts');
    expect(after.status).toBe(401);
    expect(after.body.message).toContain('đăng nhập lại');
  });

  it('refuses a forged or expired session cookie', async () => {
    const forged = await api.anonymous.request('GET', '/api/v1/units/counts', undefined, { cookie: 'govindex_session=forged' });
    expect(forged.status).toBe(401);
    expect((await api.anonymous.request('GET', '/api/v1/auth/session', undefined, { cookie: 'govindex_session=forged' })).status).toBe(204);
    const client = await api.loginAs(DEMO.viewer);
    await api.app.get(DataSource).query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`, [DEMO.viewer]);
    expect((await client.get('/api/v1/auth/session')).status).toBe(204);
    expect((await client.get('/api/v1/units/counts')).status).toBe(401);
  });
});
