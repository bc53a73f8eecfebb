import type { RankingResponse } from '@govindex/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from '../../testing/test-app.js';
import { PAPI_SOURCE_KEY } from '../published-results.loader.js';

/** The real PAPI 2011–2024 data, loaded at start through the product's importer. */
describe('PAPI 2011–2024 from the published data', () => {
  let api: TestApp;
  let reader: Client;
  beforeAll(async () => {
    api = await startTestApp();
    reader = await api.loginAs(DEMO.commune);
  });
  afterAll(() => api.close());

  const ranking = async (year: number, indicator = 'TOTAL') => {
    const reply = await reader.get<RankingResponse>(`/api/v1/results/ranking?framework=PAPI&level=province&year=${year}&indicator=${indicator}`);
    expect(reply.status).toBe(200);
    return reply.body;
  };

  it('ranks Bà Rịa - Vũng Tàu 2021 at 40.61 of 80, in the lowest group, as the province itself published (40.62, group 4)', async () => {
    const year2021 = await ranking(2021);
    expect(year2021.versionLabel).toMatch(/2021/);
    const brvt = year2021.items.find((row) => row.unit.code === '77')!;
    expect(brvt.value).toBeCloseTo(40.6146, 3);
    expect(brvt.group).toBe(4);
    // Bắc Giang, Bắc Ninh and Quảng Ninh have no 2021 score at the source.
    expect(year2021.items).toHaveLength(60);
  });

  it('ranks Quảng Ninh 2017 at 36.72 of 60, 32nd of 63, in group 2, with groups of 16/16/15/16, as published', async () => {
    const year2017 = await ranking(2017);
    const quangNinh = year2017.items.find((row) => row.unit.code === '22')!;
    expect(quangNinh.value).toBeCloseTo(36.72, 2);
    expect(quangNinh).toMatchObject({ rank: 32, group: 2 });
    // The article also says "up 21 places since 2016"; the 2016 scores of this dataset rank Quảng Ninh
    // 62nd, not 53rd: the report compares with re-computed 2016 figures that the dataset does not hold.
    expect(quangNinh.previousRank).toBe(62);
    const sizes = [1, 2, 3, 4].map((group) => year2017.items.filter((row) => row.group === group).length);
    expect(sizes).toEqual([16, 16, 15, 16]);
  });

  it('leaves out Quảng Ninh and Bình Dương in 2023, whose surveys exceeded the allowed error', async () => {
    const year2023 = await ranking(2023);
    expect(year2023.items).toHaveLength(61);
    expect(year2023.items.map((row) => row.unit.code)).not.toEqual(expect.arrayContaining(['22']));
    expect(year2023.items.map((row) => row.unit.code)).not.toEqual(expect.arrayContaining(['74']));
  });

  it('computes every total as the sum of its dimensions: six until 2017, eight from 2018', async () => {
    const mismatches = await api.app.get(DataSource).query<Array<{ year: number; unit_id: number }>>(
      `SELECT t.year, t.unit_id FROM result_value t
       JOIN indicator ti ON ti.id = t.indicator_id AND ti.code = 'TOTAL'
       JOIN result_value d ON d.unit_id = t.unit_id AND d.year = t.year AND d.source_id = t.source_id
       JOIN indicator di ON di.id = d.indicator_id AND di.parent_id = ti.id
       WHERE t.source_id = (SELECT id FROM result_source WHERE source_key = $1 AND superseded_at IS NULL)
       GROUP BY t.year, t.unit_id, t.value, ti.id
       HAVING abs(t.value - sum(d.value)) > 0.000005
          OR count(*) <> (SELECT count(*) FROM indicator c WHERE c.parent_id = ti.id)`,
      [PAPI_SOURCE_KEY],
    );
    expect(mismatches).toEqual([]);
    expect((await ranking(2017)).versionLabel).not.toBe((await ranking(2018)).versionLabel);
  });

  it('ranks ties together and gives rank changes against the previous year', async () => {
    const year2024 = await ranking(2024);
    const ranks = year2024.items.map((row) => row.rank);
    expect(ranks[0]).toBe(1);
    for (const [index, row] of year2024.items.entries()) {
      const previous = year2024.items[index - 1];
      if (previous) expect(row.rank).toBe(previous.value === row.value ? previous.rank : index + 1);
      if (row.previousRank !== null) expect(row.rankChange).toBe(row.previousRank - row.rank);
    }
    // 61 provinces ranked in 2024: the top quarter by score.
    expect(year2024.items.filter((row) => row.group === 1).length).toBeGreaterThanOrEqual(15);
    expect(year2024.items.filter((row) => row.group === 1).length).toBeLessThanOrEqual(16);
  });

  it('lists the years that have PAPI results, newest first', async () => {
    const { body } = await reader.get<{ years: number[] }>('/api/v1/results/years?framework=PAPI&level=province');
    // Other suites may add 2025 test imports to the shared database; the real data spans 2011–2024.
    expect(body.years.filter((year) => year <= 2024)).toEqual(Array.from({ length: 14 }, (_, index) => 2024 - index));
    expect(body.years).toEqual([...body.years].sort((a, b) => b - a));
  });

  it('ranks a single dimension', async () => {
    const d8 = await ranking(2024, 'D8');
    expect(d8.indicator).toBe('D8');
    expect(d8.items[0]!.value).toBeGreaterThanOrEqual(d8.items.at(-1)!.value);
  });
});

describe('demo: simulated commune-level PAPI of Hưng Yên', () => {
  let api: TestApp;
  let reader: Client;
  beforeAll(async () => {
    api = await startTestApp();
    reader = await api.loginAs(DEMO.district);
  });
  afterAll(() => api.close());

  it('ranks the communes of Văn Lâm, every row flagged simulated', async () => {
    const district = reader.session!.user.unitId!;
    const reply = await reader.get<RankingResponse>(`/api/v1/results/ranking?framework=PAPI&level=commune&year=2024&parentId=${district}`);
    expect(reply.status).toBe(200);
    expect(reply.body.items).toHaveLength(11);
    expect(reply.body.items.every((row) => row.simulated)).toBe(true);
    expect(reply.body.items.map((row) => row.unit.fullName)).toContain('Thị trấn Như Quỳnh');
    expect(reply.body.items.every((row) => row.rankChange !== null)).toBe(true);
  });

  it('holds 2021–2024 for every pre-2025 commune of the province, and nothing for real communes elsewhere', async () => {
    const [counts] = await api.app.get(DataSource).query<Array<{ communes: number; years: number; outside: number }>>(
      `SELECT count(DISTINCT v.unit_id)::int AS communes, count(DISTINCT v.year)::int AS years,
              count(*) FILTER (WHERE p.code <> '33')::int AS outside
       FROM result_value v JOIN result_source s ON s.id = v.source_id AND s.simulated
       JOIN unit u ON u.id = v.unit_id JOIN unit p ON p.id = u.province_id`,
    );
    expect(counts).toEqual({ communes: 139, years: 4, outside: 0 });
  });
});

describe('published PAR INDEX, SIPAS and DTI figures', () => {
  let api: TestApp;
  let reader: Client;
  beforeAll(async () => {
    api = await startTestApp();
    reader = await api.loginAs(DEMO.viewer);
  });
  afterAll(() => api.close());

  it('holds the published PAR INDEX 2024 scores with the ranks the ministry published', async () => {
    const { body } = await reader.get<RankingResponse>('/api/v1/results/ranking?framework=PAR_INDEX&level=province&year=2024');
    expect(body.items.map((row) => [row.unit.fullName, row.value, row.publishedRank])).toEqual([
      ['Thành phố Hải Phòng', 96.17, 1],
      ['Tỉnh Bà Rịa - Vũng Tàu', 93.35, 2],
      ['Tỉnh Sơn La', 90.02, 12],
    ]);
  });

  it('holds SIPAS 2023 and DTI 2022 as published', async () => {
    const sipas = await reader.get<RankingResponse>('/api/v1/results/ranking?framework=SIPAS&level=province&year=2023');
    expect(sipas.body.items.find((row) => row.unit.code === '22')).toMatchObject({ value: 90.61, publishedRank: 1 });
    const dti = await reader.get<RankingResponse>('/api/v1/results/ranking?framework=DTI&level=province&year=2022');
    expect(dti.body.items.map((row) => [row.unit.fullName, row.value, row.publishedRank])).toEqual([['Tỉnh Trà Vinh', 0.6077, 25]]);
  });
});
