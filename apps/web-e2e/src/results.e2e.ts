import type { RankingResponse, SessionInfo } from '@govindex/contracts';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { saveScreenshot, watchPageForSuite, type WatchedPage } from './support/browser.js';
import { COMMUNE_OFFICER, DEMO_PASSWORD, DISTRICT_OFFICER, PROVINCE_OFFICER } from './support/demo-accounts.js';
import { signInTo, signOut } from './support/session.js';
import { readDownloadedText, readDownloadedWorkbook } from './support/spreadsheet.js';

const baseUrl = inject('webBaseUrl');

/** Whole numbers as the dashboard writes them in Vietnamese: 1.234. */
const vi = (value: number) => new Intl.NumberFormat('vi-VN').format(value);
/** Scores as the dashboard writes them in Vietnamese: two decimals, 40,62. */
const viScore = (value: number) => new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

const HUNG_YEN_CODE = '33';
/** A unique source key per run: the import must be new every time the suite runs. */
const SOURCE_KEY = `e2e | PAR_INDEX | commune | Văn Lâm | ${Date.now()}`;
const NEW_VERSION_LABEL = 'PAR INDEX cấp xã Hưng Yên 2060– (e2e)';

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });
const rankingTable = (page: Page) => page.getByTestId('ranking-table');
const rankingRow = (page: Page, code: string) => rankingTable(page).locator(`tbody tr[data-unit-code="${code}"]`);

/**
 * Asks the API directly, with the page's session cookie, for the figures the page must show. Waits for
 * the page's own requests first, so the test never adds load to what it checks.
 */
async function apiJson<T>(page: Page, path: string): Promise<T> {
  await page.waitForLoadState('networkidle');
  const response = await page.request.get(`${baseUrl}${path}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

describe('results: rankings, Excel export, import and the index catalog', () => {
  let watched: WatchedPage;
  let page: Page;
  /** A commune of Huyện Văn Lâm, read from the import template. */
  let communeCode = '';

  const watchedPage = watchPageForSuite();
  beforeAll(() => {
    watched = watchedPage();
    page = watched.page;
  });

  it('ranks the provinces in PAPI 2024 for a commune officer, Hưng Yên exactly as the API has it', async () => {
    await signInTo(page, baseUrl, COMMUNE_OFFICER.email, DEMO_PASSWORD, '/ket-qua?framework=PAPI&level=province&year=2024&indicator=TOTAL');
    const links = await mainNav(page).getByRole('link').allInnerTexts();
    expect(links).toEqual(expect.arrayContaining(['Đơn vị hành chính', 'Kết quả', 'Bộ chỉ số']));
    expect(links).not.toContain('Người dùng');

    const expected = await apiJson<RankingResponse>(page, '/api/v1/results/ranking?framework=PAPI&level=province&year=2024&indicator=TOTAL');
    const hungYen = expected.items.find((item) => item.unit.code === HUNG_YEN_CODE)!;
    expect(hungYen.unit.fullName).toBe('Tỉnh Hưng Yên');

    await page.getByRole('heading', { level: 1, name: 'Kết quả và xếp hạng' }).waitFor();
    const row = rankingRow(page, HUNG_YEN_CODE);
    await row.waitFor();
    expect(await row.locator('.ranking-table__rank-value').textContent()).toBe(vi(hungYen.rank));
    expect(await row.locator('.ranking-table__value').textContent()).toBe(viScore(hungYen.value));
    expect(await row.locator('.ranking-table__unit > span').first().textContent()).toBe('Tỉnh Hưng Yên');
    // The commune officer's own province is marked.
    expect(await row.getAttribute('aria-current')).toBe('true');
    expect(await row.getByText('Đơn vị của bạn').isVisible()).toBe(true);
    // The rank change as the API computes it: an arrow and the number of places.
    const change = await row.locator('.ranking-table__change [aria-hidden="true"]').textContent();
    if (hungYen.rankChange === null) expect(change).toBe('–');
    else if (hungYen.rankChange > 0) expect(change).toBe(`▲${vi(hungYen.rankChange)}`);
    else if (hungYen.rankChange < 0) expect(change).toBe(`▼${vi(-hungYen.rankChange)}`);
    else expect(change).toBe('=');

    expect(await rankingTable(page).locator('tbody tr').count()).toBe(expected.items.length);
    expect(await page.getByTestId('ranking-count').textContent()).toBe(`${expected.items.length} đơn vị`);
    const headers = await rankingTable(page).locator('thead th').allInnerTexts();
    expect(headers.map((text) => text.replace(/[↕▲▼*]/g, '').trim())).toEqual(['Hạng', 'Đơn vị', 'Điểm', 'Thay đổi hạng', 'Nhóm', 'Xếp loại']);
    expect(await rankingTable(page).locator('tbody tr').first().locator('.ranking-table__rank-value').textContent()).toBe('1');

    // The bar chart is drawn (SVG), with Hưng Yên among its labels; real data carries no simulation badge.
    const chart = page.getByTestId('ranking-chart');
    await chart.locator('svg').first().waitFor();
    await chart.locator('svg text', { hasText: 'Tỉnh Hưng Yên' }).first().waitFor();
    expect(await page.getByTestId('simulated-badge').count()).toBe(0);
    // 2024 and 2023 share PAPI's version: no warning about the scale.
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('scale-note').count()).toBe(0);
    await expect.poll(() => page.title()).toBe('Xếp hạng PAPI 2024 — cấp tỉnh — Chỉ số PAPI tổng hợp — Cả nước — GovIndex');
    await saveScreenshot(page, '22-ranking-papi-2024');
  });

  it('filters units typed without diacritics and sorts by score', async () => {
    await page.getByLabel('Lọc đơn vị').fill('hung yen');
    await expect.poll(() => rankingTable(page).locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('ranking-count').textContent()).toMatch(/^1\/\d+ đơn vị$/);
    await page.getByLabel('Lọc đơn vị').fill('');
    await expect.poll(() => rankingTable(page).locator('tbody tr').count()).toBeGreaterThan(50);

    const scoreColumn = rankingTable(page).locator('thead th', { hasText: 'Điểm' });
    await scoreColumn.getByRole('button').click();
    expect(await scoreColumn.getAttribute('aria-sort')).toBe('descending');
    await scoreColumn.getByRole('button').click();
    expect(await scoreColumn.getAttribute('aria-sort')).toBe('ascending');
    const ranks = (await rankingTable(page).locator('tbody .ranking-table__rank').allInnerTexts()).map((text) => Number(text.split(' ')[0]));
    // Lowest score first: ranks run from the last one down.
    expect(ranks[0]).toBe(Math.max(...ranks));
    const rankColumn = rankingTable(page).locator('thead th', { hasText: 'Hạng' }).first();
    await rankColumn.getByRole('button').click();
    expect(await rankColumn.getAttribute('aria-sort')).toBe('ascending');
  });

  it('exports the ranking to a real .xlsx file', async () => {
    const expected = await apiJson<RankingResponse>(page, '/api/v1/results/ranking?framework=PAPI&level=province&year=2024&indicator=TOTAL');
    const hungYen = expected.items.find((item) => item.unit.code === HUNG_YEN_CODE)!;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('xep-hang-papi-province-2024-total.xlsx');
    const sheets = await readDownloadedWorkbook(download);
    expect([...sheets.keys()]).toEqual(['Xếp hạng', 'Thông tin']);
    const rows = sheets.get('Xếp hạng')!;
    expect(rows[0]).toEqual(['Hạng', 'Hạng công bố', 'Mã đơn vị', 'Đơn vị', 'Điểm', 'Hạng năm trước', 'Thay đổi hạng', 'Nhóm', 'Xếp loại', 'Dữ liệu mô phỏng']);
    expect(rows).toHaveLength(expected.items.length + 1);
    const line = rows.find((cells) => cells[2] === HUNG_YEN_CODE)!;
    expect(line[0]).toBe(hungYen.rank);
    expect(line[1] ?? null).toBe(hungYen.publishedRank);
    expect(line.slice(2, 5)).toEqual([HUNG_YEN_CODE, 'Tỉnh Hưng Yên', hungYen.value]);
    expect(line[5] ?? null).toBe(hungYen.previousRank);
    expect(line[6] ?? null).toBe(hungYen.rankChange);
    expect(sheets.get('Thông tin')!.find((cells) => cells[0] === 'Phiên bản')?.[1]).toBe(expected.versionLabel);
  });

  it('warns that ranks compare unlike scales when the version changed (PAPI 2018 against 2017)', async () => {
    const [ranking2018, ranking2017] = await Promise.all([
      apiJson<RankingResponse>(page, '/api/v1/results/ranking?framework=PAPI&level=province&year=2018'),
      apiJson<RankingResponse>(page, '/api/v1/results/ranking?framework=PAPI&level=province&year=2017'),
    ]);
    expect(ranking2018.versionLabel).not.toBe(ranking2017.versionLabel);
    await page.getByLabel('Năm', { exact: true }).selectOption('2018');
    await page.waitForURL(/year=2018/);
    const note = page.getByTestId('scale-note');
    await note.waitFor();
    expect(await note.textContent()).toBe('* Thang điểm đổi từ năm nay: so sánh thứ hạng với năm trước chỉ mang tính tham khảo');
    expect(await rankingTable(page).locator('thead th', { hasText: 'Thay đổi hạng' }).getAttribute('aria-describedby')).toBe(
      await note.getAttribute('id'),
    );
    await saveScreenshot(page, '23-ranking-papi-2018-scale-changed');

    // The same page in English: words switch, scores take a decimal point.
    await page.getByRole('button', { name: 'English' }).click();
    try {
      await page.getByRole('heading', { level: 1, name: 'Results and rankings' }).waitFor();
      expect(await note.textContent()).toBe('* The scale changed this year: comparing ranks with the year before is indicative only');
      expect(await rankingRow(page, HUNG_YEN_CODE).locator('.ranking-table__value').textContent()).toMatch(/^\d+\.\d{2}$/);
      expect(await page.getByRole('button', { name: 'Export to Excel' }).isVisible()).toBe(true);
      await saveScreenshot(page, '23b-ranking-english');
    } finally {
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    }
    await page.getByRole('heading', { level: 1, name: 'Kết quả và xếp hạng' }).waitFor();
  });

  it('does not offer the import page to a commune officer', async () => {
    expect(await page.getByRole('link', { name: 'Nhập kết quả' }).count()).toBe(0);
    await page.goto(`${baseUrl}/ket-qua/nhap`);
    await page.getByRole('heading', { level: 1, name: 'Bạn không có quyền xem trang này' }).waitFor();
    expect(await page.locator('form').count()).toBe(0);
    await saveScreenshot(page, '24-import-not-for-commune-officer');
    await signOut(page);
  });

  it('shows the district officer the simulated commune ranking of Văn Lâm, flagged', async () => {
    await signInTo(page, baseUrl, DISTRICT_OFFICER.email, DEMO_PASSWORD, '/ket-qua?framework=PAPI&level=commune&year=2024');
    const session = await apiJson<SessionInfo>(page, '/api/v1/auth/session');
    const expected = await apiJson<RankingResponse>(
      page,
      `/api/v1/results/ranking?framework=PAPI&level=commune&year=2024&indicator=TOTAL&parentId=${session.user.unitId}`,
    );
    expect(expected.items).toHaveLength(11);

    const badge = page.getByTestId('simulated-badge');
    await badge.waitFor();
    expect(await badge.textContent()).toBe('Dữ liệu mô phỏng');
    // By default a district officer compares the communes of the own district.
    await expect.poll(() => page.getByTestId('chosen-unit').innerText()).toMatch(/^Huyện Văn Lâm\n/);
    await expect.poll(() => rankingTable(page).locator('tbody tr').count()).toBe(11);
    expect(await rankingTable(page).locator('tbody .badge--simulated').count()).toBe(11);
    const first = expected.items[0]!;
    const firstRow = rankingRow(page, first.unit.code);
    expect(await firstRow.locator('.ranking-table__rank-value').textContent()).toBe('1');
    expect(await firstRow.locator('.ranking-table__value').textContent()).toBe(viScore(first.value));
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toContain('Huyện Văn Lâm');
    await page.getByTestId('ranking-chart').locator('svg').first().waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, '25-ranking-van-lam-communes-simulated');
  });

  it('imports a valid CSV for a commune of Văn Lâm, starting from the downloaded template', async () => {
    await page.getByRole('link', { name: 'Nhập kết quả' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhập kết quả công bố' }).waitFor();
    await page.getByLabel('Bộ chỉ số').selectOption('PAR_INDEX');
    await page.getByLabel('Cấp đánh giá').selectOption('commune');
    await page.getByLabel('Năm của tệp mẫu').selectOption('2024');

    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải tệp mẫu (CSV)' }).click()]);
    expect(template.suggestedFilename()).toBe('mau-ket-qua-par_index-commune-2024.csv');
    const [header, firstLine] = (await readDownloadedText(template)).split(/\r?\n/);
    expect(header).toBe('ma_don_vi,ten_don_vi,nam,D1,D2,D3,D4,D5,D6,xep_hang,xep_loai');
    communeCode = firstLine!.split(',')[0]!;
    expect(communeCode).toMatch(/^\d{5}$/);

    await page.getByLabel('Cơ quan công bố').fill('UBND huyện Văn Lâm (e2e)');
    await page.getByLabel('Số quyết định').fill('15/QĐ-UBND');
    await page.getByLabel('Ngày quyết định').fill('15/04/2025');
    await page.getByLabel('Mã nguồn (không bắt buộc)').fill(SOURCE_KEY);
    const csv = ['ma_don_vi,nam,D1,D2,D3,D4,D5,D6', `${communeCode},2024,8,9,"22,5",17,8,21`].join('\n');
    await page.getByLabel('Tệp kết quả').setInputFiles({ name: 'par-van-lam-2024.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await saveScreenshot(page, '26-import-form');
    await page.getByRole('button', { name: 'Nhập kết quả' }).click();

    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.getByRole('heading', { level: 2 }).textContent()).toBe('Đã nhập kết quả.');
    expect(await report.getByTestId('report-rows').textContent()).toBe('1');
    // Six dimensions given, the total computed from them.
    expect(await report.getByTestId('report-values').textContent()).toBe('7');
    expect(await report.getByTestId('report-computed').textContent()).toBe('1');
    expect(await report.locator('code').textContent()).toBe(SOURCE_KEY);
    await saveScreenshot(page, '27-import-report');
  });

  it('lists every problem of a malformed CSV with its row and column, and exports the list', async () => {
    const csv = ['ma_don_vi,nam,D1,D2,D3,D4,D5,D6', `${communeCode},2024,12,9,22,17,8,21`, `${communeCode},hai nghìn,1,1,1,1,1,1`].join('\n');
    await page.getByLabel('Mã nguồn (không bắt buộc)').fill(`${SOURCE_KEY} | lỗi`);
    await page.getByLabel('Tệp kết quả').setInputFiles({ name: 'par-van-lam-loi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Nhập kết quả' }).click();

    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    // The refusal is the API's 422, which the browser reports itself: that line is expected here, nothing else.
    expect(watched.problems).toHaveLength(1);
    expect(watched.problems[0]).toMatch(/422/);
    watched.problems.length = 0;
    expect(await problems.getByTestId('import-problems-summary').textContent()).toMatch(/^Tệp có \d+ lỗi; chưa ghi gì vào cơ sở dữ liệu\./);
    const table = page.getByTestId('import-problems-table');
    expect((await table.locator('thead th').allInnerTexts()).map((text) => text.trim())).toEqual(['Tệp', 'Dòng', 'Cột', 'Lỗi']);
    const lines = await table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? '')),
    );
    expect(lines).toContainEqual(['par-van-lam-loi.csv', '2', 'D1', expect.stringContaining('10')]);
    expect(lines.some(([file, row, column]) => file === 'par-van-lam-loi.csv' && row === '3' && column === 'nam')).toBe(true);
    await saveScreenshot(page, '28-import-problems');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      problems.getByRole('button', { name: 'Tải danh sách lỗi (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('loi-par-van-lam-loi.xlsx');
    const rows = (await readDownloadedWorkbook(download)).get('Lỗi')!;
    expect(rows[0]).toEqual(['Tệp', 'Dòng', 'Cột', 'Lỗi']);
    expect(rows).toHaveLength(lines.length + 1);
    expect(rows).toContainEqual(['par-van-lam-loi.csv', 2, 'D1', expect.stringContaining('10')]);
  });

  it('shows how far the upload of a large file has gone', async () => {
    // A slow line (256 kB/s up): a 1 MB file takes a few seconds, long enough to watch the bar move.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 256 * 1024 });
    try {
      // Not text at all: the API refuses it with one problem, after the whole file has arrived.
      await page.getByLabel('Tệp kết quả').setInputFiles({ name: 'khong-phai-csv.csv', mimeType: 'text/csv', buffer: Buffer.alloc(1024 * 1024, 0xff) });
      await page.getByRole('button', { name: 'Nhập kết quả' }).click();
      const progress = page.getByTestId('upload-progress');
      await progress.waitFor();
      await expect.poll(() => progress.locator('label').textContent()).toMatch(/^Đang tải lên: ([1-9]\d?)%$/);
      const value = Number(await progress.locator('progress').getAttribute('value'));
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThan(100);
      expect(await page.getByRole('button', { name: 'Đang gửi…' }).isDisabled()).toBe(true);
      await saveScreenshot(page, '29-import-upload-progress');
      await page.getByTestId('import-problems').waitFor({ timeout: 30_000 });
    } finally {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await cdp.detach();
    }
    expect(await page.getByTestId('import-problems-table').locator('tbody tr').count()).toBe(1);
    expect(watched.problems).toHaveLength(1);
    expect(watched.problems[0]).toMatch(/422/);
    watched.problems.length = 0;

    // Back to the ranking of what the form names: PAR INDEX, communes, 2024, the imported commune among them.
    await page.getByRole('link', { name: 'Về trang xếp hạng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kết quả và xếp hạng' }).waitFor();
    expect(new URL(page.url()).search).toBe('?framework=PAR_INDEX&level=commune&year=2024&indicator=TOTAL');
    await rankingRow(page, communeCode).waitFor();
    await page.waitForLoadState('networkidle');
    await signOut(page);
  });

  it('lets the province officer create a commune-level PAR version from 2060 in the editor', async () => {
    await signInTo(page, baseUrl, PROVINCE_OFFICER.email, DEMO_PASSWORD, '/bo-chi-so');
    await page.getByRole('heading', { level: 1, name: 'Bộ chỉ số' }).waitFor();
    expect(await mainNav(page).getByRole('link', { name: 'Bộ chỉ số' }).getAttribute('aria-current')).toBe('page');
    const par = page.locator('article[data-framework="PAR_INDEX"]');
    await par.waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, '30-catalog');

    const national = par.locator('tbody tr', { hasText: 'cấp xã' }).first();
    const nationalLabel = (await national.locator('th').textContent())!;
    expect(await national.locator('td').nth(2).textContent()).toBe('Quốc gia');
    await national.getByRole('button', { name: `Xem phiên bản ${nationalLabel}` }).click();
    const detail = page.getByTestId('version-detail');
    await detail.getByRole('heading', { level: 2, name: nationalLabel }).waitFor();
    const tree = detail.getByTestId('indicator-tree');
    expect(await tree.locator('tbody tr').count()).toBe(7);
    expect(await tree.locator('tbody tr').first().locator('td').nth(1).textContent()).toBe('0–100');
    expect(await tree.locator('tbody tr').first().locator('td').nth(2).textContent()).toBe('cộng');
    expect(await detail.getByTestId('grade-table').locator('tbody tr').count()).toBeGreaterThan(0);
    await saveScreenshot(page, '31-catalog-par-commune');

    await detail.getByRole('link', { name: 'Tạo phiên bản cấp xã của tỉnh' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tạo phiên bản cấp xã của tỉnh' }).waitFor();
    await page.getByLabel('Tên phiên bản').fill(NEW_VERSION_LABEL);
    await page.getByLabel('Năm đầu áp dụng').fill('2060');
    await page.getByRole('button', { name: 'Thêm chỉ số con của TOTAL' }).click();
    const newRow = page.getByTestId('tree-editor').locator('tbody tr[data-code="D7"]');
    await newRow.waitFor();
    // Seven dimensions of 0–10 … 0–25 now add up to 110.
    expect(await page.getByLabel('TOTAL — Tối thiểu–tối đa').textContent()).toBe('0–110');

    // Saved without names: the API refuses, and each problem shows by the field it names.
    await page.getByRole('button', { name: 'Lưu phiên bản' }).click();
    const problems = page.getByTestId('version-problems');
    await problems.waitFor();
    expect(await problems.locator('li').allInnerTexts()).toEqual([
      'D7 — tên tiếng Việt: Không được để trống.',
      'D7 — tên tiếng Anh: Không được để trống.',
    ]);
    const nameVi = page.getByLabel('D7 — Tên tiếng Việt');
    expect(await nameVi.getAttribute('aria-invalid')).toBe('true');
    expect(await newRow.locator('.field-error').allInnerTexts()).toEqual(['Không được để trống.', 'Không được để trống.']);
    // The refusal is the API's 422, which the browser reports itself: that line is expected here.
    expect(watched.problems).toHaveLength(1);
    expect(watched.problems[0]).toMatch(/422/);
    watched.problems.length = 0;
    await saveScreenshot(page, '32-version-editor-problems');

    await nameVi.fill('Chuyển đổi số cấp xã (e2e)');
    await page.getByLabel('D7 — Tên tiếng Anh').fill('Commune digital transformation (e2e)');
    expect(await newRow.locator('.field-error').count()).toBe(0);
    await page.getByRole('button', { name: 'Lưu phiên bản' }).click();

    await page.waitForURL(/\/bo-chi-so\?version=\d+$/);
    await page.getByRole('status').getByText(`Đã tạo phiên bản “${NEW_VERSION_LABEL}”.`).waitFor();
    const created = par.locator('tbody tr', { hasText: NEW_VERSION_LABEL });
    await created.waitFor();
    await expect.poll(() => created.locator('td').allInnerTexts()).toEqual(['2060–nay', 'Cấp xã', 'Tỉnh Hưng Yên', 'Xem']);
    await detail.getByRole('heading', { level: 2, name: NEW_VERSION_LABEL }).waitFor();
    expect(await detail.getByTestId('indicator-tree').locator('tbody tr').count()).toBe(8);
    expect(await detail.getByTestId('indicator-tree').locator('tbody tr').last().innerText()).toContain('Chuyển đổi số cấp xã (e2e)');
    // Its own version is edited, not copied again.
    await detail.getByRole('link', { name: 'Sửa phiên bản cấp xã của tỉnh' }).waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, '33-catalog-province-version-created');
    await signOut(page);
  });
});
