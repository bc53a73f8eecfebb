import type {
  ApiErrorBody,
  UnitDetail,
  UnitLevelCounts,
  UnitLineageResponse,
  UnitListResponse,
  UnitSearchResponse,
} from '@govindex/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from '../../testing/test-app.js';

const BEFORE_REFORM = '2025-06-30';
const AFTER_REFORM = '2025-07-01';

describe('unit tree API on the real national lists', () => {
  let app: TestApp;
  /** The national tree is reference data: any signed-in role reads all of it; a commune officer here. */
  let api: Client;
  beforeAll(async () => {
    app = await startTestApp();
    api = await app.loginAs(DEMO.commune);
  });
  afterAll(() => app.close());

  it('answers only a signed-in caller', async () => {
    const anonymous = await app.anonymous.get<ApiErrorBody>('/api/v1/units');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.message).toBe('Cần đăng nhập.');
  });

  async function childrenOf(parentId: number | null, asOf = BEFORE_REFORM) {
    const query = parentId === null ? `asOf=${asOf}` : `parentId=${parentId}&asOf=${asOf}`;
    const { status, body } = await api.get<UnitListResponse>(`/api/v1/units?${query}`);
    expect(status).toBe(200);
    return body.items;
  }

  it('lists the 63 provinces before the 2025 reform and the 34 after it, in GSO code order', async () => {
    const before = await childrenOf(null, BEFORE_REFORM);
    expect(before).toHaveLength(63);
    expect(before[0]).toMatchObject({ code: '01', fullName: 'Thành phố Hà Nội', kind: 'thanh_pho_truc_thuoc_trung_uong' });
    expect(before.map((unit) => unit.code)).toEqual([...before.map((unit) => unit.code)].sort());
    const after = await childrenOf(null, AFTER_REFORM);
    expect(after).toHaveLength(34);
    expect(after.every((unit) => unit.validFrom === AFTER_REFORM)).toBe(true);
  });

  it('counts every level of each map', async () => {
    const before = await api.get<UnitLevelCounts>(`/api/v1/units/counts?asOf=${BEFORE_REFORM}`);
    expect(before.body).toEqual({ province: 63, district: 696, commune: 10_035 });
    const after = await api.get<UnitLevelCounts>(`/api/v1/units/counts?asOf=${AFTER_REFORM}`);
    expect(after.body).toEqual({ province: 34, district: 0, commune: 3321 });
  });

  it('lists the post-2025 commune that took in thị trấn Như Quỳnh, and the town among its predecessors', async () => {
    const { body: found } = await api.get<UnitSearchResponse>(`/api/v1/units/search?q=nhu%20quynh&asOf=${AFTER_REFORM}`);
    const xaNhuQuynh = found.items[0]!;
    const { status, body } = await api.get<UnitLineageResponse>(`/api/v1/units/${xaNhuQuynh.id}/lineage`);
    expect(status).toBe(200);
    expect(body.predecessors.map((link) => [link.unit.fullName, link.mergeType])).toEqual([
      ['Thị trấn Như Quỳnh', 'full'],
      ['Xã Tân Quang', 'full'],
      ['Xã Đình Dù', 'partial'],
      ['Xã Trưng Trắc', 'full'],
      ['Xã Lạc Hồng', 'full'],
    ]);
    expect(body.predecessors[0]).toMatchObject({ effectiveOn: AFTER_REFORM, unit: { validUntil: BEFORE_REFORM } });
    const town = await api.get<UnitLineageResponse>(`/api/v1/units/${body.predecessors[0]!.unit.id}/lineage`);
    expect(town.body.successors.map((link) => link.unit.fullName)).toEqual(['Xã Như Quỳnh']);
  });

  it('links an island district without communes to the special zone it became', async () => {
    const { body: found } = await api.get<UnitSearchResponse>(`/api/v1/units/search?q=bach%20long%20vi&asOf=${BEFORE_REFORM}`);
    const district = found.items.find((unit) => unit.level === 'district')!;
    expect(district).toMatchObject({ code: '318', path: 'Thành phố Hải Phòng', childCount: 0 });
    const { body } = await api.get<UnitLineageResponse>(`/api/v1/units/${district.id}/lineage`);
    expect(body.successors.map((link) => link.unit.fullName)).toEqual(['Đặc khu Bạch Long Vĩ']);
  });

  it('links the 63 old provinces to the 34 new ones', async () => {
    const hungYen = (await childrenOf(null, AFTER_REFORM)).find((unit) => unit.fullName === 'Tỉnh Hưng Yên')!;
    const { body } = await api.get<UnitLineageResponse>(`/api/v1/units/${hungYen.id}/lineage`);
    expect(body.predecessors.map((link) => link.unit.fullName).sort()).toEqual(['Tỉnh Hưng Yên', 'Tỉnh Thái Bình']);
  });

  it('walks Hưng Yên → Văn Lâm → Thị trấn Như Quỳnh with child counts', async () => {
    const hungYen = (await childrenOf(null)).find((unit) => unit.code === '33');
    expect(hungYen).toMatchObject({ fullName: 'Tỉnh Hưng Yên', kind: 'tinh', childCount: 10 });
    const districts = await childrenOf(hungYen!.id);
    expect(districts).toHaveLength(10);
    const vanLam = districts.find((unit) => unit.fullName === 'Huyện Văn Lâm');
    expect(vanLam).toMatchObject({ code: '325', level: 'district', kind: 'huyen' });
    const communes = await childrenOf(vanLam!.id);
    expect(communes.map((unit) => unit.fullName)).toContain('Thị trấn Như Quỳnh');
    expect(communes.every((unit) => unit.level === 'commune' && unit.childCount === 0)).toBe(true);
    expect(vanLam!.childCount).toBe(communes.length);
  });

  it('finds a commune typed without diacritics and tells where it sits', async () => {
    for (const query of ['nhu quynh', 'Như Quỳnh', 'NHƯ QUỲNH', 'thi tran nhu quynh']) {
      const { body } = await api.get<UnitSearchResponse>(`/api/v1/units/search?q=${encodeURIComponent(query)}&asOf=${BEFORE_REFORM}`);
      expect(body.items[0], query).toMatchObject({ code: '11986', fullName: 'Thị trấn Như Quỳnh', path: 'Huyện Văn Lâm, Tỉnh Hưng Yên' });
    }
    const after = await api.get<UnitSearchResponse>(`/api/v1/units/search?q=nhu%20quynh&asOf=${AFTER_REFORM}`);
    expect(after.body.items[0]).toMatchObject({ fullName: 'Xã Như Quỳnh', path: 'Tỉnh Hưng Yên' });
  });

  it('folds đ to d and ranks exact names before partial ones', async () => {
    const { body } = await api.get<UnitSearchResponse>(`/api/v1/units/search?q=da%20nang&asOf=${BEFORE_REFORM}&limit=5`);
    expect(body.items[0]).toMatchObject({ fullName: 'Thành phố Đà Nẵng', level: 'province' });
    const many = await api.get<UnitSearchResponse>(`/api/v1/units/search?q=an&asOf=${BEFORE_REFORM}&limit=3`);
    expect(many.body.items).toHaveLength(3);
    expect(many.body.truncated).toBe(true);
  });

  it('treats % and _ in a query as plain characters', async () => {
    const { body } = await api.get<UnitSearchResponse>(`/api/v1/units/search?q=${encodeURIComponent('%_')}&asOf=${BEFORE_REFORM}`);
    expect(body.items).toEqual([]);
  });

  it('returns a unit with its ancestors, province first', async () => {
    const { body: search } = await api.get<UnitSearchResponse>(`/api/v1/units/search?q=nhu%20quynh&asOf=${BEFORE_REFORM}`);
    const { status, body } = await api.get<UnitDetail>(`/api/v1/units/${search.items[0]!.id}`);
    expect(status).toBe(200);
    expect(body.ancestors.map((unit) => unit.fullName)).toEqual(['Tỉnh Hưng Yên', 'Huyện Văn Lâm']);
    expect(body.validUntil).toBe(BEFORE_REFORM);
  });

  it('answers 404 for a unit that does not exist, as list parent or as unit', async () => {
    const missing = await api.get<ApiErrorBody>('/api/v1/units/2000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toContain('Không tìm thấy đơn vị');
    expect((await api.get('/api/v1/units?parentId=2000000000')).status).toBe(404);
  });

  it('rejects bad parameters with a Vietnamese message naming the field', async () => {
    const badDate = await api.get<ApiErrorBody>('/api/v1/units?asOf=2025-02-30');
    expect(badDate.status).toBe(400);
    expect(badDate.body.details).toEqual(['asOf: phải là một ngày có thật, viết YYYY-MM-DD (ví dụ 2025-06-30).']);
    const unknown = await api.get<ApiErrorBody>('/api/v1/units?colour=red');
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual(['colour: tham số không được hỗ trợ.']);
    const notANumber = await api.get<ApiErrorBody>('/api/v1/units/abc');
    expect(notANumber.status).toBe(400);
    expect(notANumber.body.details).toEqual(['id: phải là số nguyên.']);
    expect((await api.get('/api/v1/units/search?q=')).status).toBe(400);
    expect((await api.get('/api/v1/units/search?q=ha&limit=1000')).status).toBe(400);
  });
});
