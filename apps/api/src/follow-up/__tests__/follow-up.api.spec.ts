import type { AlignmentResponse, FollowUpItem, FollowUpListResponse, LaggingResponse, NotificationListResponse } from '@govindex/contracts';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan, papiTask, planInput, unitId } from '../../testing/plan-fixtures.js';
import { DEMO, startTestApp, type Client, type TestApp } from '../../testing/test-app.js';

describe('plans beside results, the follow-up list and the remediation plan', () => {
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
  });
  afterAll(() => api.close());

  it('joins a plan issued after the 15-working-day deadline, or missing, to the reasons a commune lags', async () => {
    // Demo results: simulated commune PAPI 2021–2024 for Hưng Yên. 2022 is this suite's year.
    await createPlan(district, planInput(vanLamId, 2022, { number: '15/KH-UBND', issuedOn: '2022-01-04' }));
    const lacHong = await unitId(district, 'xa lac hong', 'Huyện Văn Lâm, Tỉnh Hưng Yên');
    // 04/01/2022 + 15 working days = 25/01/2022; 07/03/2022 is 24 working days later (Tết 31/01–04/02 off).
    await createPlan(district, planInput(lacHong, 2022, { issuedOn: '2022-03-07' }));
    const { body } = await district.get<LaggingResponse>(`/api/v1/analytics/lagging?framework=PAPI&level=commune&year=2022&parentId=${vanLamId}`);
    const entry = body.items.find((item) => item.unit.id === lacHong)!;
    expect(entry.reasons).toContainEqual({ kind: 'plan_late', days: 24 });
    // A commune with no plan at all, though its district issued one, lags for that (not for "N days late").
    const lacDao = await unitId(district, 'xa lac dao', 'Huyện Văn Lâm, Tỉnh Hưng Yên');
    const withoutPlan = body.items.find((item) => item.unit.id === lacDao)!;
    expect(withoutPlan.reasons).toContainEqual({ kind: 'plan_missing', year: 2022 });
    expect(withoutPlan.reasons.some((reason) => reason.kind === 'plan_late')).toBe(false);
  });

  it('shows, per commune, weak indicators the plan has no task for, and plans missing', async () => {
    await createPlan(commune, planInput(nhuQuynhId, 2023, { tasks: [papiTask('Tuyên truyền bầu cử trưởng thôn', 'Tham gia của người dân ở cấp cơ sở')] }));
    const reply = await district.get<AlignmentResponse>(`/api/v1/alignment?unitId=${vanLamId}&framework=PAPI&year=2023`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body).toMatchObject({ planYear: 2023, resultsYear: 2022, framework: 'PAPI' });
    const own = reply.body.items.find((item) => item.unit.id === nhuQuynhId);
    if (own) {
      expect(own.planMissing).toBe(false);
      // The plan has a task on D1 only: D1 never shows as "weak without a task".
      expect(own.weakWithoutTask.map((indicator) => indicator.code)).not.toContain('D1');
    }
    const others = reply.body.items.filter((item) => item.unit.id !== nhuQuynhId);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((item) => item.planMissing)).toBe(true);
    expect(reply.body.items.some((item) => item.weakWithoutTask.length > 0)).toBe(true);
    // A commune cannot break its district down.
    expect((await commune.get(`/api/v1/alignment?unitId=${vanLamId}&framework=PAPI&year=2023`)).status).toBe(404);
  });

  it('lets the district ask a commune to act, the commune answer, the district close it, and exports the list', async () => {
    const due = '2025-03-31';
    const input = {
      unitId: nhuQuynhId,
      framework: 'PAPI',
      year: 2024,
      indicatorCode: 'D3',
      reasonKind: 'weak_indicator',
      reason: 'Trách nhiệm giải trình thấp hơn trung vị của huyện',
      actionRequested: '=HYPERLINK("http://x","Bổ sung") kế hoạch tiếp công dân',
      dueOn: due,
    };
    const created = await district.post<FollowUpItem>('/api/v1/follow-ups', input);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ status: 'open', indicatorName: 'Trách nhiệm giải trình với người dân', createdBy: DEMO.district });
    expect((await commune.post('/api/v1/follow-ups', input)).status).toBe(403);

    const notices = await commune.get<NotificationListResponse>('/api/v1/notifications');
    expect(notices.body.items.some((notice) => notice.kind === 'follow_up' && notice.body.includes('31/03/2025'))).toBe(true);
    const mine = await commune.get<FollowUpListResponse>('/api/v1/follow-ups?status=open');
    expect(mine.body.items.map((item) => item.id)).toContain(created.body.id);

    expect((await commune.patch(`/api/v1/follow-ups/${created.body.id}`, { status: 'closed' })).status).toBe(403);
    const answered = await commune.patch<FollowUpItem>(`/api/v1/follow-ups/${created.body.id}`, { response: 'Đã ban hành lịch tiếp công dân hằng tuần' });
    expect(answered.body).toMatchObject({ status: 'answered', response: 'Đã ban hành lịch tiếp công dân hằng tuần' });
    expect((await district.patch(`/api/v1/follow-ups/${created.body.id}`, { response: 'thay lời' })).status).toBe(403);
    const closed = await district.patch<FollowUpItem>(`/api/v1/follow-ups/${created.body.id}`, { status: 'closed' });
    expect(closed.body.status).toBe('closed');

    const file = await district.download(`/api/v1/follow-ups/export?unitId=${nhuQuynhId}`);
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(7).value).toBe('Việc yêu cầu');
    const row = [...Array(sheet.rowCount).keys()].map((index) => sheet.getRow(index + 1)).find((candidate) => candidate.getCell(6).value === 'Trách nhiệm giải trình thấp hơn trung vị của huyện')!;
    expect(row.getCell(2).value).toBe('Thị trấn Như Quỳnh');
    expect(row.getCell(9).value).toBe('Đã đóng');
    // Text typed as a formula stays text in the export.
    expect(row.getCell(7).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(7).value).toBe('=HYPERLINK("http://x","Bổ sung") kế hoạch tiếp công dân');
  });

  it('drafts a remediation plan as DOCX with the national header and a section per weak dimension', async () => {
    const file = await commune.download(`/api/v1/units/${nhuQuynhId}/remediation-plan?framework=PAPI&year=2024`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('ke-hoach-khac-phuc-papi-2025-Nhu-Quynh.docx');
    const { value: text } = await mammoth.extractRawText({ buffer: file.bytes });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('THỊ TRẤN NHƯ QUỲNH');
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('BIỂU TỔNG HỢP NHIỆM VỤ');
    expect(text).toMatch(/Điểm tổng hợp đạt [\d,]+\/80 điểm, xếp thứ \d+\/\d+/);
    expect(text).toMatch(/1\. Chỉ số nội dung “/);
    const foreign = await commune.download(`/api/v1/units/${vanLamId}/remediation-plan?framework=PAPI&year=2024`);
    expect(foreign.status).toBe(404);
  });
});
