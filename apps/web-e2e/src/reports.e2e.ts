import type { PlanDetail, PlanInput, SessionInfo, TimelinessResponse } from '@govindex/contracts';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { saveScreenshot, watchPageForSuite, type WatchedPage } from './support/browser.js';
import { COMMUNE_OFFICER, DEMO_PASSWORD, DISTRICT_OFFICER } from './support/demo-accounts.js';
import { signInTo, signOut } from './support/session.js';
import { readDownloadedWorkbook } from './support/spreadsheet.js';

const baseUrl = inject('webBaseUrl');

/** One run's own data: a year of its own (2001–2019, when Văn Lâm's communes still existed) and titles no other run uses. */
const RUN = Date.now();
const YEAR = 2001 + (Math.floor(RUN / 1000) % 19);
/** The report was due early the next year: long past, so whatever is submitted now is late. */
const DUE_ON = `${YEAR + 1}-01-15`;
const PERIOD_TITLE = `Báo cáo kiểm thử ${RUN}`;
const NHU_QUYNH = 'Thị trấn Như Quỳnh';
const RETURN_COMMENT = 'Bổ sung minh chứng cho nhiệm vụ 2 (e2e).';

/** dd/mm/yyyy, as the dashboard writes dates. */
const viDate = (iso: string) => iso.split('-').reverse().join('/');
/** Today in Vietnam (the browser's time zone in these tests), as YYYY-MM-DD. */
const todayInVietnam = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const addDays = (iso: string, days: number) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });
/** The timeliness section of this run's period on the reports page. */
const periodSection = (page: Page) =>
  page.getByTestId('timeliness-period').filter({ has: page.getByRole('heading', { level: 3, name: PERIOD_TITLE, exact: true }) });
const rowOf = (scope: Locator, text: string) => scope.locator('tbody tr', { hasText: text });

async function apiGet<T>(page: Page, path: string): Promise<T> {
  await page.waitForLoadState('networkidle');
  const answer = await page.request.get(`${baseUrl}${path}`);
  expect(answer.status(), path).toBe(200);
  return (await answer.json()) as T;
}

describe('reports: periods, a late report, its review, and follow-up of plans against results', () => {
  let watched: WatchedPage;
  let page: Page;
  let vanLamId = 0;
  let nhuQuynhId = 0;
  let reportUrl = '';
  /** The request the district sends from the alignment panel (unique to the run). */
  let followUpAction = '';

  const watchedPage = watchPageForSuite();
  beforeAll(() => {
    watched = watchedPage();
    page = watched.page;
  });

  /** Each officer starts from a fresh session, whatever the test before left behind. */
  async function signInAs(email: string, path: string): Promise<SessionInfo> {
    await watched.context.clearCookies();
    await signInTo(page, baseUrl, email, DEMO_PASSWORD, path);
    return apiGet<SessionInfo>(page, '/api/v1/auth/session');
  }

  it('lets the district officer set a reporting period whose due date has passed', async () => {
    const session = await signInAs(DISTRICT_OFFICER.email, `/bao-cao?year=${YEAR}`);
    vanLamId = session.user.unitId!;
    expect(await mainNav(page).getByRole('link').allInnerTexts()).toEqual(expect.arrayContaining(['Báo cáo', 'Theo dõi']));
    await heading(page).getByText('Báo cáo', { exact: true }).waitFor();
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe(String(YEAR));
    await page.getByTestId('reporting-periods').getByText('Chưa có kỳ báo cáo nào trong năm.').waitFor();

    await page.getByRole('button', { name: 'Thêm kỳ báo cáo' }).click();
    const form = page.getByTestId('period-form');
    // The usual half-year report: its title and dates are offered.
    expect(await form.getByLabel('Tên kỳ báo cáo').inputValue()).toBe(`Báo cáo kết quả thực hiện kế hoạch 6 tháng đầu năm ${YEAR}`);
    expect(await form.getByLabel('Hạn nộp').inputValue()).toBe(`03/07/${YEAR}`);
    await form.getByLabel('Loại kỳ').selectOption('other');
    expect(await form.getByLabel('Hạn nộp').inputValue()).toBe('');
    // A missing due date is said next to the field, before anything is sent.
    await form.getByLabel('Tên kỳ báo cáo').fill(PERIOD_TITLE);
    await form.getByRole('button', { name: 'Tạo kỳ báo cáo' }).click();
    expect(await form.locator('.field-error').allInnerTexts()).toEqual(['Nhập hạn nộp (dd/mm/yyyy).']);
    await form.getByLabel('Hạn nộp').fill(viDate(DUE_ON));
    await form.getByLabel('Số liệu từ ngày').fill(`01/01/${YEAR}`);
    await form.getByLabel('Số liệu đến ngày').fill(`31/12/${YEAR}`);
    await saveScreenshot(page, 'r01-reporting-period-form');
    await form.getByRole('button', { name: 'Tạo kỳ báo cáo' }).click();
    await page.getByTestId('reports-note').getByText(`Đã tạo kỳ báo cáo “${PERIOD_TITLE}”.`).waitFor();

    const periodRow = rowOf(page.getByTestId('periods-table'), PERIOD_TITLE);
    await periodRow.waitFor();
    expect((await periodRow.locator('th, td').allInnerTexts()).slice(0, 5)).toEqual([
      PERIOD_TITLE,
      'Khác',
      viDate(DUE_ON),
      `01/01/${YEAR} – 31/12/${YEAR}`,
      'Huyện Văn Lâm',
    ]);

    // Nobody has reported yet, and the due date is past: every commune is missing.
    const section = periodSection(page);
    await section.waitFor();
    const expected = await apiGet<TimelinessResponse>(page, `/api/v1/timeliness?unitId=${vanLamId}&year=${YEAR}`);
    const period = expected.periods.find((entry) => entry.period.title === PERIOD_TITLE)!;
    expect(period.expected).toBeGreaterThan(5);
    expect(period.missing).toBe(period.expected);
    expect(await section.locator('[data-count="expected"]').textContent()).toBe(String(period.expected));
    expect(await section.locator('[data-count="missing"]').textContent()).toBe(String(period.expected));
    expect(await section.getByTestId('completeness').innerText()).toContain('0% đã nộp');
    expect(await rowOf(section, NHU_QUYNH).locator('[data-timeliness]').textContent()).toBe('Chưa nộp');
    nhuQuynhId = period.units.find((unit) => unit.unit.fullName === NHU_QUYNH)!.unit.id;
    await saveScreenshot(page, 'r02-reports-district');
    await signOut(page);
  });

  it('lets the commune officer start the report from its plan, fill it in with evidence and submit it', async () => {
    const session = await signInAs(COMMUNE_OFFICER.email, `/bao-cao?year=${YEAR}`);
    expect(session.user.unitId).toBe(nhuQuynhId);
    // The report lists the tasks of the commune's plan of that year: one is made for this run, through the API.
    const plan: PlanInput = {
      unitId: nhuQuynhId,
      year: YEAR,
      frameworks: ['PAPI'],
      number: `${RUN % 1000}/KH-UBND`,
      issuedOn: `${YEAR}-01-20`,
      signer: 'Chủ tịch UBND thị trấn (e2e)',
      status: 'issued',
      references: [],
      targets: [],
      sections: [],
      reportingDeadlines: [],
      tasks: [
        {
          framework: 'PAPI',
          dimension: 'Công khai, minh bạch',
          subDimension: null,
          task: 'Niêm yết công khai thủ tục hành chính tại trụ sở (e2e)',
          product: 'Bảng niêm yết',
          lead: 'Văn phòng HĐND và UBND',
          implementers: null,
          timeline: { kind: 'ongoing', text: 'Thường xuyên' },
          kpis: [{ text: '100% thủ tục được niêm yết', comparator: 'eq', value: 100, unit: 'percent' }],
        },
        {
          framework: 'PAPI',
          dimension: 'Trách nhiệm giải trình với người dân',
          subDimension: null,
          task: 'Tổ chức đối thoại với người dân (e2e)',
          product: 'Biên bản đối thoại',
          lead: 'Chủ tịch UBND',
          implementers: null,
          timeline: { kind: 'quarter', text: 'Quý II', quarter: 2, year: YEAR },
          kpis: [],
        },
      ],
    };
    const created = await page.request.post(`${baseUrl}/api/v1/plans`, { data: plan, headers: { 'X-CSRF-Token': session.csrfToken } });
    expect(created.status(), await created.text()).toBe(201);
    expect(((await created.json()) as PlanDetail).tasks).toHaveLength(2);

    await heading(page).getByText('Báo cáo', { exact: true }).waitFor();
    const row = rowOf(page.getByTestId('commune-periods'), PERIOD_TITLE);
    await row.waitFor();
    expect(await row.getByText('Chưa lập').count()).toBe(1);
    expect(await row.locator('[data-timeliness]').textContent()).toBe('Chưa nộp');
    await saveScreenshot(page, 'r03-reports-commune');
    await row.getByRole('button', { name: 'Lập báo cáo' }).click();
    await page.waitForURL(/\/bao-cao\/\d+$/);
    reportUrl = new URL(page.url()).pathname;
    await heading(page).getByText(PERIOD_TITLE).waitFor();
    const items = page.getByTestId('report-item');
    await expect.poll(() => items.count()).toBe(2);
    expect(await page.getByTestId('report-status').innerText()).toBe('Bản nháp');
    // The task's target, as the plan sets it, is shown beside it.
    await items.first().getByText('Chỉ tiêu: 100% thủ tục được niêm yết').waitFor();

    const first = items.nth(0);
    await first.getByLabel('Tình trạng').selectOption('done');
    await first.getByLabel('Kết quả đạt được').fill('Đã niêm yết 45/45 thủ tục tại bộ phận một cửa.');
    await first.getByLabel('Giá trị KPI đạt được').fill('95,5');
    await first.getByLabel('Liên kết minh chứng').fill('https://nhuquynh.vanlam.hungyen.gov.vn/thu-tuc-hanh-chinh');
    await first.getByRole('button', { name: 'Thêm liên kết' }).click();
    await first.getByRole('link', { name: 'https://nhuquynh.vanlam.hungyen.gov.vn/thu-tuc-hanh-chinh' }).waitFor();
    // An evidence file, uploaded at once.
    await first.getByLabel('Tệp minh chứng').setInputFiles({ name: 'bien-ban-niem-yet.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% e2e\n') });
    await first.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByTestId('report-note').getByText('Đã tải lên “bien-ban-niem-yet.pdf”.').waitFor();
    await first.getByRole('link', { name: 'bien-ban-niem-yet.pdf' }).waitFor();
    // What was typed before the upload is still there.
    expect(await first.getByLabel('Giá trị KPI đạt được').inputValue()).toBe('95,5');
    const second = items.nth(1);
    await second.getByLabel('Tình trạng').selectOption('in_progress');
    // A number the form cannot read is said at the field, nothing is sent.
    await second.getByLabel('Giá trị KPI đạt được').fill('khoảng 2 lần');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await second.getByText('Nhập một số, ví dụ 95,5.').waitFor();
    await second.getByLabel('Giá trị KPI đạt được').fill('1');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByTestId('report-note').getByText('Đã lưu bản nháp.').waitFor();
    await saveScreenshot(page, 'r04-report-draft');

    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByText('Nộp báo cáo cho Phòng Nội vụ? Sau khi nộp, báo cáo chỉ sửa được khi bị trả lại.').waitFor();
    await page.getByTestId('report-actions').getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByTestId('report-note').getByText('Đã nộp báo cáo cho Phòng Nội vụ.').waitFor();
    expect(await page.getByTestId('report-status').innerText()).toBe('Đã nộp, chờ duyệt');
    // Submitted long after the due date: late.
    expect(await page.getByTestId('report-timeliness').innerText()).toBe('Trễ hạn');
    const view = page.getByTestId('report-items');
    expect(await rowOf(view, 'Niêm yết công khai').locator('td').allInnerTexts()).toEqual([
      '1',
      'Hoàn thành',
      'Đã niêm yết 45/45 thủ tục tại bộ phận một cửa.',
      '95,5',
      expect.stringContaining('bien-ban-niem-yet.pdf'),
    ]);
    expect(await rowOf(page.getByTestId('report-history'), 'Nộp báo cáo').count()).toBe(1);
    // The evidence file downloads as uploaded.
    const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('link', { name: 'bien-ban-niem-yet.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('bien-ban-niem-yet.pdf');
    await saveScreenshot(page, 'r05-report-submitted');
    await signOut(page);
  });

  it('shows the district the report as late, in the timeliness table and on its home, and lets it return the report', async () => {
    await signInAs(DISTRICT_OFFICER.email, `/bao-cao?year=${YEAR}`);
    const section = periodSection(page);
    await section.waitFor();
    const line = rowOf(section, NHU_QUYNH);
    expect(await line.locator('[data-timeliness]').textContent()).toBe('Trễ hạn');
    expect(await line.locator('td').nth(1).innerText()).toMatch(new RegExp(`^${viDate(todayInVietnam())} \\d{2}:\\d{2}$`));
    expect(await section.locator('[data-count="late"]').textContent()).toBe('1');
    const expected = await apiGet<TimelinessResponse>(page, `/api/v1/timeliness?unitId=${vanLamId}&year=${YEAR}`);
    const period = expected.periods.find((entry) => entry.period.title === PERIOD_TITLE)!;
    expect([period.late, period.missing, period.onTime]).toEqual([1, period.expected - 1, 0]);
    // What needs action first: the missing communes, then the late one.
    expect(await section.locator('tbody tr').first().locator('[data-timeliness]').textContent()).toBe('Chưa nộp');
    await saveScreenshot(page, 'r06-timeliness-late');

    // The home's panel says the same.
    await page.goto(`${baseUrl}/?framework=PAPI&year=2024&planYear=${YEAR}`);
    const panel = page.getByTestId('timeliness-panel');
    await panel.getByRole('heading', { level: 2, name: `Tiến độ báo cáo năm ${YEAR}` }).waitFor();
    const homeLine = panel.getByTestId('timeliness-line').filter({ hasText: PERIOD_TITLE });
    await homeLine.waitFor();
    const percent = Math.round((1 / period.expected) * 100);
    expect(await homeLine.getByTestId('completeness').innerText()).toContain(`${percent}% đã nộp`);
    expect(await homeLine.getByTestId('timeliness-line-counts').innerText()).toBe(`Trễ hạn: 1 · Chưa nộp: ${period.expected - 1}`);
    expect(await homeLine.innerText()).toContain(`Trễ hạn ${NHU_QUYNH}`);
    await page.getByTestId('ranking-table').locator('tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'r07-district-home-panels');

    // The report, opened from the timeliness table, returned with a comment.
    await panel.getByRole('link', { name: 'Mở trang Báo cáo' }).click();
    await page.waitForURL(new RegExp(`/bao-cao\\?year=${YEAR}$`));
    await rowOf(periodSection(page), NHU_QUYNH).getByRole('link', { name: `Xem báo cáo của ${NHU_QUYNH}` }).click();
    await page.waitForURL((url) => url.pathname === reportUrl);
    const review = page.getByTestId('report-review');
    await review.waitFor();
    expect(await page.getByTestId('report-form').count()).toBe(0);
    await review.getByRole('button', { name: 'Trả lại' }).click();
    await review.getByText('Nêu lý do trả lại để xã sửa.').waitFor();
    await review.getByLabel('Ý kiến của Phòng Nội vụ').fill(RETURN_COMMENT);
    await saveScreenshot(page, 'r08-report-review');
    await review.getByRole('button', { name: 'Trả lại' }).click();
    await page.getByTestId('report-note').getByText('Đã trả lại báo cáo cho xã.').waitFor();
    expect(await page.getByTestId('report-status').innerText()).toBe('Bị trả lại');
    expect(await page.getByTestId('report-returned').innerText()).toContain(RETURN_COMMENT);
    expect(await page.getByTestId('report-review').count()).toBe(0);
    await signOut(page);
  });

  it('lets the commune correct and resubmit the returned report, opened from its notification; the district approves it', async () => {
    await signInAs(COMMUNE_OFFICER.email, '/');
    // The commune's home offers the Word draft of a remediation plan for the results shown.
    await page.getByTestId('commune-standing').getByTestId('standing-rank').waitFor();
    const [plan] = await Promise.all([page.waitForEvent('download'), page.getByTestId('remediation-plan').click()]);
    expect(plan.suggestedFilename()).toMatch(/^ke-hoach-khac-phuc-papi-.*\.docx$/);
    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => bell.getByTestId('notification-count').count()).toBe(1);
    await bell.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ }).click();
    const notice = bell.getByTestId('notification-item').filter({ hasText: `Báo cáo "${PERIOD_TITLE}" bị trả lại` });
    await notice.waitFor();
    expect(await notice.innerText()).toContain(RETURN_COMMENT);
    await saveScreenshot(page, 'r09-notifications');
    await notice.click();
    await page.waitForURL((url) => url.pathname === reportUrl);
    await page.getByTestId('report-returned').getByText(RETURN_COMMENT).waitFor();

    const second = page.getByTestId('report-item').nth(1);
    await second.getByLabel('Kết quả đạt được').fill('Đã tổ chức 1 buổi đối thoại; biên bản kèm theo.');
    await second.getByLabel('Liên kết minh chứng').fill('https://nhuquynh.vanlam.hungyen.gov.vn/doi-thoai-2024');
    await second.getByRole('button', { name: 'Thêm liên kết' }).click();
    await page.getByRole('button', { name: 'Nộp lại báo cáo' }).click();
    await page.getByTestId('report-actions').getByRole('button', { name: 'Nộp lại báo cáo' }).click();
    await page.getByTestId('report-note').getByText('Đã nộp báo cáo cho Phòng Nội vụ.').waitFor();
    expect(await page.getByTestId('report-status').innerText()).toBe('Đã nộp, chờ duyệt');
    // The first submission decides: still late.
    expect(await page.getByTestId('report-timeliness').innerText()).toBe('Trễ hạn');
    const history = page.getByTestId('report-history');
    expect((await history.locator('tbody tr').allInnerTexts()).map((text) => text.split('\t')[1])).toEqual(['Nộp báo cáo', 'Trả lại', 'Nộp báo cáo']);
    expect(await rowOf(history, 'Trả lại').innerText()).toContain(RETURN_COMMENT);
    await saveScreenshot(page, 'r10-report-resubmitted');
    await signOut(page);

    await signInAs(DISTRICT_OFFICER.email, reportUrl);
    const review = page.getByTestId('report-review');
    await review.getByRole('button', { name: 'Duyệt báo cáo' }).click();
    await page.getByTestId('report-note').getByText('Đã duyệt báo cáo.').waitFor();
    expect(await page.getByTestId('report-status').innerText()).toBe('Đã duyệt');
    expect(await page.getByTestId('report-timeliness').innerText()).toBe('Trễ hạn');
  });

  it('lets the district ask a commune to follow up from the alignment panel, see it listed and export it', async () => {
    await page.goto(`${baseUrl}/?framework=PAPI&year=2024&planYear=2025`);
    const panel = page.getByTestId('alignment-panel');
    await panel.getByRole('heading', { level: 2, name: 'Đối chiếu kế hoạch – kết quả năm 2025' }).waitFor();
    const table = panel.getByTestId('alignment-table');
    const row = table
      .locator(`tbody tr[data-unit-id="${nhuQuynhId}"]`)
      .filter({ has: page.getByRole('button', { name: /^Tạo yêu cầu theo dõi cho Thị trấn Như Quỳnh/ }) })
      .first();
    await row.waitFor();
    const cell = row.locator('td').first();
    const reason = (await cell.innerText()).replace(await cell.locator('.badge').innerText(), '').trim();
    await row.getByRole('button', { name: /^Tạo yêu cầu theo dõi/ }).click();

    const dialog = page.getByTestId('follow-up-dialog');
    await dialog.getByRole('heading', { name: 'Tạo yêu cầu theo dõi' }).waitFor();
    expect(await dialog.innerText()).toContain(NHU_QUYNH);
    // Due in 15 days unless the district says otherwise; the request is drafted from the reason.
    expect(await dialog.getByLabel('Hạn trả lời').inputValue()).toBe(viDate(addDays(todayInVietnam(), 15)));
    const drafted = await dialog.getByLabel('Nội dung yêu cầu').inputValue();
    expect(drafted.length).toBeGreaterThan(10);
    followUpAction = `${drafted} (Mã kiểm thử ${RUN})`;
    await dialog.getByLabel('Nội dung yêu cầu').fill(followUpAction);
    await saveScreenshot(page, 'r11-follow-up-dialog');
    await dialog.getByRole('button', { name: 'Tạo yêu cầu' }).click();
    await panel.getByTestId('follow-up-created').getByText(`Đã tạo yêu cầu theo dõi cho ${NHU_QUYNH}.`).waitFor();
    expect(await dialog.count()).toBe(0);
    // The same issue now shows as requested.
    await table.locator(`tbody tr[data-unit-id="${nhuQuynhId}"]`).getByRole('link', { name: `Đã có yêu cầu theo dõi cho ${NHU_QUYNH}` }).first().waitFor();

    await panel.getByTestId('follow-up-created').getByRole('link', { name: 'Xem danh sách theo dõi' }).click();
    await heading(page).getByText('Theo dõi', { exact: true }).waitFor();
    const line = rowOf(page.getByTestId('follow-up-table'), `Mã kiểm thử ${RUN}`);
    await line.waitFor();
    expect(await line.getByTestId('follow-up-status').innerText()).toBe('Đang mở');
    expect(await line.locator('th').innerText()).toContain(NHU_QUYNH);
    expect(await line.locator('.follow-up-reason').innerText()).toBe(reason);
    await page.getByLabel('Trạng thái').selectOption('open');
    await page.waitForURL(/status=open/);
    await line.waitFor();
    await saveScreenshot(page, 'r12-follow-up-district');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const sheets = await readDownloadedWorkbook(download);
    const rows = [...sheets.values()][0]!;
    expect(rows.some((cells) => cells.includes(followUpAction))).toBe(true);
    await signOut(page);
  });

  it('lets the commune answer the request, and the district close it', async () => {
    await signInAs(COMMUNE_OFFICER.email, '/theo-doi');
    const line = rowOf(page.getByTestId('follow-up-table'), `Mã kiểm thử ${RUN}`);
    await line.waitFor();
    expect(await line.getByTestId('follow-up-status').innerText()).toBe('Đang mở');
    // The commune officer answers; closing is the district's.
    expect(await line.getByRole('button', { name: /^Đóng/ }).count()).toBe(0);
    await line.getByRole('button', { name: `Trả lời yêu cầu gửi ${NHU_QUYNH}` }).click();
    const form = page.getByTestId('follow-up-answer');
    await form.getByRole('button', { name: 'Gửi trả lời' }).click();
    await form.getByText('Nhập nội dung trả lời.').waitFor();
    await form.getByLabel('Nội dung trả lời').fill('Đơn vị đã bổ sung nhiệm vụ vào kế hoạch (e2e).');
    await saveScreenshot(page, 'r13-follow-up-answer');
    await form.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByTestId('follow-up-note').getByText('Đã gửi trả lời cho Phòng Nội vụ.').waitFor();
    expect(await line.getByTestId('follow-up-status').innerText()).toBe('Đã trả lời');
    expect(await line.innerText()).toContain('Đơn vị đã bổ sung nhiệm vụ vào kế hoạch (e2e).');
    // The district's request arrived as a notification too.
    const bell = page.getByTestId('notification-bell');
    await bell.getByRole('button', { name: /^Thông báo/ }).click();
    await bell.getByTestId('notification-item').filter({ hasText: 'Yêu cầu theo dõi' }).first().waitFor();
    await page.keyboard.press('Escape');
    await signOut(page);

    await signInAs(DISTRICT_OFFICER.email, '/theo-doi');
    const districtLine = rowOf(page.getByTestId('follow-up-table'), `Mã kiểm thử ${RUN}`);
    await districtLine.waitFor();
    expect(await districtLine.getByTestId('follow-up-status').innerText()).toBe('Đã trả lời');
    await districtLine.getByRole('button', { name: `Đóng yêu cầu của ${NHU_QUYNH}` }).click();
    await page.getByTestId('follow-up-note').getByText(`Đã đóng yêu cầu của ${NHU_QUYNH}.`).waitFor();
    expect(await districtLine.getByTestId('follow-up-status').innerText()).toBe('Đã đóng');
    await saveScreenshot(page, 'r14-follow-up-closed');

    // The same list in English.
    await page.getByRole('button', { name: 'English' }).click();
    try {
      await heading(page).getByText('Follow-up', { exact: true }).waitFor();
      expect(await districtLine.getByTestId('follow-up-status').innerText()).toBe('Closed');
      expect(await page.getByRole('link', { name: 'Reports', exact: true }).count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Follow-up', exact: true }).count()).toBe(1);
    } finally {
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    }
    await heading(page).getByText('Theo dõi', { exact: true }).waitFor();
    await signOut(page);
  });
});
