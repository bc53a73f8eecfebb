import type { HealthResponse } from '@govindex/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('health and API surface', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('answers ok with the database up and every migration applied', async () => {
    const { status, body } = await api.get<HealthResponse>('/api/health');
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
    const { body } = await api.get<{ paths: Record<string, unknown> }>('/api/docs-json');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/v1/units', '/api/v1/units/search', '/api/v1/units/{id}']),
    );
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const { status, body } = await api.get<{ statusCode: number; error: string }>('/api/v1/no-such-thing');
    expect(status).toBe(404);
    expect(body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
