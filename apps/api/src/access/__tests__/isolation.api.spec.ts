import type { UnitListResponse, UnitSearchResponse, UserSummary } from '@govindex/contracts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from '../../testing/test-app.js';

type RoleName = keyof typeof DEMO;
const ROLES = Object.keys(DEMO) as RoleName[];

interface Probe {
  method: string;
  path: string;
  body?: unknown;
}

/** Ids the probes aim at: the caller's own side and a foreign side (another province). */
interface Targets {
  ownUnitId: number;
  foreignUnitId: number;
  ownUserId: number;
  foreignUserId: number;
  /** Units with results: thị trấn Như Quỳnh and Huyện Văn Lâm lie in every demo account's subtree. */
  nhuQuynhId: number;
  vanLamId: number;
  /** Units with results outside Hưng Yên: Hà Nội (province) and Quận Ba Đình. */
  hanoiId: number;
  baDinhId: number;
  /** Communes to import results for, a fresh one per probe so that no two imports clash. */
  nextOwnCommune(): string;
  nextForeignCommune(): string;
  /** Plans, periods, reports and follow-up items on each side (own: Như Quỳnh / Văn Lâm; foreign: Phúc Xá / Ba Đình). */
  fixtures: ScopeFixtures;
}

interface ScopeFixtures {
  own: SideFixtures;
  foreign: SideFixtures;
}

/** One side's objects; `next*` hand each probe a fresh one, since a successful probe consumes it. */
interface SideFixtures {
  planId: number;
  reportId: number;
  reportTaskId: number;
  evidenceId: number;
  followUpId: number;
  notificationId: number;
  nextPlanToDelete(): number;
  nextPeriodToDelete(): number;
  nextPeriodToReport(): number;
  nextDraftReport(): number;
  nextSubmittedReport(): number;
}

/**
 * How each route treats scope. `reference`: national or published data every signed-in role may read
 * whole. `admin`: system administrators only, everyone else refused. `self`: the caller's own session.
 * `public`: answers without a session. `scoped-read`: answers every role, with nothing from outside
 * the caller's subtree. `scoped-write`: officers (and administrators) write inside their subtree;
 * outside it, and for other roles, refused with nothing changed. `province-write`: only a province
 * officer, and only for the own province (the route takes no unit: it writes to the caller's province).
 * `unit-detail`: a unit's own analytics, 200 inside the subtree, 404 outside. `parent-breakdown`: the
 * units below a parent, which must itself lie in the subtree (a commune officer cannot break down its
 * district), 404 otherwise. `unit-write`: like scoped-write, but commune officers write for their own
 * unit too (plans, reports). `writer-tool`: reads a file for any writing role, stores nothing; viewers
 * refused. `personal`: an item of one user (a notification): every other caller, administrators
 * included, gets 404.
 */
type Exposure =
  | 'public'
  | 'reference'
  | 'admin'
  | 'self'
  | 'scoped-read'
  | 'scoped-write'
  | 'province-write'
  | 'unit-detail'
  | 'parent-breakdown'
  | 'unit-write'
  | 'writer-tool'
  | 'personal';

/** A name only the foreign side (Quận Ba Đình, Hà Nội) has: it must never reach a Hưng Yên caller. */
const FOREIGN_MARKER = 'Phường Phúc Xá';

interface RouteCase {
  exposure: Exposure;
  probe(side: 'own' | 'foreign', targets: Targets): Probe;
}

const get = (path: string): Probe => ({ method: 'GET', path });

/** The OpenAPI description and its viewer: public by design, served by @nestjs/swagger beside Nest's router. */
const OPEN_API_ROUTES = [
  '/api/docs',
  '/api/docs/',
  '/api/docs/index.html',
  '/api/docs/swagger-ui-init.js',
  '/api/docs/docs/swagger-ui-init.js',
  '/api/docs/LICENSE',
  '/api/docs-json',
  '/api/docs-yaml',
];

const ROUTES: Record<string, RouteCase> = {
  ...Object.fromEntries(OPEN_API_ROUTES.map((path) => [`GET ${path}`, { exposure: 'public', probe: () => get(path) } satisfies RouteCase])),
  'GET /api/health': { exposure: 'public', probe: () => get('/api/health') },
  'POST /api/v1/auth/login': {
    exposure: 'public',
    probe: () => ({ method: 'POST', path: '/api/v1/auth/login', body: { email: 'nobody@example.vn', password: 'x' } }),
  },
  'POST /api/v1/auth/logout': { exposure: 'self', probe: () => ({ method: 'POST', path: '/api/v1/auth/logout' }) },
  'GET /api/v1/auth/session': { exposure: 'self', probe: () => get('/api/v1/auth/session') },
  'GET /api/v1/units': { exposure: 'reference', probe: (side, t) => get(`/api/v1/units?parentId=${side === 'own' ? t.ownUnitId : t.foreignUnitId}`) },
  'GET /api/v1/units/search': { exposure: 'reference', probe: (side) => get(`/api/v1/units/search?q=${side === 'own' ? 'van%20lam' : 'ba%20dinh'}`) },
  'GET /api/v1/units/counts': { exposure: 'reference', probe: () => get('/api/v1/units/counts') },
  'GET /api/v1/units/:id': { exposure: 'reference', probe: (side, t) => get(`/api/v1/units/${side === 'own' ? t.ownUnitId : t.foreignUnitId}`) },
  'GET /api/v1/units/:id/lineage': {
    exposure: 'reference',
    probe: (side, t) => get(`/api/v1/units/${side === 'own' ? t.ownUnitId : t.foreignUnitId}/lineage`),
  },
  'GET /api/v1/users': { exposure: 'admin', probe: () => get('/api/v1/users') },
  'POST /api/v1/users': {
    exposure: 'admin',
    probe: (side, t) => ({
      method: 'POST',
      path: '/api/v1/users',
      body: {
        email: `probe.${side}.${Math.random().toString(36).slice(2)}@example.vn`,
        displayName: 'Probe',
        role: 'viewer',
        unitId: side === 'own' ? t.ownUnitId : t.foreignUnitId,
        password: 'mat-khau-du-dai',
      },
    }),
  },
  'GET /api/v1/users/:id': { exposure: 'admin', probe: (side, t) => get(`/api/v1/users/${side === 'own' ? t.ownUserId : t.foreignUserId}`) },
  'PATCH /api/v1/users/:id': {
    exposure: 'admin',
    probe: (side, t) => ({
      method: 'PATCH',
      path: `/api/v1/users/${side === 'own' ? t.ownUserId : t.foreignUserId}`,
      body: { displayName: `Probe ${side}` },
    }),
  },
  'GET /api/v1/audit': { exposure: 'admin', probe: () => get('/api/v1/audit') },
  'GET /api/v1/catalog': { exposure: 'reference', probe: () => get('/api/v1/catalog') },
  'GET /api/v1/catalog/versions/:id': { exposure: 'reference', probe: (side) => get(`/api/v1/catalog/versions/${side === 'own' ? 1 : 2}`) },
  'PUT /api/v1/catalog/:framework/province-versions': {
    exposure: 'province-write',
    probe: () => ({ method: 'PUT', path: '/api/v1/catalog/PAR_INDEX/province-versions', body: { version: probeVersion() } }),
  },
  'GET /api/v1/analytics/units/:id/scorecard': {
    exposure: 'unit-detail',
    probe: (side, t) => get(`/api/v1/analytics/units/${side === 'own' ? t.nhuQuynhId : t.hanoiId}/scorecard?framework=PAPI&year=2024`),
  },
  'GET /api/v1/analytics/units/:id/weak-indicators': {
    exposure: 'unit-detail',
    probe: (side, t) => get(`/api/v1/analytics/units/${side === 'own' ? t.nhuQuynhId : t.hanoiId}/weak-indicators?framework=PAPI&year=2024`),
  },
  'GET /api/v1/analytics/units/:id/trend': {
    exposure: 'unit-detail',
    probe: (side, t) => get(`/api/v1/analytics/units/${side === 'own' ? t.nhuQuynhId : t.hanoiId}/trend?framework=PAPI`),
  },
  'GET /api/v1/analytics/lagging': {
    exposure: 'parent-breakdown',
    probe: (side, t) => get(`/api/v1/analytics/lagging?framework=PAPI&level=commune&year=2024&parentId=${side === 'own' ? t.vanLamId : t.baDinhId}`),
  },
  'GET /api/v1/analytics/heatmap': {
    exposure: 'parent-breakdown',
    probe: (side, t) => get(`/api/v1/analytics/heatmap?framework=PAPI&level=commune&year=2024&parentId=${side === 'own' ? t.vanLamId : t.baDinhId}`),
  },
  'GET /api/v1/analytics/distribution': {
    exposure: 'reference',
    probe: (side) => get(`/api/v1/analytics/distribution?framework=PAPI&level=province&year=${side === 'own' ? 2024 : 2019}`),
  },
  'GET /api/v1/results/years': {
    exposure: 'reference',
    probe: (side) => get(`/api/v1/results/years?framework=PAPI&level=${side === 'own' ? 'province' : 'commune'}`),
  },
  'GET /api/v1/results/ranking': {
    exposure: 'reference',
    probe: (side) => get(`/api/v1/results/ranking?framework=PAPI&level=province&year=${side === 'own' ? 2024 : 2020}`),
  },
  'GET /api/v1/results/template': {
    exposure: 'scoped-read',
    probe: () => get('/api/v1/results/template?framework=PAR_INDEX&level=commune&year=2024&format=csv'),
  },
  'POST /api/v1/results/imports': {
    exposure: 'scoped-write',
    probe: (side, t) => ({
      method: 'UPLOAD',
      path: '/api/v1/results/imports',
      body: {
        fields: { framework: 'PAR_INDEX', level: 'commune', issuer: 'Kiểm thử phạm vi', sourceKey: `isolation-${Math.random()}` },
        csv: `ma_don_vi,nam,D1\n${side === 'own' ? t.nextOwnCommune() : t.nextForeignCommune()},2024,5\n`,
      },
    }),
  },
  'GET /api/v1/plans': { exposure: 'scoped-read', probe: () => get('/api/v1/plans') },
  'GET /api/v1/plans/:id': { exposure: 'unit-detail', probe: (side, t) => get(`/api/v1/plans/${t.fixtures[side].planId}`) },
  'GET /api/v1/plans/:id/compliance': { exposure: 'unit-detail', probe: (side, t) => get(`/api/v1/plans/${t.fixtures[side].planId}/compliance`) },
  'GET /api/v1/plans/task-template': { exposure: 'scoped-read', probe: () => get('/api/v1/plans/task-template') },
  'POST /api/v1/plans': {
    exposure: 'unit-write',
    probe: (side, t) => ({ method: 'POST', path: '/api/v1/plans', body: probePlan(side === 'own' ? t.nhuQuynhId : t.foreignUnitId) }),
  },
  'PUT /api/v1/plans/:id': {
    exposure: 'unit-write',
    probe: (side, t) => ({ method: 'PUT', path: `/api/v1/plans/${t.fixtures[side].planId}`, body: probePlan(side === 'own' ? t.nhuQuynhId : t.foreignUnitId) }),
  },
  'DELETE /api/v1/plans/:id': { exposure: 'unit-write', probe: (side, t) => ({ method: 'DELETE', path: `/api/v1/plans/${t.fixtures[side].nextPlanToDelete()}` }) },
  'POST /api/v1/plans/parse': {
    exposure: 'writer-tool',
    probe: () => ({ method: 'UPLOAD', path: '/api/v1/plans/parse', body: { fields: {}, name: 'ke-hoach.txt', text: 'KẾ HOẠCH\nNâng cao Chỉ số PAPI xã Lạc Đạo năm 2024\n' } }),
  },
  'POST /api/v1/plans/task-sheet': {
    exposure: 'writer-tool',
    probe: () => ({ method: 'UPLOAD', path: '/api/v1/plans/task-sheet', body: { fields: {}, name: 'nhiem-vu.csv', text: 'TT,Nhiệm vụ\n1,Tuyên truyền\n' } }),
  },
  'GET /api/v1/reporting-periods': { exposure: 'scoped-read', probe: () => get('/api/v1/reporting-periods') },
  'POST /api/v1/reporting-periods': {
    exposure: 'scoped-write',
    probe: (side, t) => ({
      method: 'POST',
      path: '/api/v1/reporting-periods',
      body: { unitId: side === 'own' ? t.vanLamId : t.baDinhId, year: PROBE_YEAR, kind: 'other', title: 'Kỳ thử phạm vi', dueOn: `${PROBE_YEAR}-09-30`, dataFrom: null, dataTo: null },
    }),
  },
  'DELETE /api/v1/reporting-periods/:id': { exposure: 'scoped-write', probe: (side, t) => ({ method: 'DELETE', path: `/api/v1/reporting-periods/${t.fixtures[side].nextPeriodToDelete()}` }) },
  'GET /api/v1/reports': { exposure: 'scoped-read', probe: () => get('/api/v1/reports') },
  'POST /api/v1/reports': {
    exposure: 'unit-write',
    probe: (side, t) => ({ method: 'POST', path: '/api/v1/reports', body: { periodId: t.fixtures[side].nextPeriodToReport(), unitId: side === 'own' ? t.nhuQuynhId : t.foreignUnitId } }),
  },
  'GET /api/v1/reports/:id': { exposure: 'unit-detail', probe: (side, t) => get(`/api/v1/reports/${t.fixtures[side].reportId}`) },
  'PUT /api/v1/reports/:id': { exposure: 'unit-write', probe: (side, t) => ({ method: 'PUT', path: `/api/v1/reports/${t.fixtures[side].reportId}`, body: { items: [] } }) },
  'POST /api/v1/reports/:id/submit': { exposure: 'unit-write', probe: (side, t) => ({ method: 'POST', path: `/api/v1/reports/${t.fixtures[side].nextDraftReport()}/submit` }) },
  'POST /api/v1/reports/:id/review': {
    exposure: 'scoped-write',
    probe: (side, t) => ({ method: 'POST', path: `/api/v1/reports/${t.fixtures[side].nextSubmittedReport()}/review`, body: { decision: 'approve', comment: null } }),
  },
  'POST /api/v1/reports/:id/evidence': {
    exposure: 'unit-write',
    probe: (side, t) => ({
      method: 'UPLOAD',
      path: `/api/v1/reports/${t.fixtures[side].reportId}/evidence?taskId=${t.fixtures[side].reportTaskId}`,
      body: { fields: {}, name: 'minh-chung.txt', text: 'minh chứng' },
    }),
  },
  'GET /api/v1/reports/:id/evidence/:evidenceId': {
    exposure: 'unit-detail',
    probe: (side, t) => get(`/api/v1/reports/${t.fixtures[side].reportId}/evidence/${t.fixtures[side].evidenceId}`),
  },
  'GET /api/v1/timeliness': { exposure: 'parent-breakdown', probe: (side, t) => get(`/api/v1/timeliness?unitId=${side === 'own' ? t.vanLamId : t.baDinhId}&year=${PROBE_YEAR}`) },
  'GET /api/v1/follow-ups': { exposure: 'scoped-read', probe: () => get('/api/v1/follow-ups') },
  'GET /api/v1/follow-ups/export': { exposure: 'scoped-read', probe: () => get('/api/v1/follow-ups/export') },
  'POST /api/v1/follow-ups': {
    exposure: 'scoped-write',
    probe: (side, t) => ({
      method: 'POST',
      path: '/api/v1/follow-ups',
      body: { unitId: side === 'own' ? t.nhuQuynhId : t.foreignUnitId, framework: 'PAPI', year: 2024, indicatorCode: 'D1', reasonKind: 'weak_indicator', reason: 'Thử phạm vi', actionRequested: 'Thử', dueOn: '2025-01-31' },
    }),
  },
  'PATCH /api/v1/follow-ups/:id': { exposure: 'scoped-write', probe: (side, t) => ({ method: 'PATCH', path: `/api/v1/follow-ups/${t.fixtures[side].followUpId}`, body: { status: 'closed' } }) },
  'GET /api/v1/alignment': { exposure: 'parent-breakdown', probe: (side, t) => get(`/api/v1/alignment?unitId=${side === 'own' ? t.vanLamId : t.baDinhId}&framework=PAPI&year=2025`) },
  'GET /api/v1/units/:id/remediation-plan': {
    exposure: 'unit-detail',
    probe: (side, t) => get(`/api/v1/units/${side === 'own' ? t.nhuQuynhId : t.hanoiId}/remediation-plan?framework=PAPI&year=2024`),
  },
  'GET /api/v1/notifications': { exposure: 'scoped-read', probe: () => get('/api/v1/notifications') },
  'POST /api/v1/notifications/:id/read': { exposure: 'personal', probe: (side, t) => ({ method: 'POST', path: `/api/v1/notifications/${t.fixtures[side].notificationId}/read` }) },
};

const OFFICERS: readonly RoleName[] = ['admin', 'province', 'district'];
/** Who writes plans and reports: the officers and the commune's own officers. */
const WRITERS: readonly RoleName[] = [...OFFICERS, 'commune'];

/** A commune-level version for the caller's province, each probe a new first year so each one creates. */
let probeYear = 2050;
function probeVersion() {
  const file = JSON.parse(readFileSync(new URL('../../../../../data/catalog/par-index.json', import.meta.url), 'utf8')) as {
    versions: Array<{ level: string; firstYear: number; label: string }>;
  };
  const version = file.versions.find((candidate) => candidate.level === 'commune')!;
  probeYear++;
  return { ...version, firstYear: probeYear, label: `Thử phạm vi ${probeYear}` };
}

/** Years of the probes' own (2016–2017): plans, periods and reports of the matrix live there. */
const PROBE_YEAR = 2017;

/** Plans the probes edit or delete sit a year before the reports' year, so no report holds their tasks. */
function probePlan(unitId: number, year = PROBE_YEAR - 1) {
  return {
    unitId,
    year,
    frameworks: ['PAPI'],
    number: '01/KH-UBND',
    issuedOn: `${year}-01-10`,
    signer: 'Thử phạm vi',
    status: 'issued',
    references: [],
    targets: [],
    sections: [],
    tasks: [{ framework: 'PAPI', dimension: 'Tham gia của người dân', subDimension: null, task: 'Thử phạm vi', product: 'Báo cáo', lead: 'UBND', implementers: null, timeline: { kind: 'ongoing', text: 'Thường xuyên' }, kpis: [] }],
    reportingDeadlines: [],
  };
}

function send(client: Client, probe: Probe) {
  if (probe.method !== 'UPLOAD') return client.request(probe.method, probe.path, probe.body);
  const { fields, csv, name, text } = probe.body as { fields: Record<string, string>; csv?: string; name?: string; text?: string };
  return client.upload(probe.path, fields, { name: name ?? 'kq.csv', bytes: Buffer.from(text ?? csv ?? '') });
}

/** Every route Express routes to, as "METHOD /path", read from the router the app really uses. */
function routesOf(api: TestApp): string[] {
  const express = api.app.getHttpAdapter().getInstance() as {
    router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> };
  };
  return express.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods).filter((method) => method !== '_all').map((method) => `${method.toUpperCase()} ${layer.route!.path}`)
      : [],
  );
}

describe('isolation matrix: every route × every role × own and foreign unit', () => {
  let api: TestApp;
  let dataSource: DataSource;
  const clients = {} as Record<RoleName, Client>;
  const targets = {} as Record<RoleName, Targets>;

  beforeAll(async () => {
    api = await startTestApp();
    dataSource = api.app.get(DataSource);
    for (const role of ROLES) clients[role] = await api.loginAs(DEMO[role]);
    const { body } = await clients.admin.get<UnitSearchResponse>('/api/v1/units/search?q=phuc%20xa&asOf=2025-06-30');
    const phucXa = body.items.find((unit) => unit.path === 'Quận Ba Đình, Thành phố Hà Nội')!;
    const communesOf = async (districtId: number) =>
      (await clients.admin.get<UnitListResponse>(`/api/v1/units?parentId=${districtId}&asOf=2025-06-30`)).body.items.map((unit) => unit.code);
    // From the end of the list: other suites import into the first communes of Văn Lâm (11986, 12001).
    const ownCommunes = (await communesOf(clients.district.session!.user.unitId!)).reverse();
    const foreignCommunes = await communesOf(phucXa.parentId!);
    const cycle = (codes: string[]) => {
      let next = 0;
      return () => codes[next++ % codes.length]!;
    };
    const nextOwnCommune = cycle(ownCommunes);
    const find = async (query: string, path: string) =>
      (await clients.admin.get<UnitSearchResponse>(`/api/v1/units/search?q=${encodeURIComponent(query)}&asOf=2025-06-30`)).body.items.find((unit) => unit.path === path)!.id;
    const places = {
      nhuQuynhId: await find('thi tran nhu quynh', 'Huyện Văn Lâm, Tỉnh Hưng Yên'),
      vanLamId: clients.district.session!.user.unitId!,
      hanoiId: await find('thanh pho ha noi', ''),
      baDinhId: phucXa.parentId!,
    };
    const nextForeignCommune = cycle(foreignCommunes);
    const fixtures = {
      own: await sideFixtures(clients.admin, places.nhuQuynhId, places.vanLamId),
      foreign: await sideFixtures(clients.admin, phucXa.id, phucXa.parentId!),
    };
    const foreignUser = await clients.admin.post<UserSummary>('/api/v1/users', {
      email: `hanoi.${Date.now()}@example.vn`,
      displayName: 'Cán bộ Hà Nội',
      role: 'commune_officer',
      unitId: phucXa.id,
      password: 'mat-khau-du-dai',
    });
    for (const role of ROLES) {
      const me = clients[role].session!.user;
      targets[role] = {
        ownUnitId: me.unitId ?? phucXa.id,
        foreignUnitId: phucXa.id,
        ownUserId: me.id,
        foreignUserId: foreignUser.body.id,
        ...places,
        nextOwnCommune,
        nextForeignCommune,
        fixtures,
      };
    }
    // A notice of the foreign user: nobody else may mark it read.
    await dataSource.query(`SELECT govindex_notify_unit($1, 'follow_up', 'Thử phạm vi', 'Thử', NULL, $2, false)`, [phucXa.id, `isolation:${Date.now()}`]);
    const [notice] = await dataSource.query<Array<{ id: number }>>('SELECT id FROM notification WHERE user_id = $1 ORDER BY id DESC LIMIT 1', [foreignUser.body.id]);
    fixtures.own.notificationId = notice!.id;
    fixtures.foreign.notificationId = notice!.id;
  });
  afterAll(() => api.close());

  /** Plans, periods and reports of one side, made by the administrator, with pools the probes consume. */
  async function sideFixtures(admin: Client, communeId: number, districtId: number): Promise<SideFixtures> {
    const ok = <T>(reply: { status: number; body: T }, what: string): T => {
      if (reply.status >= 300) throw new Error(`${what} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
      return reply.body;
    };
    const plan = (year?: number) => admin.post<{ id: number }>('/api/v1/plans', probePlan(communeId, year)).then((reply) => ok(reply, 'plan').id);
    const period = () =>
      admin
        .post<{ id: number }>('/api/v1/reporting-periods', { unitId: districtId, year: PROBE_YEAR, kind: 'other', title: 'Kỳ thử phạm vi', dueOn: `${PROBE_YEAR}-12-31`, dataFrom: null, dataTo: null })
        .then((reply) => ok(reply, 'period').id);
    const report = async () =>
      ok(await admin.post<{ id: number; items: Array<{ taskId: number }> }>('/api/v1/reports', { periodId: await period(), unitId: communeId }), 'report');
    const pool = async (count: number, make: () => Promise<number>) => {
      const ids: number[] = [];
      for (let index = 0; index < count; index++) ids.push(await make());
      return () => ids.shift() ?? 2_000_000_000;
    };
    // The plan the reports of PROBE_YEAR are made from.
    await plan(PROBE_YEAR);
    const planId = await plan();
    const main = await report();
    const evidence = await admin.upload<{ id: number }>(`/api/v1/reports/${main.id}/evidence?taskId=${main.items[0]!.taskId}`, {}, { name: 'minh-chung.txt', bytes: Buffer.from('minh chứng') });
    const followUp = await admin.post<{ id: number }>('/api/v1/follow-ups', {
      unitId: communeId, framework: 'PAPI', year: 2024, indicatorCode: 'D1', reasonKind: 'weak_indicator', reason: 'Thử phạm vi', actionRequested: 'Thử', dueOn: '2025-01-31',
    });
    const submitted = async () => {
      const created = await report();
      ok(await admin.post(`/api/v1/reports/${created.id}/submit`), 'submit');
      return created.id;
    };
    return {
      planId,
      reportId: main.id,
      reportTaskId: main.items[0]!.taskId,
      evidenceId: ok(evidence, 'evidence').id,
      followUpId: ok(followUp, 'follow-up').id,
      notificationId: 0,
      nextPlanToDelete: await pool(6, () => plan()),
      nextPeriodToDelete: await pool(6, period),
      nextPeriodToReport: await pool(6, period),
      nextDraftReport: await pool(6, async () => (await report()).id),
      nextSubmittedReport: await pool(6, submitted),
    };
  }

  /** A fingerprint of every tenant-owned table, to show a refused write changed nothing. */
  async function tenantFingerprint(): Promise<string> {
    const rows = await dataSource.query(
      `SELECT (SELECT json_agg(u ORDER BY id) FROM (SELECT id, email, display_name, role, unit_id, active FROM app_user) u) AS users,
              (SELECT count(*) FROM audit_log) AS audit,
              (SELECT count(*) FROM result_source) AS sources,
              (SELECT count(*) FROM result_value) AS result_values,
              (SELECT count(*) FROM framework_version) AS versions,
              (SELECT json_agg(x ORDER BY id) FROM (SELECT id, version, status, unit_id FROM plan) x) AS plans,
              (SELECT count(*) FROM plan_task) AS tasks,
              (SELECT count(*) FROM reporting_period) AS periods,
              (SELECT json_agg(x ORDER BY id) FROM (SELECT id, status, version FROM report) x) AS reports,
              (SELECT count(*) FROM report_evidence) AS evidence,
              (SELECT json_agg(x ORDER BY id) FROM (SELECT id, status, response FROM follow_up_item) x) AS follow_ups,
              (SELECT count(*) FROM notification WHERE read_at IS NOT NULL) AS read_notices`,
    );
    return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  }

  it('knows how every route the router serves treats scope', () => {
    const unknown = routesOf(api).filter((route) => !ROUTES[route]);
    expect(unknown, 'add these routes to ROUTES with their exposure').toEqual([]);
    expect(routesOf(api).length).toBe(Object.keys(ROUTES).length);
  });

  it('refuses every non-public route without a session', async () => {
    for (const [route, routeCase] of Object.entries(ROUTES)) {
      if (routeCase.exposure === 'public') continue;
      const probe = routeCase.probe('own', targets.admin);
      // The session route tells a signed-out caller "no session" (204) rather than refusing.
      const expected = route === 'GET /api/v1/auth/session' ? 204 : 401;
      expect((await send(api.anonymous, probe)).status, route).toBe(expected);
    }
  });

  for (const role of ROLES) {
    it(`keeps a ${role} to what the role may see and change`, async () => {
      for (const [route, routeCase] of Object.entries(ROUTES)) {
        if (routeCase.exposure === 'public' || route === 'POST /api/v1/auth/logout') continue;
        for (const side of ['own', 'foreign'] as const) {
          const probe = routeCase.probe(side, targets[role]);
          const before = await tenantFingerprint();
          const reply = await send(clients[role], probe);
          const label = `${role} ${side} ${route}`;
          const text = JSON.stringify(reply.body);
          if (routeCase.exposure === 'reference') {
            expect(reply.status, label).toBe(200);
            expect(text, `${label} leaks an account`).not.toMatch(/@|passwordHash|password_hash/);
          } else if (routeCase.exposure === 'scoped-read') {
            expect(reply.status, label).toBe(200);
            if (role !== 'admin') expect(text, `${label} leaks a foreign unit`).not.toContain(FOREIGN_MARKER);
          } else if (routeCase.exposure === 'scoped-write') {
            const mayWrite = OFFICERS.includes(role) && (side === 'own' || role === 'admin');
            if (mayWrite) expect(reply.status, `${label}: ${text}`).toBeLessThan(300);
            else {
              expect([403, 404, 422], `${label}: ${text}`).toContain(reply.status);
              expect(await tenantFingerprint(), `${label} changed data`).toBe(before);
            }
          } else if (routeCase.exposure === 'unit-detail' || routeCase.exposure === 'parent-breakdown') {
            const insideOnly = routeCase.exposure === 'parent-breakdown' && (role === 'commune' || role === 'viewer');
            if (role === 'admin') expect(reply.status, `${label}: ${text}`).toBeLessThan(500);
            else if (side === 'own' && !insideOnly) expect(reply.status, `${label}: ${text}`).toBe(200);
            else expect(reply.status, `${label}: ${text}`).toBe(404);
            if (role !== 'admin' && reply.status !== 200) expect(text, `${label} leaks`).not.toMatch(/Hà Nội|Ba Đình|Phúc Xá/);
          } else if (routeCase.exposure === 'province-write') {
            if (role === 'province') expect(reply.status, `${label}: ${text}`).toBe(200);
            else {
              expect([400, 403], `${label}: ${text}`).toContain(reply.status);
              expect(await tenantFingerprint(), `${label} changed data`).toBe(before);
            }
          } else if (routeCase.exposure === 'unit-write') {
            const mayWrite = WRITERS.includes(role) && (side === 'own' || role === 'admin');
            if (mayWrite) expect(reply.status, `${label}: ${text}`).toBeLessThan(300);
            else {
              expect([403, 404, 422], `${label}: ${text}`).toContain(reply.status);
              expect(await tenantFingerprint(), `${label} changed data`).toBe(before);
            }
          } else if (routeCase.exposure === 'writer-tool') {
            expect(reply.status, `${label}: ${text}`).toBe(role === 'viewer' ? 403 : 201);
            expect(await tenantFingerprint(), `${label} changed data`).toBe(before);
          } else if (routeCase.exposure === 'personal') {
            expect(reply.status, `${label}: ${text}`).toBe(404);
            expect(await tenantFingerprint(), `${label} changed data`).toBe(before);
          } else if (routeCase.exposure === 'self') {
            expect(reply.status, label).toBe(200);
            expect(text, label).toContain(DEMO[role]);
            expect(text, label).not.toMatch(/hanoi\.\d+@example\.vn/);
          } else if (role === 'admin') {
            expect(reply.status, label).toBeLessThan(300);
          } else {
            expect(reply.status, label).toBe(403);
            expect(text, `${label} leaks a foreign account`).not.toMatch(/hanoi\.\d+@example\.vn/);
            expect(await tenantFingerprint(), `${label} changed data`).toBe(before);
          }
        }
      }
    });
  }

  it('ends only the caller’s own session at logout', async () => {
    const viewer = await api.loginAs(DEMO.viewer);
    expect((await viewer.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await clients.viewer.get('/api/v1/auth/session')).status).toBe(200);
    expect((await viewer.get('/api/v1/auth/session')).status).toBe(204);
  });
});
