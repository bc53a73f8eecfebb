import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../testing/provided-context.js';
import { API_MAIN, freshDatabase, seeded, sleep, startApi, type FreshDatabase } from './harness.js';
import { mixUnits, officerMix, runLoad, summarise } from './load.js';

/**
 * The soak's load (`npm run reliability:soak`) kept working: district officers, each signed in on their
 * own district, send the paced read/write mix to the built API for a few seconds. Asserts what the soak
 * asserts except time (which belongs to docs/RELIABILITY.md, measured on a quiet machine): every request
 * answered 2xx, every acknowledged write is stored, and no officer's write landed outside their district.
 */
describe('the soak load (paced district officers)', () => {
  let database: FreshDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run "npx nx run api:build" (npm test does) before these tests`);
    const server = new URL(inject('databaseUrl'));
    server.pathname = '/postgres';
    database = await freshDatabase(server.toString(), 'govindex_load_test');
    api = await startApi(database.url, { DB_POOL_SIZE: '4' });
  }, 240_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('answers every request of the mix and keeps every acknowledged write in its own district', async () => {
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    try {
      const districts = await mixUnits((sql) => owner.query(sql));
      const { clients, writeShare } = await officerMix(api.baseUrl, districts, 4);
      let stopping = false;
      const load = runLoad({ baseUrl: api.baseUrl, clients, writeShare, intervalMs: 40, stop: () => stopping, random: seeded(3) });
      await sleep(4_000);
      stopping = true;
      const samples = await load;

      const routes = summarise(samples);
      expect(routes.map((route) => route.route)).toEqual([
        'GET /api/health',
        'GET /api/v1/follow-ups',
        'GET /api/v1/reporting-periods',
        'GET /api/v1/results/ranking',
        'GET /api/v1/units',
        'GET /api/v1/units/search',
        'POST /api/v1/follow-ups',
        'POST /api/v1/reporting-periods',
      ]);
      const failed = samples.filter((sample) => sample.error || sample.status < 200 || sample.status >= 300);
      expect(failed.map((sample) => `${sample.route} ${sample.status} ${sample.error ?? ''}`)).toEqual([]);

      const acknowledged = samples.filter((sample) => sample.kind === 'write').map((sample) => sample.key!);
      expect(acknowledged.length).toBeGreaterThan(0);
      const stored = await owner.query<{ key: string; inside: boolean }>(
        `SELECT rp.title AS key, creator.unit_id = rp.unit_id AS inside
         FROM reporting_period rp JOIN app_user creator ON creator.id = rp.created_by WHERE rp.title LIKE 'tai-%'
         UNION ALL
         SELECT f.reason, u.ancestry @> ARRAY[creator.unit_id]
         FROM follow_up_item f JOIN unit u ON u.id = f.unit_id JOIN app_user creator ON creator.id = f.created_by WHERE f.reason LIKE 'tai-%'`,
      );
      expect(new Set(stored.rows.map((row) => row.key))).toEqual(new Set(acknowledged));
      expect(stored.rows.filter((row) => !row.inside)).toEqual([]);
    } finally {
      await owner.end();
    }
  }, 120_000);
});
