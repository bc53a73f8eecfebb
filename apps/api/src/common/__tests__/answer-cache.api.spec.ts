import type { RankingResponse, UnitScorecard, UserSummary } from '@govindex/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from '../../testing/test-app.js';
import { AnswerCache } from '../answer-cache.js';

/**
 * Answers kept in memory (AnswerCache) are given again only while nothing they read has changed, and
 * only to callers who may see the unit asked about. Other test files write to the same database at the
 * same time, so a "kept" answer is looked for over a few tries rather than on the first.
 */
describe('answers kept in memory', () => {
  let api: TestApp;
  let district: Client;
  let cache: AnswerCache;
  let dataSource: DataSource;
  let nhuQuynhId: number;

  beforeAll(async () => {
    api = await startTestApp();
    [district] = await Promise.all([api.loginAs(DEMO.district)]);
    cache = api.app.get(AnswerCache);
    dataSource = api.app.get(DataSource);
    const [row] = await dataSource.query<Array<{ id: number }>>(`SELECT id FROM unit WHERE code = '11986' AND level = 'commune' AND valid_from IS NULL`);
    nhuQuynhId = row!.id;
  });
  afterAll(() => api.close());

  const ranking = '/api/v1/results/ranking?framework=PAPI&level=province&year=2024';

  it('gives a ranking again from memory, and computes it anew once results change', async () => {
    let kept = false;
    for (let attempt = 0; attempt < 5 && !kept; attempt++) {
      await district.get(ranking);
      const hits = cache.hits;
      const again = await district.get<RankingResponse>(ranking);
      expect(again.status).toBe(200);
      kept = cache.hits === hits + 1;
    }
    expect(kept).toBe(true);

    const before = await district.get<RankingResponse>(ranking);
    const misses = cache.misses;
    await dataSource.query(`UPDATE data_generation SET generation = generation + 1 WHERE topic = 'results'`);
    const after = await district.get<RankingResponse>(ranking);
    expect(cache.misses).toBeGreaterThan(misses);
    expect(after.body.items).toEqual(before.body.items);
  });

  it('gives a kept scorecard only to callers whose subtree holds the unit', async () => {
    const path = `/api/v1/analytics/units/${nhuQuynhId}/scorecard?framework=PAPI&year=2024`;
    expect((await district.get<UnitScorecard>(path)).status).toBe(200);
    expect((await district.get<UnitScorecard>(path)).status).toBe(200);

    const admin = await api.loginAs(DEMO.admin);
    const [otherDistrict] = await dataSource.query<Array<{ id: number }>>(
      `SELECT d.id FROM unit d JOIN unit p ON p.id = d.parent_id
       WHERE p.code = '33' AND p.level = 'province' AND p.valid_from IS NULL AND d.code <> '325' ORDER BY d.code LIMIT 1`,
    );
    const email = `cache-${Date.now()}@test.govindex.vn`;
    const created = await admin.post<UserSummary>('/api/v1/users', {
      email,
      displayName: 'Phòng Nội vụ huyện khác',
      role: 'district_officer',
      unitId: otherDistrict!.id,
      password: 'mat-khau-du-dai',
    });
    expect(created.status).toBe(201);
    const outsider = await api.loginAs(email, 'mat-khau-du-dai');
    expect((await outsider.get(path)).status).toBe(404);
    expect((await outsider.get(`/api/v1/analytics/units/${nhuQuynhId}/weak-indicators?framework=PAPI&year=2024`)).status).toBe(404);
  });

  it('moves each counter in the transaction that writes what it counts', async () => {
    const writes: Array<[topic: string, sql: string]> = [
      ['results', 'UPDATE result_value SET value = value WHERE false'],
      ['catalog', 'UPDATE indicator SET code = code WHERE false'],
      ['units', 'UPDATE unit SET name = name WHERE false'],
      ['plans', 'UPDATE report SET status = status WHERE false'],
      ['plans', 'UPDATE plan_task SET task = task WHERE false'],
    ];
    await dataSource
      .transaction(async (manager) => {
        const generation = async (topic: string) =>
          Number((await manager.query<Array<{ generation: string }>>('SELECT generation FROM data_generation WHERE topic = $1', [topic]))[0]!.generation);
        for (const [topic, sql] of writes) {
          const before = await generation(topic);
          await manager.query(sql);
          expect(await generation(topic), sql).toBe(before + 1);
        }
        // An import's source row bumps `results` when the transaction commits (a deferred trigger).
        const before = await generation('results');
        await manager.query('UPDATE result_source SET issuer = issuer WHERE id = (SELECT min(id) FROM result_source)');
        expect(await generation('results')).toBe(before);
        await manager.query('SET CONSTRAINTS result_source_generation IMMEDIATE');
        expect(await generation('results')).toBe(before + 1);
        throw new Error('rollback');
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || error.message !== 'rollback') throw error;
      });
  });
});
