import type { HealthResponse, UnitLevelCounts } from '@govindex/contracts';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../../testing/test-app.js';

/** What `npm start` does on a machine with only Node: no DATABASE_URL, PGlite in a data folder. */
describe('embedded default', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it('starts on its own data folder, loads the unit lists, and keeps them across a restart', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'govindex-default-'));
    folders.push(dataDir);
    // No DEMO_DATA either: demo accounts must come from the embedded default itself.
    const env = { DATABASE_URL: undefined, DEMO_DATA: undefined, GOVINDEX_DATA_DIR: dataDir };

    const first = await startTestApp(env);
    const health = await first.anonymous.get<HealthResponse>('/api/health');
    expect(health.body).toMatchObject({ status: 'ok', database: { status: 'up', kind: 'embedded' } });
    const officer = await first.loginAs('phongnoivu.vanlam@demo.govindex.vn');
    expect((await officer.get<UnitLevelCounts>('/api/v1/units/counts?asOf=2025-06-30')).body.province).toBe(63);
    await first.close();

    const second = await startTestApp(env);
    const datasets = await second.app.get(DataSource).query<Array<{ name: string }>>('SELECT name FROM reference_dataset ORDER BY name');
    expect(datasets.map((row) => row.name)).toEqual([
      'admin-crosswalk-2025-communes',
      'admin-crosswalk-2025-provinces',
      'admin-units-post2025',
      'admin-units-pre2025',
    ]);
    const again = await second.loginAs('phongnoivu.vanlam@demo.govindex.vn');
    expect((await again.get<UnitLevelCounts>('/api/v1/units/counts?asOf=2025-07-01')).body).toEqual({
      province: 34,
      district: 0,
      commune: 3321,
    });
    await second.close();
  });

  it('answers many requests at once without mixing them up', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'govindex-concurrent-'));
    folders.push(dataDir);
    const app = await startTestApp({ DATABASE_URL: undefined, GOVINDEX_DATA_DIR: dataDir });
    try {
      const officer = await app.loginAs('phongnoivu.vanlam@demo.govindex.vn');
      const paths = Array.from({ length: 40 }, (_, index) =>
        ['/api/v1/auth/session', '/api/v1/units/counts?asOf=2025-06-30', '/api/v1/results/ranking?framework=PAPI&level=province&year=2024', '/api/v1/units?asOf=2025-06-30'][index % 4]!,
      );
      const replies = await Promise.all(paths.map((path) => officer.get(path)));
      expect(replies.map((reply) => reply.status)).toEqual(paths.map(() => 200));
    } finally {
      await app.close();
    }
  });
});
