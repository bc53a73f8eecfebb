import type { NotificationListResponse, ReportDetail, ReportingPeriod, TimelinessResponse } from '@govindex/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../../common/clock.js';
import { createPlan, planInput, unitId } from '../../testing/plan-fixtures.js';
import { DEMO, startTestApp, type Client, type TestApp } from '../../testing/test-app.js';

/** Years no other suite uses, so that periods and plans of this file are its own. */
const YEAR = 2019;

describe('reporting periods, reports and timeliness', () => {
  let api: TestApp;
  let district: Client;
  let commune: Client;
  let vanLamId: number;
  let nhuQuynhId: number;

  beforeAll(async () => {
    api = await startTestApp();
    district = await api.loginAs(DEMO.district);
    commune = await api.loginAs(DEMO.commune);
    vanLamId = district.session!.user.unitId!;
    nhuQuynhId = commune.session!.user.unitId!;
    await createPlan(commune, planInput(nhuQuynhId, YEAR));
  });
  afterAll(() => api.close());

  const period = async (title: string, dueOn: string, year = YEAR) => {
    const reply = await district.post<ReportingPeriod>('/api/v1/reporting-periods', { unitId: vanLamId, year, kind: 'half_year', title, dueOn, dataFrom: `${year}-01-01`, dataTo: `${year}-06-30` });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    return reply.body;
  };

  it('shows a report submitted after its due date as late, and the communes that sent nothing as missing', async () => {
    const clock = api.app.get(Clock);
    const due = await period('Báo cáo 6 tháng (kiểm thử trễ hạn)', `${YEAR}-07-03`);
    clock.set(new Date(`${YEAR}-07-01T03:00:00Z`));
    try {
      const created = await commune.post<ReportDetail>('/api/v1/reports', { periodId: due.id, unitId: nhuQuynhId });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.items).toHaveLength(2);
      expect(created.body.timeliness).toBe('pending');
      const saved = await commune.request<ReportDetail>('PUT', `/api/v1/reports/${created.body.id}`, {
        version: created.body.version,
        items: created.body.items.map((item) => ({ taskId: item.taskId, status: 'done', result: 'Đã tổ chức 4 hội nghị', kpiActual: 100, links: ['https://nhuquynh.vanlam.hungyen.gov.vn/tin-tuc'] })),
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      // Two days after the due day (Vietnam time) the commune submits.
      clock.set(new Date(`${YEAR}-07-05T02:00:00Z`));
      const submitted = await commune.post<ReportDetail>(`/api/v1/reports/${created.body.id}/submit`);
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ status: 'submitted', timeliness: 'late' });
      expect(submitted.body.history[0]).toMatchObject({ action: 'submitted', by: 'Văn phòng - Thống kê TT Như Quỳnh (demo)' });

      const timeliness = await district.get<TimelinessResponse>(`/api/v1/timeliness?unitId=${vanLamId}&year=${YEAR}`);
      expect(timeliness.status).toBe(200);
      const row = timeliness.body.periods.find((entry) => entry.period.id === due.id)!;
      expect(row.units.find((unit) => unit.unit.id === nhuQuynhId)).toMatchObject({ timeliness: 'late', reportId: created.body.id });
      expect(row.late).toBe(1);
      expect(row.onTime).toBe(0);
      // Văn Lâm had 11 communes before the reform; the other ten sent nothing.
      expect(row.expected).toBe(11);
      expect(row.missing).toBe(10);
      expect(row.completeness).toBeCloseTo(1 / 11, 5);
    } finally {
      clock.set(new Date());
    }
  });

  it('counts only units in force on the due date: after the 2025 reform Văn Lâm has no communes left', async () => {
    const after = await period('Kỳ sau sắp xếp (kiểm thử)', '2025-07-15', 2025);
    const { body } = await district.get<TimelinessResponse>(`/api/v1/timeliness?unitId=${vanLamId}&year=2025`);
    const row = body.periods.find((entry) => entry.period.id === after.id)!;
    expect(row).toMatchObject({ expected: 0, onTime: 0, late: 0, missing: 0, completeness: 0 });
    expect(row.units).toEqual([]);
  });

  it('lets the district return a report with a comment, the commune correct and resubmit it, then approves it', async () => {
    const due = await period('Báo cáo năm (kiểm thử duyệt)', `${YEAR + 1}-01-03`);
    const report = (await commune.post<ReportDetail>('/api/v1/reports', { periodId: due.id, unitId: nhuQuynhId })).body;
    expect((await commune.post(`/api/v1/reports/${report.id}/review`, { decision: 'approve', comment: null })).status).toBe(403);
    expect((await commune.post(`/api/v1/reports/${report.id}/submit`)).status).toBe(200);
    expect((await commune.post(`/api/v1/reports/${report.id}/submit`)).status).toBe(409);

    const noReason = await district.post(`/api/v1/reports/${report.id}/review`, { decision: 'return', comment: ' ' });
    expect(noReason.status).toBe(400);
    const returned = await district.post<ReportDetail>(`/api/v1/reports/${report.id}/review`, { decision: 'return', comment: 'Bổ sung minh chứng nhiệm vụ 2' });
    expect(returned.body).toMatchObject({ status: 'returned', reviewComment: 'Bổ sung minh chứng nhiệm vụ 2' });
    // The commune sees who returned it, though the district's account lies outside its scope.
    const seenByCommune = await commune.get<ReportDetail>(`/api/v1/reports/${report.id}`);
    expect(seenByCommune.body.history[0]).toMatchObject({ action: 'returned', by: 'Phòng Nội vụ Văn Lâm (demo)', comment: 'Bổ sung minh chứng nhiệm vụ 2' });
    const notices = await commune.get<NotificationListResponse>('/api/v1/notifications');
    expect(notices.body.items.some((notice) => notice.kind === 'report_reviewed' && notice.body === 'Bổ sung minh chứng nhiệm vụ 2')).toBe(true);

    const task = returned.body.items[1]!.taskId;
    const evidence = await commune.upload<{ id: number; name: string }>(`/api/v1/reports/${report.id}/evidence?taskId=${task}`, {}, { name: 'biên bản.pdf', bytes: Buffer.from('%PDF-1.4 minh chung') });
    expect(evidence.status, JSON.stringify(evidence.body)).toBe(201);
    const file = await district.download(`/api/v1/reports/${report.id}/evidence/${evidence.body.id}`);
    expect(file.status).toBe(200);
    expect(file.bytes.toString()).toBe('%PDF-1.4 minh chung');
    expect(file.headers.get('content-disposition')).toContain('attachment');
    expect(file.headers.get('content-type')).toBe('application/octet-stream');

    expect((await commune.post(`/api/v1/reports/${report.id}/submit`)).status).toBe(200);
    const approved = await district.post<ReportDetail>(`/api/v1/reports/${report.id}/review`, { decision: 'approve', comment: null });
    expect(approved.body.status).toBe('approved');
    expect(approved.body.history.map((event) => event.action)).toEqual(['approved', 'submitted', 'returned', 'submitted']);
    expect(approved.body.items[1]!.evidence.map((item) => item.name)).toEqual(['biên bản.pdf']);
    // An approved report is closed to edits.
    expect((await commune.request('PUT', `/api/v1/reports/${report.id}`, { items: [] })).status).toBe(409);
  });

  it('keeps periods with the district: a commune cannot set or delete one, and one with submitted reports stays', async () => {
    const refused = await commune.post('/api/v1/reporting-periods', { unitId: vanLamId, year: YEAR, kind: 'other', title: 'x', dueOn: `${YEAR}-09-30`, dataFrom: null, dataTo: null });
    expect(refused.status).toBe(403);
    const onCommune = await district.post('/api/v1/reporting-periods', { unitId: nhuQuynhId, year: YEAR, kind: 'other', title: 'x', dueOn: `${YEAR}-09-30`, dataFrom: null, dataTo: null });
    expect(onCommune.status).toBe(400);
    const badWindow = await district.post<{ details: string[] }>('/api/v1/reporting-periods', { unitId: vanLamId, year: YEAR, kind: 'other', title: 'x', dueOn: '30/09/2019', dataFrom: null, dataTo: null });
    expect(badWindow.status).toBe(400);
    expect(JSON.stringify(badWindow.body.details)).toContain('dueOn');

    const periods = await commune.get<ReportingPeriod[]>(`/api/v1/reporting-periods?unitId=${nhuQuynhId}&year=${YEAR}`);
    expect(periods.body.length).toBeGreaterThanOrEqual(2);
    expect(periods.body.every((entry) => entry.unit.id === vanLamId)).toBe(true);
    const withReport = periods.body.find((entry) => entry.title === 'Báo cáo 6 tháng (kiểm thử trễ hạn)')!;
    expect((await district.request('DELETE', `/api/v1/reporting-periods/${withReport.id}`)).status).toBe(409);
    const empty = await period('Kỳ xoá được (kiểm thử)', `${YEAR}-10-01`);
    expect((await commune.request('DELETE', `/api/v1/reporting-periods/${empty.id}`)).status).toBe(403);
    expect((await district.request('DELETE', `/api/v1/reporting-periods/${empty.id}`)).status).toBe(204);
  });

  it('needs a plan of the year before a report, and one report per period and unit', async () => {
    const due = await period('Kỳ không có kế hoạch (kiểm thử)', `${YEAR - 6}-07-03`, YEAR - 6);
    const noPlan = await commune.post<{ message: string }>('/api/v1/reports', { periodId: due.id, unitId: nhuQuynhId });
    expect(noPlan.status).toBe(409);
    expect(noPlan.body.message).toContain(`kế hoạch năm ${YEAR - 6}`);
    const other = await unitId(district, 'xa lac dao', 'Huyện Văn Lâm, Tỉnh Hưng Yên');
    // A commune officer reports for its own unit only.
    expect((await commune.post('/api/v1/reports', { periodId: due.id, unitId: other })).status).toBe(404);
  });
});
