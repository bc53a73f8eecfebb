import type { FollowUpItem, PlanDetail, ReportDetail, SessionInfo } from '@govindex/contracts';
import ExcelJS from 'exceljs';
import type { Dialog, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { saveScreenshot, watchPageForSuite, type WatchedPage } from './support/browser.js';
import { COMMUNE_OFFICER, DEMO_PASSWORD, DISTRICT_OFFICER } from './support/demo-accounts.js';
import { signInTo, signOut } from './support/session.js';

const baseUrl = inject('webBaseUrl');

/**
 * Markup and script stored as data must come back as text wherever the dashboard shows it. Each payload
 * would set `window.__pwned` and open a dialog if it ever ran.
 */
const PAYLOAD = {
  img: '<img src=x onerror="window.__pwned=1;alert(1)">',
  script: '<script>window.__pwned=2;alert(2)</script>',
  svg: '<svg onload="window.__pwned=3;alert(3)"></svg>',
  link: '<a href="javascript:window.__pwned=4">bấm</a>',
  formula: "=cmd|' /C calc'!A0",
} as const;

/** A year of this run's own (the API accepts plans up to 2100): nothing else in the run uses it. */
const RUN = Date.now();
const YEAR = 2090 + (Math.floor(RUN / 1000) % 10);

interface ApiSession {
  cookie: string;
  csrf: string;
}

async function apiLogin(email: string): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const session = (await response.json()) as SessionInfo;
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: session.csrfToken };
}

async function api<T>(session: ApiSession, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.status, `${method} ${path}: ${text}`).toBeLessThan(300);
  return (text ? JSON.parse(text) : null) as T;
}

describe('hostile text: stored markup shows as text, never runs, and exports keep formulas as text', () => {
  let watched: WatchedPage;
  let page: Page;
  const dialogs: string[] = [];
  let planId = 0;
  let reportId = 0;

  const watchedPage = watchPageForSuite();
  beforeAll(async () => {
    watched = watchedPage();
    page = watched.page;
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    // Stored through the API as a district and a commune officer would type them.
    const district = await apiLogin(DISTRICT_OFFICER.email);
    const commune = await apiLogin(COMMUNE_OFFICER.email);
    const [nhuQuynh] = (await api<{ items: Array<{ id: number; path: string }> }>(district, 'GET', '/api/v1/units/search?q=nhu%20quynh&asOf=2025-06-30')).items.filter((unit) =>
      unit.path.includes('Văn Lâm'),
    );
    const session = await api<SessionInfo>(district, 'GET', '/api/v1/auth/session');
    const task = (text: string, product: string) => ({
      framework: 'PAPI',
      dimension: 'Tham gia của người dân ở cấp cơ sở',
      subDimension: null,
      task: text,
      product,
      lead: PAYLOAD.svg,
      implementers: PAYLOAD.link,
      timeline: { kind: 'ongoing', text: 'Thường xuyên' },
      kpis: [],
    });
    const plan = await api<PlanDetail>(district, 'POST', '/api/v1/plans', {
      unitId: nhuQuynh!.id,
      year: YEAR,
      frameworks: ['PAPI'],
      number: PAYLOAD.img,
      issuedOn: `${YEAR}-01-15`,
      signer: PAYLOAD.svg,
      status: 'issued',
      references: [{ number: PAYLOAD.script, date: null, issuer: PAYLOAD.link }],
      targets: [{ kind: 'other', text: PAYLOAD.formula, framework: 'PAPI' }],
      sections: [{ framework: 'PAPI', dimension: null, title: PAYLOAD.img, items: [PAYLOAD.script] }],
      tasks: [task(`${PAYLOAD.script} Tuyên truyền`, PAYLOAD.img), task(PAYLOAD.formula, PAYLOAD.link)],
      reportingDeadlines: [],
    });
    planId = plan.id;

    const followUp = await api<FollowUpItem>(district, 'POST', '/api/v1/follow-ups', {
      unitId: nhuQuynh!.id,
      framework: 'PAPI',
      year: YEAR,
      indicatorCode: 'D1',
      reasonKind: 'weak_indicator',
      reason: PAYLOAD.img,
      actionRequested: `${PAYLOAD.script} ${PAYLOAD.formula}`,
      dueOn: `${YEAR}-03-31`,
    });
    await api(commune, 'PATCH', `/api/v1/follow-ups/${followUp.id}`, { response: PAYLOAD.svg });

    const period = await api<{ id: number }>(district, 'POST', '/api/v1/reporting-periods', {
      unitId: session.user.unitId,
      year: YEAR,
      kind: 'other',
      title: `Kỳ ${PAYLOAD.svg}`,
      dueOn: `${YEAR}-12-31`,
      dataFrom: null,
      dataTo: null,
    });
    const report = await api<ReportDetail>(commune, 'POST', '/api/v1/reports', { periodId: period.id, unitId: nhuQuynh!.id });
    reportId = report.id;
    await api(commune, 'PUT', `/api/v1/reports/${report.id}`, {
      items: report.items.map((item, index) => ({
        taskId: item.taskId,
        status: 'in_progress',
        result: index === 0 ? PAYLOAD.img : PAYLOAD.formula,
        kpiActual: null,
        links: ['https://example.vn/bien-ban'],
      })),
    });
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('minh chứng')]), `${PAYLOAD.img}.txt`);
    const evidence = await fetch(`${baseUrl}/api/v1/reports/${report.id}/evidence?taskId=${report.items[0]!.taskId}`, {
      method: 'POST',
      headers: { cookie: commune.cookie, 'x-csrf-token': commune.csrf },
      body: form,
    });
    expect(evidence.status).toBe(201);
  });

  /** Nothing ran: no dialog, no flag, no element the payloads would have made. */
  async function expectNothingRan(where: string): Promise<void> {
    expect(dialogs, `${where}: a dialog opened`).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), `${where}: a payload ran`).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:"]').count(), `${where}: an injected element`).toBe(0);
    expect(await page.evaluate(() => Array.from(document.scripts).filter((script) => script.textContent?.includes('__pwned')).length), `${where}: an injected script`).toBe(0);
  }

  /** The payloads appear as they were typed, as text. */
  async function expectLiteral(texts: readonly string[]): Promise<void> {
    for (const text of texts) await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain(text);
  }

  it('shows a plan whose number, signer, references, sections and tasks hold markup as plain text', async () => {
    await signInTo(page, baseUrl, DISTRICT_OFFICER.email, DEMO_PASSWORD, `/ke-hoach/${planId}`);
    await page.getByTestId('plan-sheet').waitFor();
    await expectLiteral([PAYLOAD.img, PAYLOAD.svg, PAYLOAD.script, PAYLOAD.formula]);
    await page.waitForLoadState('networkidle');
    await expectNothingRan('plan detail');
    await saveScreenshot(page, 'hostile-plan-detail');
  });

  it('lists follow-up items whose reason, request and answer hold markup as plain text', async () => {
    await page.goto(`${baseUrl}/theo-doi`);
    await page.getByTestId('follow-up-table').waitFor();
    await expectLiteral([PAYLOAD.img, PAYLOAD.script, PAYLOAD.svg]);
    await page.waitForLoadState('networkidle');
    await expectNothingRan('follow-up list');
    await saveScreenshot(page, 'hostile-follow-ups');
  });

  it('shows a report whose title, results and evidence names hold markup as plain text', async () => {
    await page.goto(`${baseUrl}/bao-cao/${reportId}`);
    await page.getByTestId('report').waitFor();
    await expectLiteral([`Kỳ ${PAYLOAD.svg}`, PAYLOAD.img, `${PAYLOAD.img}.txt`]);
    await page.waitForLoadState('networkidle');
    await expectNothingRan('report');
    await saveScreenshot(page, 'hostile-report');
    await page.goto(`${baseUrl}/bao-cao?year=${YEAR}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNothingRan('reports list');
  });

  it('exports a problem list whose file name starts with "=" as text, never as a formula', async () => {
    await page.goto(`${baseUrl}/ket-qua/nhap`);
    await page.getByRole('heading', { level: 1, name: 'Nhập kết quả công bố' }).waitFor();
    await page.getByLabel('Bộ chỉ số').selectOption('PAR_INDEX');
    await page.getByLabel('Cấp đánh giá').selectOption('commune');
    await page.getByLabel('Cơ quan công bố').fill(PAYLOAD.img);
    // No "/" in it: the API keeps the last segment of a path as the name.
    const fileName = "=cmd|' -C calc'!A0.csv";
    await page.getByLabel('Tệp kết quả').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(`ten_don_vi,nam,D1\n"${PAYLOAD.img}",2024,5\n`, 'utf8') });
    await page.getByRole('button', { name: 'Nhập kết quả' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    // The refusal is the API's 422, which the browser reports itself: that line is expected here.
    expect(watched.problems).toHaveLength(1);
    expect(watched.problems[0]).toMatch(/422/);
    watched.problems.length = 0;
    await expect.poll(() => page.getByTestId('import-problems-table').innerText()).toContain(fileName);
    await expectNothingRan('import problems');

    const [download] = await Promise.all([page.waitForEvent('download'), problems.getByRole('button', { name: 'Tải danh sách lỗi (Excel)' }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const cells: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula || cell.formula)).toEqual([]);
    const fileCell = cells.find((cell) => String(cell.value).includes(fileName));
    expect(fileCell?.type).toBe(ExcelJS.ValueType.String);
    // Written with a leading apostrophe: a spreadsheet shows it as text even when the file is re-typed.
    expect(fileCell?.value).toBe(`'${fileName}`);
    await page.waitForLoadState('networkidle');
    await signOut(page);
  });
});
