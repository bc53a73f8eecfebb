import type { PlanComplianceResponse, PlanDetail, PlanParseResponse, PlanSummary, PlanTaskSheetResponse } from '@govindex/contracts';
import { planInputOfDraft } from '@govindex/domain';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan, papiTask, planInput } from '../../testing/plan-fixtures.js';
import { DEMO, startTestApp, type Client, type TestApp } from '../../testing/test-app.js';

const SEED_001 = new URL('../../../../../data/documents/plans/001_0e6b10470e5a0469.txt', import.meta.url);

describe('plans: from a document to a reviewed plan with its tasks, and its compliance checks', () => {
  let api: TestApp;
  let district: Client;
  let commune: Client;
  let viewer: Client;
  let vanLamId: number;
  let nhuQuynhId: number;

  beforeAll(async () => {
    api = await startTestApp();
    district = await api.loginAs(DEMO.district);
    commune = await api.loginAs(DEMO.commune);
    viewer = await api.loginAs(DEMO.viewer);
    vanLamId = district.session!.user.unitId!;
    nhuQuynhId = commune.session!.user.unitId!;
  });
  afterAll(() => api.close());

  it('reads seed 001 into a draft, saves it after review and links its tasks to the PAPI catalog', async () => {
    const parsed = await commune.upload<PlanParseResponse>('/api/v1/plans/parse', {}, { name: '001_0e6b10470e5a0469.txt', bytes: readFileSync(SEED_001) });
    expect(parsed.status, JSON.stringify(parsed.body)).toBe(201);
    expect(parsed.body.draft).toMatchObject({ number: '08/KH-UBND', year: 2024, issuedOn: '2024-01-11', frameworks: ['PAPI'] });
    expect(parsed.body.matchedUnit).toMatchObject({ id: nhuQuynhId, fullName: 'Thị trấn Như Quỳnh' });
    expect(parsed.body.draft.tasks.length).toBeGreaterThan(10);

    const saved = await commune.post<PlanDetail>('/api/v1/plans', planInputOfDraft(parsed.body.draft, parsed.body.matchedUnit!.id, parsed.body.draft.year!));
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    // The district plan it implements, Kế hoạch 180/KH-UBND ngày 29/12/2023 of UBND huyện Văn Lâm (loaded with the demo data).
    const parent = await commune.get<PlanDetail>(`/api/v1/plans/${saved.body.parentPlanId}`);
    expect(parent.body).toMatchObject({ number: '180/KH-UBND', issuedOn: '2023-12-29', unit: { id: vanLamId } });
    expect(saved.body.tasks).toHaveLength(parsed.body.draft.tasks.length);
    const linked = saved.body.tasks.filter((task) => task.indicatorCode !== null);
    expect(linked.length / saved.body.tasks.length).toBeGreaterThan(0.8);
    expect(new Set(linked.map((task) => task.indicatorCode!.split('.')[0]))).toEqual(new Set(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']));

    const listed = await viewer.get<PlanSummary[]>(`/api/v1/plans?unitId=${nhuQuynhId}&year=2024`);
    expect(listed.body.find((plan) => plan.id === saved.body.id)).toMatchObject({ number: '08/KH-UBND', taskCount: saved.body.tasks.length });

    const compliance = await commune.get<PlanComplianceResponse>(`/api/v1/plans/${saved.body.id}/compliance`);
    expect(compliance.status).toBe(200);
    const byCode = Object.fromEntries(compliance.body.checks.map((check) => [check.code, check]));
    expect(byCode['issued_within_15_working_days']!.passed).toBe(true);
    expect(byCode['dimensions_covered']!.passed).toBe(true);
    expect(Object.keys(byCode)).toEqual(['issued_within_15_working_days', 'dimensions_covered', 'tasks_complete', 'parent_tasks_present']);
  });

  it('says why a plan fails its checks: issued late, dimensions missing, tasks without a lead', async () => {
    const late = await createPlan(
      commune,
      planInput(nhuQuynhId, 2024, {
        number: '99/KH-UBND',
        issuedOn: '2024-03-01',
        tasks: [{ ...papiTask('Kiểm tra công khai ngân sách', 'Công khai, minh bạch trong việc ra quyết định'), lead: null }],
      }),
    );
    const { body } = await commune.get<PlanComplianceResponse>(`/api/v1/plans/${late.id}/compliance`);
    const byCode = Object.fromEntries(body.checks.map((check) => [check.code, check]));
    expect(byCode['issued_within_15_working_days']).toMatchObject({ passed: false });
    expect(byCode['issued_within_15_working_days']!.reason).toContain('29/12/2023');
    expect(byCode['dimensions_covered']!.passed).toBe(false);
    expect(byCode['dimensions_covered']!.reason).toContain('Tham gia của người dân ở cấp cơ sở');
    expect(byCode['tasks_complete']!.passed).toBe(false);
    expect(byCode['tasks_complete']!.details.join(' ')).toContain('Nhiệm vụ 1');
  });

  it('keeps edits safe: a stale version is refused, a reported task cannot be dropped, another unit’s plan is out of reach', async () => {
    const plan = await createPlan(commune, planInput(nhuQuynhId, 2024, { number: '100/KH-UBND' }));
    const input = { ...planInput(nhuQuynhId, 2024, { number: '100/KH-UBND' }), tasks: plan.tasks.map(({ id, position: _p, indicatorCode: _c, ...task }) => ({ ...task, id })) };
    const first = await commune.request<PlanDetail>('PUT', `/api/v1/plans/${plan.id}`, { ...input, signer: 'Vũ Văn Sữa', version: plan.version });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.tasks.map((task) => task.id)).toEqual(plan.tasks.map((task) => task.id));
    const stale = await commune.request('PUT', `/api/v1/plans/${plan.id}`, { ...input, version: plan.version });
    expect(stale.status).toBe(409);
    // The commune reads its district's plan but cannot change it.
    const [districtPlan] = (await commune.get<PlanSummary[]>(`/api/v1/plans?year=2024`)).body.filter((summary) => summary.unit.id === vanLamId);
    expect(districtPlan).toBeUndefined();
    const parentId = first.body.parentPlanId!;
    expect((await commune.get(`/api/v1/plans/${parentId}`)).status).toBe(200);
    expect((await commune.request('PUT', `/api/v1/plans/${parentId}`, { ...input, unitId: vanLamId })).status).toBe(404);
    expect((await commune.request('DELETE', `/api/v1/plans/${parentId}`)).status).toBe(404);
    expect((await viewer.request('DELETE', `/api/v1/plans/${plan.id}`)).status).toBe(403);
    const timelineMissing = await commune.post<{ details: string[] }>('/api/v1/plans', { ...input, tasks: [{ ...input.tasks[0]!, id: undefined, timeline: { kind: 'quarter', text: 'Quý' } }] });
    expect(timelineMissing.status).toBe(400);
    expect(timelineMissing.body.details.join(' ')).toContain('tasks[0].timeline.quarter');
  });

  it('refuses a file that is not what its name says, saying which file', async () => {
    const fake = await commune.upload<{ message: string; details: Array<{ file: string; message: string }> }>('/api/v1/plans/parse', {}, { name: 'ke-hoach.pdf', bytes: Buffer.from('<html>không phải PDF</html>') });
    expect(fake.status).toBe(400);
    expect(fake.body.details[0]!.file).toBe('ke-hoach.pdf');
    expect(fake.body.message).toMatch(/PDF/);
    expect((await viewer.upload('/api/v1/plans/parse', {}, { name: 'a.txt', bytes: Buffer.from('KẾ HOẠCH') })).status).toBe(403);
  });

  it('reads the task table back from the Excel template, and locates problems by row and column', async () => {
    const template = await commune.download('/api/v1/plans/task-template');
    expect(template.status).toBe(200);
    const read = await commune.upload<PlanTaskSheetResponse>('/api/v1/plans/task-sheet?year=2025', {}, { name: 'bieu-nhiem-vu.xlsx', bytes: template.bytes });
    expect(read.status, JSON.stringify(read.body)).toBe(201);
    expect(read.body.issues).toEqual([]);
    expect(read.body.tasks).toEqual([
      expect.objectContaining({
        framework: 'PAPI',
        subDimension: 'Cơ hội tham gia',
        lead: 'UBND xã',
        timeline: { kind: 'quarter', text: 'Quý II/2025', quarter: 2, year: 2025 },
        kpis: [expect.objectContaining({ comparator: 'eq', value: 100, unit: 'percent' })],
      }),
    ]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.bytes as unknown as ArrayBuffer);
    workbook.worksheets[0]!.getRow(3).values = ['2', 'PAPI', 'Quản trị điện tử', '', '', 'Có sản phẩm', 'UBND xã', '', 'Thường xuyên'];
    const broken = Buffer.from(await workbook.xlsx.writeBuffer());
    const problems = await commune.upload<PlanTaskSheetResponse>('/api/v1/plans/task-sheet', {}, { name: 'bieu-loi.xlsx', bytes: broken });
    expect(problems.body.tasks).toEqual([]);
    expect(problems.body.issues).toEqual([{ file: 'bieu-loi.xlsx', row: 3, column: 'Nhiệm vụ', message: 'Dòng không có nội dung nhiệm vụ.' }]);
  });
});
