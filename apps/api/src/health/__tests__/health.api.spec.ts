import type { HealthResponse } from '@govindex/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../../testing/test-app.js';

describe('health and API surface', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('answers ok with the database up and every migration applied', async () => {
    const { status, body } = await api.anonymous.get<HealthResponse>('/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.database.status).toBe('up');
    expect(body.database.pendingMigrations).toBe(0);
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('serves the OpenAPI description with the versioned unit routes', async () => {
    const docs = await fetch(`${api.baseUrl}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
    const { body } = await api.anonymous.get<{ paths: Record<string, unknown> }>('/api/docs-json');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/v1/units', '/api/v1/units/search', '/api/v1/units/{id}']),
    );
  });

  it('sends security headers', async () => {
    const { headers } = await api.anonymous.get('/api/health');
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it('answers an unknown API route with a JSON 404 once signed in, 401 before', async () => {
    expect((await api.anonymous.get('/api/v1/no-such-thing')).status).toBe(404);
    const client = await api.loginAs(DEMO.viewer);
    const { status, body } = await client.get<{ statusCode: number; error: string }>('/api/v1/no-such-thing');
    expect(status).toBe(404);
    expect(body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
