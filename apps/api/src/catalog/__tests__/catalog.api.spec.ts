import type { ApiErrorBody, AuditListResponse, CatalogResponse, FrameworkVersionDetail, InputIssue, ResultImportReport } from '@govindex/contracts';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from '../../testing/test-app.js';

interface VersionJson {
  label: string;
  level: string;
  firstYear: number;
  lastYear: number | null;
  total: { children: Array<{ code: string; max: number }>; max: number };
}

/** The national commune-level PAR INDEX version, as a province would start from it. */
function nationalCommunePar(): VersionJson {
  const file = JSON.parse(readFileSync(new URL('../../../../../data/catalog/par-index.json', import.meta.url), 'utf8')) as { versions: VersionJson[] };
  return structuredClone(file.versions.find((version) => version.level === 'commune')!);
}

describe('index catalog', () => {
  let api: TestApp;
  let province: Client;
  beforeAll(async () => {
    api = await startTestApp();
    province = await api.loginAs(DEMO.province);
  });
  afterAll(() => api.close());

  it('lists the six frameworks with their versions', async () => {
    const { status, body } = await province.get<CatalogResponse>('/api/v1/catalog');
    expect(status).toBe(200);
    expect(body.frameworks.map((framework) => framework.code)).toEqual(['DAN_VAN', 'DTI', 'PAPI', 'PAR_INDEX', 'PCI', 'SIPAS']);
    const papi = body.frameworks.find((framework) => framework.code === 'PAPI')!;
    expect(papi.versions.map((version) => [version.level, version.firstYear, version.lastYear])).toEqual([
      ['commune', 2021, null],
      ['province', 2011, 2017],
      ['province', 2018, 2020],
      ['province', 2021, null],
    ]);
  });

  it('shows a version’s tree in order, parents before children', async () => {
    const { body: catalog } = await province.get<CatalogResponse>('/api/v1/catalog');
    const id = catalog.frameworks.find((framework) => framework.code === 'PAPI')!.versions.find((version) => version.level === 'province' && version.firstYear === 2018)!.id;
    const { body } = await province.get<FrameworkVersionDetail>(`/api/v1/catalog/versions/${id}`);
    expect(body.indicators[0]).toMatchObject({ code: 'TOTAL', parentCode: null, min: 8, max: 80, aggregation: 'sum' });
    expect(body.indicators.filter((node) => node.depth === 1).map((node) => node.code)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    const seen = new Set<string>();
    for (const node of body.indicators) {
      if (node.parentCode) expect(seen.has(node.parentCode), node.code).toBe(true);
      seen.add(node.code);
    }
    expect((await province.get('/api/v1/catalog/versions/999999')).status).toBe(404);
  });

  it('lets a province officer define the province’s own commune version, audited, and imports then use it', async () => {
    const version = nationalCommunePar();
    version.label = 'PAR INDEX cấp xã 2030– (Hưng Yên)';
    version.firstYear = 2030;
    const saved = await province.request<FrameworkVersionDetail>('PUT', '/api/v1/catalog/PAR_INDEX/province-versions', { version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ label: version.label, level: 'commune', firstYear: 2030, ownerProvinceId: province.session!.user.unitId });
    const admin = await api.loginAs(DEMO.admin);
    const audit = await admin.get<AuditListResponse>('/api/v1/audit?limit=20');
    expect(audit.body.items.find((entry) => entry.entity === 'framework_version' && entry.entityId === String(saved.body.id))).toMatchObject({
      action: 'create',
      actorEmail: DEMO.province,
    });
    const again = await province.request<FrameworkVersionDetail>('PUT', '/api/v1/catalog/PAR_INDEX/province-versions', {
      version: { ...version, label: 'PAR INDEX cấp xã 2030– (Hưng Yên, sửa)' },
    });
    expect(again.body).toMatchObject({ id: saved.body.id, label: 'PAR INDEX cấp xã 2030– (Hưng Yên, sửa)' });
  });

  it('rejects an invalid version with the path of each problem, and other roles', async () => {
    const version = nationalCommunePar();
    version.total.children[0]!.max = 15;
    const invalid = await province.request<Omit<ApiErrorBody, 'details'> & { details: InputIssue[] }>('PUT', '/api/v1/catalog/PAR_INDEX/province-versions', {
      version,
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.details.map((issue) => issue.column)).toContain('total.max');
    const district = await api.loginAs(DEMO.district);
    expect((await district.request('PUT', '/api/v1/catalog/PAR_INDEX/province-versions', { version: nationalCommunePar() })).status).toBe(403);
    const provinceLevel = { ...nationalCommunePar(), level: 'province' };
    expect((await province.request('PUT', '/api/v1/catalog/PAR_INDEX/province-versions', { version: provinceLevel })).status).toBe(400);
  });

  it('refuses to edit a version that results already use', async () => {
    const version = { ...nationalCommunePar(), label: 'PAR INDEX cấp xã 2040– (Hưng Yên)', firstYear: 2040, lastYear: null };
    expect((await province.request('PUT', '/api/v1/catalog/PAR_INDEX/province-versions', { version })).status).toBe(200);
    const district = await api.loginAs(DEMO.district);
    const imported = await district.upload<ResultImportReport>(
      '/api/v1/results/imports',
      { framework: 'PAR_INDEX', level: 'commune', issuer: 'UBND huyện Văn Lâm', sourceKey: `catalog-test-${Date.now()}` },
      { name: 'par-xa-2040.csv', bytes: Buffer.from('ma_don_vi,nam,D1\n11986,2024,7\n') },
    );
    // 2024 falls under the national commune version; the province's 2040 version is not used yet.
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const edited = await province.request('PUT', '/api/v1/catalog/PAR_INDEX/province-versions', { version: { ...version, label: 'sửa' } });
    expect(edited.status).toBe(200);
  });
});
