import type { ApiErrorBody, HealthResponse } from '@govindex/contracts';
import { existsSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { startTestApp } from '../testing/test-app.js';
import { runCrashSafety } from './crash-safety.js';
import { API_MAIN, privateCluster, SCRIPT_ADMIN, sleep } from './harness.js';

/**
 * Faults. The reduced crash test (3 kills; `npm run reliability:crash` does 20): the built API killed
 * with SIGKILL during a large results import, on the suite's kind of database (a fresh database of the server, or
 * the embedded database in a folder of its own). No partial import is ever visible; the retried import
 * succeeds, and a second retry changes nothing.
 */
describe('crash safety of a results import', () => {
  it('shows no partial import after a SIGKILL at any moment, and the retry succeeds once', async () => {
    if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run "npx nx run api:build" (npm test does) before these tests`);
    const kind = inject('databaseKind');
    const serverUrl = new URL(inject('databaseUrl'));
    serverUrl.pathname = '/postgres';
    const report = await runCrashSafety({
      database: kind === 'server' ? { kind: 'server', serverUrl: serverUrl.toString() } : { kind: 'embedded' },
      kills: 3,
      communes: 2000,
      seed: 3,
    });
    expect(report.problems).toEqual([]);
    expect(report.kills).toHaveLength(3);
    expect(report.sourcesAtEnd).toBe(4);
    for (const kill of report.kills) expect(kill.secondRetry).toBe('unchanged');
  }, 240_000);
});

if (inject('databaseKind') === 'server') {
  /**
   * The database going away under a running app (`npm run reliability:db-restart` does it under load):
   * on a PostgreSQL cluster of the test's own, stopped and started again, never the shared server.
   */
  describe('the database stopped and started again', () => {
    it('answers 503 with Retry-After while PostgreSQL is down, and serves again by itself once it is back', async () => {
      const cluster = await privateCluster();
      try {
        const api = await startTestApp({
          DATABASE_URL: cluster.url,
          LOAD_REFERENCE_DATA: 'false',
          DEMO_DATA: 'false',
          GOVINDEX_ADMIN_EMAIL: SCRIPT_ADMIN.email,
          GOVINDEX_ADMIN_PASSWORD: SCRIPT_ADMIN.password,
        });
        try {
          const admin = await api.loginAs(SCRIPT_ADMIN.email, SCRIPT_ADMIN.password);
          expect((await admin.get('/api/v1/users')).status).toBe(200);

          await cluster.stop();
          const read = await admin.get<ApiErrorBody>('/api/v1/users');
          expect(read.status).toBe(503);
          expect(read.headers.get('retry-after')).toBe('5');
          expect(read.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: 'Cơ sở dữ liệu tạm thời không phản hồi; chưa có gì được ghi. Vui lòng thử lại sau ít phút.' });
          const write = await admin.patch<ApiErrorBody>(`/api/v1/users/${admin.session!.user.id}`, { displayName: 'Không ghi được' });
          expect(write.status).toBe(503);
          const health = await api.anonymous.get<HealthResponse>('/api/health');
          expect(health.status).toBe(503);
          expect(health.body.database.status).toBe('down');

          await cluster.start();
          let status = 0;
          for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
            status = (await admin.get('/api/v1/users')).status;
            if (status !== 200) await sleep(100);
          }
          expect(status).toBe(200);
          expect((await api.anonymous.get('/api/health')).status).toBe(200);
        } finally {
          await api.close();
        }
      } finally {
        await cluster.destroy();
      }
    }, 120_000);
  });
}
