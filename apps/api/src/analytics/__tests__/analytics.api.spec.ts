import type {
  DistributionResponse,
  HeatmapResponse,
  LaggingResponse,
  RankingResponse,
  TrendResponse,
  UnitScorecard,
  UnitSearchResponse,
} from '@govindex/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from '../../testing/test-app.js';

describe('analytics', () => {
  let api: TestApp;
  let province: Client;
  let district: Client;
  let commune: Client;
  let hungYenId: number;
  let vanLamId: number;
  let nhuQuynhId: number;

  beforeAll(async () => {
    api = await startTestApp();
    [province, district, commune] = await Promise.all([api.loginAs(DEMO.province), api.loginAs(DEMO.district), api.loginAs(DEMO.commune)]);
    hungYenId = province.session!.user.unitId!;
    vanLamId = district.session!.user.unitId!;
    nhuQuynhId = commune.session!.user.unitId!;
  });
  afterAll(() => api.close());

  it('gives Hưng Yên’s PAPI 2024 scorecard: the published ranking’s total and rank, 8 dimensions against the country, weak indicators', async () => {
    const { body: ranking } = await province.get<RankingResponse>('/api/v1/results/ranking?framework=PAPI&level=province&year=2024');
    const published = ranking.items.find((row) => row.unit.code === '33')!;
    const { status, body } = await province.get<UnitScorecard>(`/api/v1/analytics/units/${hungYenId}/scorecard?framework=PAPI&year=2024`);
    expect(status).toBe(200);
    expect(body.total).toMatchObject({ value: published.value, rank: published.rank, of: ranking.items.length, max: 80, rankChange: published.rankChange, group: published.group });
    expect(body.simulated).toBe(false);
    expect(body.peers).toEqual({ parent: null, count: ranking.items.length });
    expect(body.dimensions.map((dimension) => dimension.code)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    for (const dimension of body.dimensions) {
      expect(dimension.peerBest!).toBeGreaterThanOrEqual(dimension.value!);
      expect(dimension.max).toBe(10);
    }
    const recoverable = body.weakIndicators.map((indicator) => indicator.pointsRecoverableOnTotal);
    expect(recoverable).toEqual([...recoverable].sort((a, b) => b - a));
    for (const indicator of body.weakIndicators) {
      expect(indicator.reasons.length).toBeGreaterThan(0);
      expect(indicator.pointsRecoverable).toBeCloseTo(indicator.max - indicator.value, 4);
    }
  });

  it('gives a commune officer its own scorecard, simulated, against the other communes of its district', async () => {
    const { body } = await commune.get<UnitScorecard>(`/api/v1/analytics/units/${nhuQuynhId}/scorecard?framework=PAPI&year=2024`);
    expect(body.unit).toMatchObject({ fullName: 'Thị trấn Như Quỳnh', path: 'Huyện Văn Lâm, Tỉnh Hưng Yên' });
    expect(body.simulated).toBe(true);
    expect(body.peers).toMatchObject({ parent: { fullName: 'Huyện Văn Lâm' }, count: 11 });
    expect(body.total!.of).toBe(11);
  });

  it('answers 404 for a peer commune’s detail and for the district breakdown, to a commune officer', async () => {
    const { body: search } = await commune.get<UnitSearchResponse>('/api/v1/units/search?q=tan%20quang&asOf=2025-06-30');
    const tanQuang = search.items.find((unit) => unit.path === 'Huyện Văn Lâm, Tỉnh Hưng Yên')!;
    expect((await commune.get(`/api/v1/analytics/units/${tanQuang.id}/scorecard?framework=PAPI&year=2024`)).status).toBe(404);
    expect((await commune.get(`/api/v1/analytics/heatmap?framework=PAPI&level=commune&year=2024&parentId=${vanLamId}`)).status).toBe(404);
    expect((await district.get(`/api/v1/analytics/units/${hungYenId}/scorecard?framework=PAPI&year=2024`)).status).toBe(404);
  });

  it('draws the district heatmap: every commune × the 8 dimensions, best total first', async () => {
    const { body } = await district.get<HeatmapResponse>(`/api/v1/analytics/heatmap?framework=PAPI&level=commune&year=2024&parentId=${vanLamId}`);
    expect(body.simulated).toBe(true);
    expect(body.dimensions.map((dimension) => dimension.code)).toHaveLength(8);
    expect(body.rows).toHaveLength(11);
    const totals = body.rows.map((row) => row.total!);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    for (const row of body.rows) expect(Object.values(row.values).reduce((sum, value) => sum! + value!, 0)).toBeCloseTo(row.total!, 3);
  });

  it('lists lagging communes of the province with their reasons', async () => {
    const { body } = await province.get<LaggingResponse>(`/api/v1/analytics/lagging?framework=PAPI&level=commune&year=2024&parentId=${hungYenId}`);
    expect(body.items.length).toBeGreaterThan(0);
    const bottom = body.items.filter((item) => item.reasons.some((reason) => reason.kind === 'bottom_quartile'));
    // The bottom group is the communes below the 25th percentile of the 139 totals: 34 or 35 of them.
    expect(bottom.length).toBeGreaterThanOrEqual(34);
    expect(bottom.length).toBeLessThanOrEqual(35);
    for (const item of bottom) expect(item.rank).toBeGreaterThanOrEqual(105);
  });

  it('requires a parent below the province level', async () => {
    expect((await province.get('/api/v1/analytics/lagging?framework=PAPI&level=commune&year=2024')).status).toBe(400);
  });

  it('follows Hưng Yên’s PAPI total 2011–2024 and marks where the scale changed', async () => {
    const { body } = await province.get<TrendResponse>(`/api/v1/analytics/units/${hungYenId}/trend?framework=PAPI`);
    expect(body.kind).toBe('own');
    expect(body.points.map((point) => point.year)).toEqual(Array.from({ length: 14 }, (_, index) => 2011 + index));
    expect(body.points.filter((point) => point.versionChanged).map((point) => point.year)).toEqual([2018, 2021]);
    expect(body.points.find((point) => point.year === 2017)!.value).toBeLessThanOrEqual(60);
  });

  it('averages the communes of a district year by year', async () => {
    const { body } = await district.get<TrendResponse>(`/api/v1/analytics/units/${vanLamId}/trend?framework=PAPI&level=commune&indicator=D3`);
    expect(body).toMatchObject({ kind: 'average', indicator: 'D3', simulated: true });
    expect(body.points.map((point) => point.year)).toEqual([2021, 2022, 2023, 2024]);
  });

  it('describes how communes spread in each district of the province', async () => {
    const { body } = await province.get<DistributionResponse>(
      `/api/v1/analytics/distribution?framework=PAPI&level=commune&year=2024&parentId=${hungYenId}&groupBy=parent`,
    );
    expect(body.groups).toHaveLength(10);
    expect(body.groups.reduce((sum, group) => sum + group.count, 0)).toBe(139);
    for (const group of body.groups) {
      expect(group.min).toBeLessThanOrEqual(group.q1);
      expect(group.q1).toBeLessThanOrEqual(group.median);
      expect(group.median).toBeLessThanOrEqual(group.q3);
      expect(group.q3).toBeLessThanOrEqual(group.max);
    }
  });
});
