import type { PlanDetail, PlanInput, PlanParseResponse, PlanSummary, SessionInfo } from '@govindex/contracts';
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { saveScreenshot, watchPageForSuite, type WatchedPage } from './support/browser.js';
import { COMMUNE_OFFICER, DEMO_PASSWORD, PROVINCE_OFFICER } from './support/demo-accounts.js';
import { REPO_ROOT } from './support/paths.js';
import { signInTo, signOut } from './support/session.js';
import { readDownloadedWorkbook } from './support/spreadsheet.js';

const baseUrl = inject('webBaseUrl');

/** The seed plans (text extracted from the real documents) and the Word file made from seed 001. */
const SEEDS = path.join(REPO_ROOT, 'data/documents/plans');
const SEED_000 = path.join(SEEDS, '000_aaf5190e761d9138.txt');
const SEED_001 = path.join(SEEDS, '001_0e6b10470e5a0469.txt');
const SEED_004 = path.join(SEEDS, '004_95911ee7616b0fa2.txt');
const DOCX_001 = path.join(REPO_ROOT, 'libs/plan-reader/src/__fixtures__/001.docx');

/** Whole numbers as the dashboard writes them in Vietnamese: 1.234. */
const vi = (value: number) => new Intl.NumberFormat('vi-VN').format(value);
/** An ISO date as the dashboard writes it: dd/mm/yyyy. */
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

/** Asks the API directly, with the page's session cookie, once the page's own requests are done. */
async function apiJson<T>(page: Page, apiPath: string): Promise<T> {
  await page.waitForLoadState('networkidle');
  const response = await page.request.get(`${baseUrl}${apiPath}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

/** Uploads a plan document on "Nhập từ văn bản" and waits for the review; returns what the API read. */
async function readDocument(page: Page, file: string): Promise<PlanParseResponse> {
  await page.getByRole('heading', { level: 1, name: 'Nhập kế hoạch từ văn bản' }).waitFor();
  await page.getByLabel('Văn bản kế hoạch').setInputFiles(file);
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/v1/plans/parse') && response.request().method() === 'POST'),
    page.getByRole('button', { name: 'Đọc văn bản' }).click(),
  ]);
  expect(answer.ok()).toBe(true);
  const parsed = (await answer.json()) as PlanParseResponse;
  await page.getByRole('heading', { level: 1, name: 'Rà soát kế hoạch' }).waitFor();
  await page.getByTestId('plan-form').waitFor();
  return parsed;
}

/** The unit the review shows; when the reader matched none, the officer chooses it in the picker. */
async function chooseUnitIfUnmatched(page: Page, parsed: PlanParseResponse, search: string, fullName: string): Promise<void> {
  const chosen = page.getByTestId('plan-form').getByTestId('chosen-unit');
  if (parsed.matchedUnit) {
    expect(parsed.matchedUnit.fullName).toBe(fullName);
    await expect.poll(() => chosen.innerText()).toMatch(new RegExp(`^${fullName}\\n`));
    expect(await page.getByTestId('plan-review-unit').textContent()).toContain(`đã khớp với ${fullName}`);
    return;
  }
  expect(await chosen.textContent()).toBe('Chưa chọn đơn vị.');
  expect(await page.getByTestId('plan-review-unit').textContent()).toMatch(/hãy chọn/);
  await page.getByTestId('plan-form').getByRole('searchbox', { name: 'Tìm đơn vị' }).fill(search);
  await page.getByTestId('plan-form').locator('.search-hit', { hasText: fullName }).first().click();
  await expect.poll(() => chosen.innerText()).toMatch(new RegExp(`^${fullName}\\n`));
}

/** Fills what the reader could not find and the API needs: the year, one index. */
async function completeReview(page: Page, parsed: PlanParseResponse, year: number): Promise<void> {
  if (parsed.draft.year === null) await page.getByLabel('Năm kế hoạch').fill(String(year));
  else expect(await page.getByLabel('Năm kế hoạch').inputValue()).toBe(String(parsed.draft.year));
  if (parsed.draft.frameworks.length === 0) await page.getByRole('checkbox', { name: /\(PAPI\)/ }).check();
  for (const code of parsed.draft.frameworks) {
    const name = code === 'DAN_VAN' ? /dân vận/i : new RegExp(`\\(${code.replace('_', ' ')}\\)`);
    expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);
  }
  // A document without number and date is kept as a draft unless the officer issues it.
  expect(await page.getByLabel('Trạng thái').inputValue()).toBe(parsed.draft.number && parsed.draft.issuedOn ? 'issued' : 'draft');
}

/** Saves the reviewed plan and waits for its page; returns its id. */
async function savePlan(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await page.waitForURL(/\/ke-hoach\/\d+$/);
  await page.getByTestId('plan-saved').waitFor();
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** The plan's page shows every stored task, grouped by dimension, and the count in its header. */
async function expectTasksShown(page: Page, plan: PlanDetail): Promise<void> {
  const rows = page.getByTestId('plan-task');
  await expect.poll(() => rows.count()).toBe(plan.tasks.length);
  expect(await page.getByTestId('plan-task-count').textContent()).toBe(vi(plan.tasks.length));
  const shown = (await rows.locator('.plan-task-table__task').allTextContents()).sort();
  expect(shown).toEqual(plan.tasks.map((task) => task.task).sort());
  // One group per dimension of a framework (as written, give or take case and spaces), and one for tasks without.
  const groups = new Set(plan.tasks.map((task) => (task.dimension === null ? null : `${task.framework}|${task.dimension.trim().toLowerCase()}`)));
  expect(await page.getByTestId('plan-task-group').count()).toBe(groups.size);
  // Each linked task shows the catalog code of its indicator.
  const linked = plan.tasks.filter((task) => task.indicatorCode !== null);
  if (linked.length > 0) {
    await rows.filter({ hasText: linked[0]!.task.slice(0, 40) }).first().locator('code', { hasText: linked[0]!.indicatorCode! }).waitFor();
  }
}

/** The four compliance checks, each passed or not, a failure with the API's reason. */
async function expectComplianceShown(page: Page, planId: number): Promise<void> {
  const expected = await apiJson<{ checks: Array<{ code: string; passed: boolean; reason: string | null }> }>(page, `/api/v1/plans/${planId}/compliance`);
  const list = page.getByTestId('compliance-checks');
  await list.waitFor();
  expect(await list.locator('li.compliance-check').count()).toBe(expected.checks.length);
  for (const check of expected.checks) {
    const item = list.locator(`li[data-code="${check.code}"]`);
    expect(await item.getByTestId('compliance-result').textContent()).toBe(check.passed ? 'Đạt' : 'Chưa đạt');
    if (check.reason) expect(await item.locator('.compliance-check__reason').textContent()).toBe(check.reason);
  }
}

/** Deletes the plan on its page (the suite leaves the shared database as it found it). */
async function deletePlan(page: Page, planId: number, unitName: string, year: number): Promise<void> {
  await page.getByRole('button', { name: 'Xoá kế hoạch' }).click();
  await page.getByTestId('plan-delete-confirm').getByRole('button', { name: 'Xoá', exact: true }).click();
  await page.waitForURL(/\/ke-hoach$/);
  expect(await page.getByTestId('plan-deleted').textContent()).toBe(`Đã xoá kế hoạch năm ${year} của ${unitName}.`);
  await page.waitForLoadState('networkidle');
  expect((await page.request.get(`${baseUrl}/api/v1/plans/${planId}`)).status()).toBe(404);
}

/** The stored plan as PlanInput: what another officer's save sends back. */
function inputOf(plan: PlanDetail): PlanInput {
  return {
    unitId: plan.unit.id,
    year: plan.year,
    frameworks: plan.frameworks,
    number: plan.number,
    issuedOn: plan.issuedOn,
    signer: plan.signer,
    status: plan.status,
    references: plan.references,
    targets: plan.targets,
    sections: plan.sections,
    tasks: plan.tasks.map(({ id, framework, dimension, subDimension, task, product, lead, implementers, timeline, kpis }) => ({
      id,
      framework,
      dimension,
      subDimension,
      task,
      product,
      lead,
      implementers,
      timeline,
      kpis,
    })),
    reportingDeadlines: plan.reportingDeadlines,
    version: plan.version,
  };
}

describe('plans: the seed plans imported through the dashboard, reviewed, saved, and their tasks shown', () => {
  let watched: WatchedPage;
  let page: Page;
  let planId = 0;
  let saved: PlanDetail;

  const watchedPage = watchPageForSuite();
  beforeAll(() => {
    watched = watchedPage();
    page = watched.page;
  });

  it('imports the Word plan of Như Quỳnh (seed 001) for its commune officer: review, correct, save, tasks shown', async () => {
    expect(existsSync(DOCX_001)).toBe(true);
    await signInTo(page, baseUrl, COMMUNE_OFFICER.email, DEMO_PASSWORD, '/ke-hoach');
    await page.getByRole('heading', { level: 1, name: 'Kế hoạch' }).waitFor();
    expect(await mainNav(page).getByRole('link', { name: 'Kế hoạch' }).getAttribute('aria-current')).toBe('page');
    await page.getByTestId('plans-count').waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'p01-plans-list');

    const before = await apiJson<PlanSummary[]>(page, '/api/v1/plans');
    await page.getByRole('link', { name: 'Nhập từ văn bản' }).click();
    await page.waitForURL(/\/ke-hoach\/nhap$/);
    await saveScreenshot(page, 'p02-plan-import');
    const parsed = await readDocument(page, DOCX_001);
    expect(parsed.fileName).toBe('001.docx');

    // The header as read: number, date of issue, year, the unit matched in the officer's scope.
    expect(parsed.draft.number).toBe('08/KH-UBND');
    expect(await page.getByLabel('Số kế hoạch').inputValue()).toBe('08/KH-UBND');
    expect(await page.getByLabel('Ngày ban hành').inputValue()).toBe(ddmmyyyy(parsed.draft.issuedOn!));
    expect(await page.getByLabel('Ngày ban hành').inputValue()).toBe('11/01/2024');
    await chooseUnitIfUnmatched(page, parsed, 'nhu quynh', 'Thị trấn Như Quỳnh');
    await completeReview(page, parsed, 2024);
    if (parsed.draft.warnings.length > 0) {
      expect(await page.getByTestId('plan-warnings').locator('li').count()).toBe(parsed.draft.warnings.length);
    }
    // Every task of the appendix is a row of the table, editable.
    expect(parsed.draft.tasks.length).toBeGreaterThan(5);
    const editor = page.getByTestId('plan-tasks-editor');
    expect(await editor.getByTestId('plan-task-row').count()).toBe(parsed.draft.tasks.length);
    expect(await page.getByTestId('plan-form-task-count').textContent()).toBe(`${vi(parsed.draft.tasks.length)} nhiệm vụ`);
    expect(await page.getByLabel('Nhiệm vụ 1 — Nhiệm vụ', { exact: true }).inputValue()).toBe(parsed.draft.tasks[0]!.task);
    expect(parsed.draft.tasks.some((task) => /Luật Thực hiện dân chủ ở cơ sở/.test(task.task))).toBe(true);
    await saveScreenshot(page, 'p03-plan-review');

    // The reviewer corrects the signer and the first task's timeline before saving.
    await page.getByLabel('Người ký').fill('Vũ Văn Sữa');
    await page.getByLabel('Nhiệm vụ 1 — Thời gian thực hiện').fill('Quý II/2024');
    // Nothing is saved before the officer confirms.
    expect(await apiJson<PlanSummary[]>(page, '/api/v1/plans')).toEqual(before);

    planId = await savePlan(page);
    saved = await apiJson<PlanDetail>(page, `/api/v1/plans/${planId}`);
    expect(saved).toMatchObject({ number: '08/KH-UBND', issuedOn: '2024-01-11', signer: 'Vũ Văn Sữa', year: 2024, status: 'issued' });
    expect(saved.unit.fullName).toBe('Thị trấn Như Quỳnh');
    expect(saved.tasks).toHaveLength(parsed.draft.tasks.length);
    expect(saved.tasks[0]!.timeline).toEqual({ kind: 'quarter', text: 'Quý II/2024', quarter: 2, year: 2024 });

    await page.getByRole('heading', { level: 1, name: 'Kế hoạch năm 2024 — Thị trấn Như Quỳnh' }).waitFor();
    expect(await page.getByTestId('plan-number').textContent()).toBe('Số 08/KH-UBND, ngày 11/01/2024');
    await expectTasksShown(page, saved);
    await page.getByTestId('plan-tasks').getByText(/Luật Thực hiện dân chủ ở cơ sở/).first().waitFor();
    await expectComplianceShown(page, planId);
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'p04-plan-detail');

    // Printed, the plan is the document alone: no navigation, no buttons.
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByRole('button', { name: 'In' }).isVisible()).toBe(false);
      expect(await mainNav(page).isVisible()).toBe(false);
      await saveScreenshot(page, 'p05-plan-print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('lists the saved plan with its number, status and task count, filtered by year', async () => {
    await page.getByRole('link', { name: 'Về danh sách kế hoạch' }).click();
    await page.getByLabel('Năm kế hoạch').selectOption('2024');
    await page.waitForURL(/\/ke-hoach\?year=2024$/);
    const row = page.getByTestId('plans-table').locator(`tbody tr[data-plan-id="${planId}"]`);
    await row.waitFor();
    expect(await row.locator('th').textContent()).toBe('Thị trấn Như Quỳnh');
    expect(await row.locator('td').allInnerTexts()).toEqual(['2024', '08/KH-UBND', '11/01/2024', 'PAPI', 'Đã ban hành', vi(saved.tasks.length), 'Xem']);
    await page.getByLabel('Năm kế hoạch').selectOption('2023');
    await expect.poll(() => row.count()).toBe(0);
    await page.getByLabel('Năm kế hoạch').selectOption('2024');
    await row.waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'p06-plans-list-2024');

    // The same page in English.
    await page.getByRole('button', { name: 'English' }).click();
    try {
      await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
      expect(await row.locator('td').nth(4).textContent()).toBe('Issued');
      expect(await page.getByRole('link', { name: 'Import from a document' }).isVisible()).toBe(true);
    } finally {
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    }
    await page.getByRole('heading', { level: 1, name: 'Kế hoạch' }).waitFor();
  });

  it('refuses to overwrite a plan someone else saved meanwhile (409), and reloads it', async () => {
    await page.getByTestId('plans-table').locator(`tbody tr[data-plan-id="${planId}"]`).getByRole('link', { name: 'Xem kế hoạch năm 2024 của Thị trấn Như Quỳnh' }).click();
    await page.getByRole('link', { name: 'Sửa kế hoạch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sửa kế hoạch năm 2024 — Thị trấn Như Quỳnh' }).waitFor();
    await page.getByTestId('plan-form').waitFor();
    expect(await page.getByLabel('Người ký').inputValue()).toBe('Vũ Văn Sữa');
    await page.getByLabel('Người ký').fill('Nguyễn Văn B');

    // Another officer saves the plan in between (the API moves it to the next version).
    const session = await apiJson<SessionInfo>(page, '/api/v1/auth/session');
    const current = await apiJson<PlanDetail>(page, `/api/v1/plans/${planId}`);
    const other = await page.request.put(`${baseUrl}/api/v1/plans/${planId}`, {
      data: { ...inputOf(current), signer: 'Người khác' },
      headers: { 'X-CSRF-Token': session.csrfToken },
    });
    expect(other.status()).toBe(200);
    expect(((await other.json()) as PlanDetail).version).toBe(current.version + 1);

    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    const stale = page.getByTestId('plan-stale');
    await stale.waitFor();
    expect(await stale.textContent()).toContain('Kế hoạch này đã được sửa ở nơi khác sau khi bạn mở trang');
    // The refusal is the API's 409, which the browser reports itself: that line is expected here, nothing else.
    expect(watched.problems).toHaveLength(1);
    expect(watched.problems[0]).toMatch(/409/);
    watched.problems.length = 0;
    await saveScreenshot(page, 'p07-plan-edit-stale');

    await stale.getByRole('button', { name: 'Tải lại kế hoạch' }).click();
    await expect.poll(() => page.getByLabel('Người ký').inputValue()).toBe('Người khác');
    expect(await page.getByTestId('plan-stale').count()).toBe(0);
  });

  it('adds tasks from the Excel template to the plan, after showing a sheet’s problems by row and column', async () => {
    const sheetBox = page.getByTestId('task-sheet');
    const [template] = await Promise.all([page.waitForEvent('download'), sheetBox.getByRole('link', { name: 'Tải tệp mẫu (Excel)' }).click()]);
    const rows = [...(await readDownloadedWorkbook(template)).values()][0]!;
    const header = rows[0]!.map(String);
    expect(header).toContain('Nhiệm vụ');
    expect(header).toContain('Thời gian thực hiện');

    // A sheet without the task column: nothing is taken, the problem is located.
    const wrong = new ExcelJS.Workbook();
    wrong.addWorksheet('Nhiệm vụ').addRow(header.filter((column) => column !== 'Nhiệm vụ'));
    await page.getByLabel('Tệp bảng nhiệm vụ').setInputFiles({
      name: 'thieu-cot.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await wrong.xlsx.writeBuffer()),
    });
    await sheetBox.getByRole('button', { name: 'Đọc tệp' }).click();
    const issues = sheetBox.getByTestId('task-sheet-issues');
    await issues.waitFor();
    expect(await issues.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual(['1', 'Nhiệm vụ', expect.stringContaining('Nhiệm vụ')]);
    expect(await sheetBox.getByRole('button', { name: 'Thêm vào cuối bảng' }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'p08-task-sheet-problems');

    // The template filled with one task.
    const filled = new ExcelJS.Workbook();
    const sheet = filled.addWorksheet('Nhiệm vụ');
    sheet.addRow(header);
    const cells: Record<string, string> = {
      TT: '1',
      'Bộ chỉ số': 'PAPI',
      'Chỉ số nội dung': 'Công khai, minh bạch',
      'Nội dung thành phần': 'Danh sách hộ nghèo',
      'Nhiệm vụ': 'Niêm yết công khai danh sách hộ nghèo tại nhà văn hóa các thôn (e2e)',
      'Kết quả/Sản phẩm': '100% thôn niêm yết',
      'Đơn vị chủ trì': 'Công chức LĐTB&XH',
      'Đơn vị thực hiện': 'Trưởng các thôn, phố',
      'Thời gian thực hiện': 'Quý III/2024',
    };
    sheet.addRow(header.map((column) => cells[column] ?? ''));
    await page.getByLabel('Tệp bảng nhiệm vụ').setInputFiles({
      name: 'bieu-nhiem-vu.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await filled.xlsx.writeBuffer()),
    });
    await sheetBox.getByRole('button', { name: 'Đọc tệp' }).click();
    const result = sheetBox.getByTestId('task-sheet-result');
    await result.getByText('Tệp có 1 nhiệm vụ đọc được.').waitFor();
    await result.getByRole('button', { name: 'Thêm vào cuối bảng' }).click();
    await sheetBox.getByRole('status').getByText('Đã thêm 1 nhiệm vụ từ tệp vào cuối bảng (chưa lưu).').waitFor();
    const count = saved.tasks.length + 1;
    expect(await page.getByTestId('plan-form-task-count').textContent()).toBe(`${vi(count)} nhiệm vụ`);
    expect(await page.getByLabel(`Nhiệm vụ ${count} — Nhiệm vụ`, { exact: true }).inputValue()).toBe(cells['Nhiệm vụ']);
    await saveScreenshot(page, 'p09-plan-edit-task-sheet');

    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await page.waitForURL(new RegExp(`/ke-hoach/${planId}$`));
    await page.getByTestId('plan-saved').getByText('Đã lưu các thay đổi của kế hoạch.').waitFor();
    const updated = await apiJson<PlanDetail>(page, `/api/v1/plans/${planId}`);
    expect(updated.tasks).toHaveLength(count);
    // The tasks that were there keep their ids (what reports say of them stays).
    expect(updated.tasks.slice(0, saved.tasks.length).map((task) => task.id)).toEqual(saved.tasks.map((task) => task.id));
    expect(updated.tasks.at(-1)).toMatchObject({ task: cells['Nhiệm vụ'], timeline: { kind: 'quarter', quarter: 3, year: 2024 } });
    await expectTasksShown(page, updated);
    await page.getByTestId('plan-tasks').getByText(cells['Nhiệm vụ']!).waitFor();

    await deletePlan(page, planId, 'Thị trấn Như Quỳnh', 2024);
    await signOut(page);
  });

  for (const seed of [
    {
      file: SEED_000,
      name: 'xã Đức Hợp (seed 000)',
      search: 'duc hop',
      unit: 'Xã Đức Hợp',
      year: 2023,
      shot: 'p10',
      task: { dimension: 'Công khai, minh bạch', task: 'Công khai danh sách hộ nghèo tại nhà văn hóa các thôn (e2e)' },
    },
    {
      file: SEED_004,
      name: 'phường Dị Sử (seed 004)',
      search: 'di su',
      unit: 'Phường Dị Sử',
      year: 2024,
      shot: 'p12',
      task: { dimension: 'Cải cách thủ tục hành chính', task: 'Rà soát, công khai thủ tục hành chính tại Bộ phận một cửa (e2e)' },
    },
  ]) {
    it(`imports the plan of ${seed.name} for the province officer: review, save, tasks shown`, async () => {
      await signInTo(page, baseUrl, PROVINCE_OFFICER.email, DEMO_PASSWORD, '/ke-hoach/nhap');
      const parsed = await readDocument(page, seed.file);
      expect(parsed.fileName).toBe(path.basename(seed.file));
      await chooseUnitIfUnmatched(page, parsed, seed.search, seed.unit);
      await completeReview(page, parsed, seed.year);
      if (parsed.draft.number) expect(await page.getByLabel('Số kế hoạch').inputValue()).toBe(parsed.draft.number);
      const taskRows = page.getByTestId('plan-form').getByTestId('plan-task-row');
      expect(await taskRows.count()).toBe(parsed.draft.tasks.length);
      // A plan without a task table ("Biểu tổng hợp nhiệm vụ") says so among the reader's warnings.
      if (parsed.draft.tasks.length === 0) expect(await page.getByTestId('plan-warnings').textContent()).toMatch(/bảng nhiệm vụ/i);
      // The reviewer adds a task the document left out, by hand, at the end of the table.
      const position = parsed.draft.tasks.length + 1;
      await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
      await expect.poll(() => taskRows.count()).toBe(position);
      await page.getByLabel(`Nhiệm vụ ${position} — Nội dung (lĩnh vực)`).fill(seed.task.dimension);
      await page.getByLabel(`Nhiệm vụ ${position} — Nhiệm vụ`, { exact: true }).fill(seed.task.task);
      await page.getByLabel(`Nhiệm vụ ${position} — Chủ trì`).fill('UBND');
      await page.getByLabel(`Nhiệm vụ ${position} — Thời gian thực hiện`).fill('Thường xuyên');
      await saveScreenshot(page, `${seed.shot}-plan-review-${seed.search.replace(' ', '-')}`);

      const id = await savePlan(page);
      const plan = await apiJson<PlanDetail>(page, `/api/v1/plans/${id}`);
      expect(plan.unit.fullName).toBe(seed.unit);
      expect(plan.year).toBe(parsed.draft.year ?? seed.year);
      expect(plan.tasks).toHaveLength(parsed.draft.tasks.length + 1);
      expect(plan.tasks.at(-1)).toMatchObject({ task: seed.task.task, lead: 'UBND', timeline: { kind: 'ongoing', text: 'Thường xuyên' } });
      await page.getByRole('heading', { level: 1, name: `Kế hoạch năm ${plan.year} — ${seed.unit}` }).waitFor();
      await expectTasksShown(page, plan);
      await page.getByTestId('plan-tasks').getByText(seed.task.task).waitFor();
      await expectComplianceShown(page, id);
      await page.waitForLoadState('networkidle');
      await saveScreenshot(page, `${seed.shot.replace(/\d+$/, (n) => String(Number(n) + 1))}-plan-detail-${seed.search.replace(' ', '-')}`);

      await deletePlan(page, id, seed.unit, plan.year);
      await signOut(page);
    });
  }

  it('also reads the plain text of seed 001 (its whole task appendix) for the province officer; leaving the review saves nothing', async () => {
    await signInTo(page, baseUrl, PROVINCE_OFFICER.email, DEMO_PASSWORD, '/ke-hoach/nhap');
    const before = await apiJson<PlanSummary[]>(page, '/api/v1/plans');
    const parsed = await readDocument(page, SEED_001);
    // The same header as the Word file; the text holds the whole appendix, the Word fixture eight of its rows.
    expect(parsed.draft).toMatchObject({ number: saved.number, issuedOn: saved.issuedOn, year: saved.year, frameworks: saved.frameworks });
    expect(parsed.draft.tasks.length).toBeGreaterThan(saved.tasks.length);
    expect([parsed.draft.tasks[0]!.dimension, parsed.draft.tasks[0]!.subDimension]).toEqual([saved.tasks[0]!.dimension, saved.tasks[0]!.subDimension]);
    expect(await page.getByTestId('plan-form').getByTestId('plan-task-row').count()).toBe(parsed.draft.tasks.length);
    await chooseUnitIfUnmatched(page, parsed, 'nhu quynh', 'Thị trấn Như Quỳnh');
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'p14-plan-review-text-001');
    // Leaving the review saves nothing.
    await page.getByRole('button', { name: 'Huỷ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhập kế hoạch từ văn bản' }).waitFor();
    expect(await apiJson<PlanSummary[]>(page, '/api/v1/plans')).toEqual(before);
    await signOut(page);
  });
});
