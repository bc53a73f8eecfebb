import type {
  DistributionResponse,
  LaggingReason,
  LaggingResponse,
  RankingResponse,
  SessionInfo,
  UnitDetail,
  UnitListResponse,
  UnitScorecard,
} from '@govindex/contracts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { saveScreenshot, watchPageForSuite, type WatchedPage } from './support/browser.js';
import { COMMUNE_OFFICER, DEMO_PASSWORD, DISTRICT_OFFICER, PROVINCE_OFFICER } from './support/demo-accounts.js';
import { SCREENSHOT_DIR } from './support/paths.js';
import { signInTo, signOut } from './support/session.js';

const baseUrl = inject('webBaseUrl');

/** The map the results are published on: the last day before the 2025 reform. */
const AS_OF = '2025-06-30';

/** A score as the dashboard writes it in Vietnamese: two decimals after a comma (44,40). */
const score = (value: number) => value.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The Vietnamese sentence the dashboard gives for each reason a commune lags (the kinds the data has). */
function laggingSentence(reason: LaggingReason): string {
  switch (reason.kind) {
    case 'bottom_quartile':
      return `Nhóm thấp nhất (hạng ${reason.rank}/${reason.of})`;
    case 'rank_drop':
      return `Tụt ${reason.to - reason.from} bậc (từ ${reason.from} xuống ${reason.to})`;
    case 'weak_on_many_dimensions':
      return `Yếu ở ${reason.count} lĩnh vực`;
    case 'plan_late':
      return `Nộp kế hoạch chậm ${reason.days} ngày làm việc`;
    case 'plan_missing':
      return `Chưa có kế hoạch năm ${reason.year}`;
    case 'reports_late':
      return `Chậm ${reason.count} báo cáo`;
  }
}

const main = (page: Page) => page.locator('#main');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
/** The body rows of a table, each as its cells' texts. */
const tableRows = (table: Locator) => table.locator('tbody tr').evaluateAll((rows) =>
  rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())),
);

async function apiGet<T>(page: Page, url: string): Promise<T> {
  const answer = await page.request.get(`${baseUrl}${url}`);
  expect(answer.status(), url).toBe(200);
  return (await answer.json()) as T;
}

describe('homes: "Tổng quan" by role, and the printable scorecard', () => {
  let watched: WatchedPage;
  let page: Page;

  const watchedPage = watchPageForSuite();
  beforeAll(() => {
    watched = watchedPage();
    page = watched.page;
  });

  /**
   * Waits until every section of a home has drawn, so that the figures the test then asks the API for
   * are compared with a finished page, not one still loading.
   */
  async function waitForHome(view: 'province' | 'district' | 'commune'): Promise<void> {
    if (view === 'province') {
      await page.getByTestId('country-median').waitFor();
      await page.getByTestId('province-trend').locator('svg text', { hasText: 'Trung vị cả nước' }).first().waitFor();
      await expect.poll(() => page.getByTestId('version-notes').locator('li').first().innerText()).toMatch(/^Từ 2018/);
      await page.getByTestId('district-trends').locator('svg text', { hasText: 'Huyện Văn Lâm' }).first().waitFor();
      await page.getByTestId('distribution-table').locator('tbody tr').first().waitFor();
      await page.getByTestId('commune-distribution').locator('svg text', { hasText: 'Trung vị toàn tỉnh' }).waitFor();
    } else if (view === 'district') {
      await page.getByTestId('ranking-table').locator('tbody tr').first().waitFor();
      await page.getByTestId('district-heatmap').locator('svg').first().waitFor();
      await page.getByTestId('lagging-table').locator('tbody tr').first().waitFor();
      await page.getByTestId('weak-dimensions-table').locator('tbody tr').first().waitFor();
    } else {
      await page.getByTestId('commune-standing').getByTestId('standing-rank').waitFor();
      await page.getByTestId('dimensions-radar').locator('svg').waitFor();
      await page.getByTestId('weak-indicators').locator('tbody tr').first().waitFor();
      await page.getByTestId('commune-trend-table').locator('tbody tr').first().waitFor();
    }
  }

  /** Each officer starts signed out, whatever the test before left behind. */
  async function signInFresh(email: string): Promise<void> {
    await watched.context.clearCookies();
    await signInTo(page, baseUrl, email, DEMO_PASSWORD, '/');
  }

  it('shows the province officer Hưng Yên’s PAPI 2024 total and rank exactly as the published ranking has them', async () => {
    // No return address: the sign-in lands on the home.
    await signInFresh(PROVINCE_OFFICER.email);
    await heading(page).getByText('Tổng quan — Tỉnh Hưng Yên').waitFor();
    expect(await page.title()).toBe('Tổng quan — Tỉnh Hưng Yên — GovIndex');
    // PAPI and the latest year with results, once the years are known.
    expect(await page.getByLabel('Bộ chỉ số', { exact: true }).inputValue()).toBe('PAPI');
    await expect.poll(() => page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2024');
    await waitForHome('province');

    const ranking = await apiGet<RankingResponse>(page, '/api/v1/results/ranking?framework=PAPI&level=province&year=2024');
    const hungYen = ranking.items.find((item) => item.unit.code === '33')!;
    expect(hungYen.unit.fullName).toBe('Tỉnh Hưng Yên');
    const versus = page.getByTestId('versus-country');
    await versus.getByTestId('standing-total').waitFor();
    expect(await versus.getByTestId('standing-total').textContent()).toBe(score(hungYen.value));
    expect(await versus.getByTestId('standing-rank').textContent()).toBe(`${hungYen.rank}/${ranking.items.length}`);
    expect(await versus.getByTestId('standing-change').locator('.rank-change').getAttribute('data-change')).toBe(
      String(hungYen.rankChange),
    );
    expect(await versus.getByTestId('standing-group').textContent()).toBe(`Nhóm ${hungYen.group}`);
    // The national median of the year, from the published distribution of the provinces.
    const country = await apiGet<DistributionResponse>(page, '/api/v1/analytics/distribution?framework=PAPI&level=province&year=2024');
    await versus.getByTestId('country-median').waitFor();
    expect(await versus.getByTestId('country-median').textContent()).toContain(`Trung vị cả nước: ${score(country.groups[0]!.median)}`);

    // The trend over 2011–2024, broken and explained where PAPI changed versions.
    const trend = page.getByTestId('province-trend');
    await trend.locator('svg').first().waitFor();
    const notes = trend.getByTestId('version-notes').locator('li');
    // The notes say what changed once the catalog has described the new versions.
    await expect.poll(() => notes.first().innerText()).toMatch(/^Từ 2018: 8 lĩnh vực, tổng tối đa 80 — không so sánh trực tiếp với trước/);
    expect(await notes.nth(1).innerText()).toMatch(/^Từ 2021: 8 lĩnh vực, tổng tối đa 80/);
    expect(await trend.locator('svg text', { hasText: '2018: 8 lĩnh vực, tối đa 80' }).count()).toBe(1);
    expect(await trend.locator('svg text', { hasText: 'Trung vị cả nước' }).count()).toBeGreaterThan(0);
    await trend.getByText('Xem dạng bảng').click();
    const trendTable = trend.getByTestId('province-trend-table');
    const trendRows = await tableRows(trendTable);
    expect(trendRows.map((cells) => cells[0])).toEqual(Array.from({ length: 14 }, (_, index) => String(2024 - index)));
    expect(trendRows[0]!.slice(1, 3)).toEqual([score(hungYen.value), `${hungYen.rank}/${ranking.items.length}`]);

    // Its communes (simulated): one line per district, one box per district.
    const districtTrends = page.getByTestId('district-trends');
    await districtTrends.locator('svg text', { hasText: 'Huyện Văn Lâm' }).first().waitFor();
    expect(await districtTrends.getByTestId('simulated-badge').textContent()).toBe('Dữ liệu mô phỏng');
    const spread = await apiGet<DistributionResponse>(
      page,
      `/api/v1/analytics/distribution?framework=PAPI&level=commune&year=2024&parentId=${hungYen.unit.id}&groupBy=parent`,
    );
    const distribution = page.getByTestId('commune-distribution');
    const distributionTable = distribution.getByTestId('distribution-table');
    await distributionTable.locator('tbody tr').first().waitFor();
    const districtRows = await tableRows(distributionTable);
    expect(districtRows).toHaveLength(spread.groups.length);
    expect(districtRows.reduce((sum, cells) => sum + Number(cells[1]), 0)).toBe(139);
    const vanLam = spread.groups.find((group) => group.parent?.fullName === 'Huyện Văn Lâm')!;
    expect(districtRows.find((cells) => cells[0] === 'Huyện Văn Lâm')!.slice(1, 8)).toEqual([
      String(vanLam.count),
      score(vanLam.min),
      score(vanLam.q1),
      score(vanLam.median),
      score(vanLam.q3),
      score(vanLam.max),
      score(vanLam.mean),
    ]);
    // Sorted by median, highest first; a click on "Trung vị" turns it around.
    const medians = districtRows.map((cells) => Number(cells[4]!.replace(',', '.')));
    expect(medians).toEqual([...medians].sort((a, b) => b - a));
    const medianColumn = distributionTable.locator('thead th', { hasText: 'Trung vị' });
    expect(await medianColumn.getAttribute('aria-sort')).toBe('descending');
    await medianColumn.getByRole('button').click();
    expect(await medianColumn.getAttribute('aria-sort')).toBe('ascending');
    expect((await tableRows(distributionTable)).map((cells) => Number(cells[4]!.replace(',', '.')))).toEqual([...medians].reverse());
    expect(await distribution.locator('svg text', { hasText: 'Trung vị toàn tỉnh' }).count()).toBe(1);
    await saveScreenshot(page, 'h01-province-home');

    await page.getByRole('button', { name: 'English' }).click();
    try {
      await heading(page).getByText('Overview — Tỉnh Hưng Yên').waitFor();
      expect(await versus.getByTestId('standing-total').textContent()).toBe(
        hungYen.value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      );
      expect(await trend.getByTestId('version-notes').locator('li').first().innerText()).toMatch(
        /^From 2018: 8 dimensions, total out of 80 — not directly comparable with earlier years/,
      );
      expect(await districtTrends.getByTestId('simulated-badge').textContent()).toBe('Simulated data');
      await saveScreenshot(page, 'h02-province-home-english');
    } finally {
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    }
    await heading(page).getByText('Tổng quan — Tỉnh Hưng Yên').waitFor();
    await signOut(page);
  });

  it('shows the district officer the 11 communes of Văn Lâm, simulated, and nothing of another district', async () => {
    await signInFresh(DISTRICT_OFFICER.email);
    await heading(page).getByText('Tổng quan — Huyện Văn Lâm').waitFor();
    await waitForHome('district');
    const session = await apiGet<SessionInfo>(page, '/api/v1/auth/session');
    const vanLamId = session.user.unitId!;
    const communes = await apiGet<UnitListResponse>(page, `/api/v1/units?asOf=${AS_OF}&parentId=${vanLamId}`);
    expect(communes.items).toHaveLength(11);
    const vanLamNames = new Set(communes.items.map((commune) => commune.fullName));

    expect(await page.getByTestId('simulated-note').innerText()).toMatch(/^Dữ liệu mô phỏng/);

    // The ranking, as /results/ranking has it: rank, name, total, change, group.
    const ranking = await apiGet<RankingResponse>(
      page,
      `/api/v1/results/ranking?framework=PAPI&level=commune&year=2024&parentId=${vanLamId}`,
    );
    expect(ranking.items.every((item) => item.simulated)).toBe(true);
    const rankingSection = page.getByTestId('commune-ranking');
    expect(await rankingSection.getByRole('heading', { level: 2 }).innerText()).toBe('Xếp hạng các xã — PAPI 2024\nDữ liệu mô phỏng');
    const rankingTable = rankingSection.getByTestId('ranking-table');
    await rankingTable.locator('tbody tr').first().waitFor();
    const rows = await tableRows(rankingTable);
    expect(rows).toHaveLength(11);
    expect(rows.map((cells) => cells.slice(0, 3))).toEqual(
      ranking.items.map((item) => [String(item.rank), item.unit.fullName, score(item.value)]),
    );
    expect(new Set(rows.map((cells) => cells[1]))).toEqual(vanLamNames);
    const changes = await rankingTable.locator('.rank-change').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-change')));
    expect(changes).toEqual(ranking.items.map((item) => String(item.rankChange ?? '')));
    await rankingSection.locator('svg text', { hasText: score(ranking.items[0]!.value) }).first().waitFor();

    // Sorting by total, lowest first on the second click.
    const totalColumn = rankingTable.locator('thead th', { hasText: 'Tổng điểm' });
    await totalColumn.getByRole('button').click();
    expect(await totalColumn.getAttribute('aria-sort')).toBe('descending');
    await totalColumn.getByRole('button').click();
    expect(await totalColumn.getAttribute('aria-sort')).toBe('ascending');
    expect((await tableRows(rankingTable)).map((cells) => cells[1])).toEqual(ranking.items.map((item) => item.unit.fullName).reverse());

    // Heatmap: the same 11 communes × 8 dimensions.
    const heatmap = page.getByTestId('district-heatmap');
    await heatmap.locator('svg').first().waitFor();
    for (const code of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']) {
      expect(await heatmap.locator('svg text', { hasText: new RegExp(`^${code}$`) }).count()).toBe(1);
    }
    await heatmap.getByText('Xem dạng bảng').click();
    expect(new Set((await tableRows(heatmap.getByTestId('heatmap-table'))).map((cells) => cells[0]))).toEqual(vanLamNames);

    // Lagging communes, with their reasons in sentences.
    const lagging = await apiGet<LaggingResponse>(
      page,
      `/api/v1/analytics/lagging?framework=PAPI&level=commune&year=2024&parentId=${vanLamId}`,
    );
    expect(lagging.items.length).toBeGreaterThan(0);
    const laggingTable = page.getByTestId('lagging-table');
    await laggingTable.locator('tbody tr').first().waitFor();
    const laggingRows = await tableRows(laggingTable);
    expect(laggingRows.map((cells) => [cells[1], cells[3]])).toEqual(
      [...lagging.items].sort((a, b) => b.rank - a.rank).map((item) => [item.unit.fullName, item.reasons.map(laggingSentence).join('\n')]),
    );
    expect(laggingRows[0]![3]).toContain('Nhóm thấp nhất (hạng 11/11)');
    // One click from a lagging commune drafts a follow-up request, worded from its reasons.
    const worst = [...lagging.items].sort((a, b) => b.rank - a.rank)[0]!;
    await laggingTable.getByRole('button', { name: `Tạo yêu cầu theo dõi cho ${worst.unit.fullName}` }).click();
    const dialog = page.getByTestId('follow-up-dialog');
    expect(await dialog.getByLabel('Nội dung yêu cầu').inputValue()).toContain('Nhóm thấp nhất (hạng 11/11)');
    await dialog.getByRole('button', { name: 'Tạo yêu cầu' }).click();
    await page.getByTestId('lagging-follow-up-created').getByText(`Đã tạo yêu cầu theo dõi cho ${worst.unit.fullName}.`).waitFor();

    // Weak dimensions across the district: one row per dimension, counted over the 11 communes.
    const weakTable = page.getByTestId('weak-dimensions-table');
    await weakTable.locator('tbody tr').first().waitFor();
    const weakRows = await tableRows(weakTable);
    expect(weakRows).toHaveLength(8);
    for (const cells of weakRows) {
      expect(cells[1]).toMatch(/^\d+\/11$/);
      const listed = cells[2] === '—' ? [] : cells[2]!.split(', ');
      expect(listed).toHaveLength(Number(cells[1]!.split('/')[0]));
      for (const name of listed) expect(vanLamNames.has(name)).toBe(true);
    }
    // Counted from the communes' own scorecards: the top dimension's count is what they say.
    const cards: UnitScorecard[] = [];
    for (const commune of communes.items) {
      cards.push(await apiGet<UnitScorecard>(page, `/api/v1/analytics/units/${commune.id}/scorecard?framework=PAPI&year=2024`));
    }
    const topCode = weakRows[0]![0]!.split(/\s/)[0]!;
    expect(Number(weakRows[0]![1]!.split('/')[0])).toBe(
      cards.filter((card) => card.weakIndicators.some((indicator) => indicator.code === topCode)).length,
    );

    // Nothing of another district: no commune of Huyện Văn Giang, its neighbour, anywhere on the page.
    const vanLam = await apiGet<UnitDetail>(page, `/api/v1/units/${vanLamId}`);
    const districts = await apiGet<UnitListResponse>(page, `/api/v1/units?asOf=${AS_OF}&parentId=${vanLam.parentId}`);
    const vanGiang = districts.items.find((district) => district.fullName === 'Huyện Văn Giang')!;
    const vanGiangCommunes = await apiGet<UnitListResponse>(page, `/api/v1/units?asOf=${AS_OF}&parentId=${vanGiang.id}`);
    const shown = await main(page).innerText();
    const foreign = vanGiangCommunes.items.map((commune) => commune.fullName).filter((name) => !vanLamNames.has(name));
    expect(foreign.length).toBeGreaterThan(5);
    for (const name of foreign) expect(shown).not.toContain(name);
    await saveScreenshot(page, 'h03-district-home');

    // Another year: kept in the address, and reloading keeps it.
    await page.getByLabel('Năm', { exact: true }).selectOption('2023');
    await page.waitForURL(/[?&]year=2023/);
    await rankingSection.getByRole('heading', { level: 2, name: /Xếp hạng các xã — PAPI 2023/ }).waitFor();
    await page.reload();
    await rankingSection.getByRole('heading', { level: 2, name: /Xếp hạng các xã — PAPI 2023/ }).waitFor();
    await rankingTable.locator('tbody tr').first().waitFor();
    expect(await rankingTable.locator('tbody tr').count()).toBe(11);
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2023');
    await page.getByTestId('weak-dimensions-table').locator('tbody tr').first().waitFor();
    await saveScreenshot(page, 'h04-district-home-2023');

    // A commune's scorecard from the ranking.
    const last = ranking.items.at(-1)!;
    await rankingTable.getByRole('link', { name: last.unit.fullName }).click();
    await page.waitForURL(new RegExp(`/don-vi/${last.unit.id}/bang-diem\\?framework=PAPI&year=2023$`));
    await page.getByTestId('scorecard').getByRole('heading', { level: 1, name: last.unit.fullName }).waitFor();
    await page.getByTestId('dimensions-table').locator('tbody tr').first().waitFor();
    await saveScreenshot(page, 'h05-district-scorecard-of-a-commune');
    await signOut(page);
  });

  it('shows the commune officer its own standing, and refuses a peer commune’s scorecard', async () => {
    await signInFresh(COMMUNE_OFFICER.email);
    await heading(page).getByText('Tổng quan — Thị trấn Như Quỳnh').waitFor();
    await waitForHome('commune');
    const session = await apiGet<SessionInfo>(page, '/api/v1/auth/session');
    const ownId = session.user.unitId!;
    const own = await apiGet<UnitScorecard>(page, `/api/v1/analytics/units/${ownId}/scorecard?framework=PAPI&year=2024`);
    expect(own.simulated).toBe(true);

    const standing = page.getByTestId('commune-standing');
    await standing.getByTestId('standing-rank').waitFor();
    expect(await standing.getByRole('heading', { level: 2 }).innerText()).toBe('Thị trấn Như Quỳnh — PAPI 2024\nDữ liệu mô phỏng');
    const rank = await standing.getByTestId('standing-rank').textContent();
    expect(rank).toMatch(/^\d+\/11$/);
    expect(rank).toBe(`${own.total!.rank}/${own.total!.of}`);
    expect(await standing.getByTestId('standing-total').textContent()).toBe(score(own.total!.value));
    expect(await standing.innerText()).toContain('trong các xã cùng huyện (Huyện Văn Lâm)');
    expect(await page.getByTestId('simulated-note').innerText()).toMatch(/^Dữ liệu mô phỏng/);

    // Dimensions against the district's average and best, and the radar of the three.
    const dimensions = await tableRows(page.getByTestId('dimensions-table'));
    expect(dimensions.map((cells) => cells.slice(0, 3))).toEqual(
      own.dimensions.map((dimension) => [dimension.code, dimension.nameVi, score(dimension.value!)]),
    );
    const radar = page.getByTestId('dimensions-radar');
    await radar.locator('svg').waitFor();
    expect(await radar.locator('svg text', { hasText: 'Trung bình Huyện Văn Lâm' }).count()).toBe(1);

    // Weak indicators, most points to win back first, with the reasons in words.
    const weak = await tableRows(page.getByTestId('weak-indicators'));
    const expectedWeak = [...own.weakIndicators].sort((a, b) => b.pointsRecoverableOnTotal - a.pointsRecoverableOnTotal);
    expect(weak.map((cells) => [cells[0], cells[2]])).toEqual(
      expectedWeak.map((indicator) => [`${indicator.code} ${indicator.nameVi}`, score(indicator.pointsRecoverableOnTotal)]),
    );
    for (const cells of weak) expect(cells[3]).toMatch(/nhóm 25% thấp nhất|Giảm .* điểm so với năm trước|Thấp xa so với/);

    // Only its own unit: no other commune of the district is named anywhere.
    const communes = await apiGet<UnitListResponse>(page, `/api/v1/units?asOf=${AS_OF}&parentId=${own.peers.parent!.id}`);
    const shown = await main(page).innerText();
    for (const commune of communes.items.filter((item) => item.id !== ownId)) expect(shown).not.toContain(commune.fullName);
    await saveScreenshot(page, 'h06-commune-home');

    // A peer's scorecard, typed in: the API answers 404 and the page says why, plainly.
    const peer = communes.items.find((commune) => commune.fullName === 'Xã Lạc Đạo')!;
    await page.goto(`${baseUrl}/don-vi/${peer.id}/bang-diem`);
    await page.getByTestId('not-in-scope').waitFor();
    expect(await page.getByTestId('not-in-scope').textContent()).toBe('Không có kết quả hoặc đơn vị ngoài phạm vi của bạn');
    expect(await main(page).innerText()).not.toContain('Xã Lạc Đạo');
    // The browser reports the refused request (404) itself; that line is expected here, nothing else.
    expect(watched.problems).toHaveLength(1);
    expect(watched.problems[0]).toMatch(/404/);
    watched.problems.length = 0;
    await saveScreenshot(page, 'h07-scorecard-not-in-scope');

    // The unit tree offers the scorecard for its own unit only.
    await page.goto(`${baseUrl}/don-vi?asOf=${AS_OF}&unit=${peer.id}`);
    await page.getByTestId('unit-detail').getByRole('heading', { level: 2, name: 'Xã Lạc Đạo' }).waitFor();
    expect(await page.getByTestId('scorecard-link').count()).toBe(0);
    await page.goto(`${baseUrl}/don-vi?asOf=${AS_OF}&unit=${ownId}`);
    const link = page.getByTestId('scorecard-link');
    await link.waitFor();
    expect(await link.textContent()).toBe('Bảng điểm của Thị trấn Như Quỳnh');
    await link.click();
    await page.waitForURL(new RegExp(`/don-vi/${ownId}/bang-diem$`));
    await page.getByTestId('scorecard').waitFor();
  });

  it('prints the commune’s scorecard on one A4 page', async () => {
    const sheet = page.getByTestId('scorecard');
    await sheet.getByRole('heading', { level: 1, name: 'Thị trấn Như Quỳnh' }).waitFor();
    await sheet.getByTestId('dimensions-radar').locator('svg').waitFor();
    expect(await page.title()).toBe('Bảng điểm — Thị trấn Như Quỳnh — PAPI 2024 — GovIndex');
    const meta = await sheet.locator('.scorecard-sheet__meta').innerText();
    expect(meta).toContain('Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI)');
    expect(meta).toContain('2024');
    expect(await sheet.getByTestId('simulated-badge').textContent()).toBe('Dữ liệu mô phỏng');
    expect(await sheet.getByTestId('standing-rank').textContent()).toMatch(/^\d+\/11$/);
    await saveScreenshot(page, 'h08-scorecard');

    // "In" opens the browser's print dialog.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'In', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(false);
      expect(await page.getByLabel('Năm', { exact: true }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'In', exact: true }).isVisible()).toBe(false);
      expect(await sheet.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      await saveScreenshot(page, 'h09-scorecard-print');
    } finally {
      // Back to no emulation: page.pdf() prints with the print style sheet unless 'screen' is emulated.
      await page.emulateMedia({ media: null });
    }

    const pdfFile = path.join(SCREENSHOT_DIR, 'h10-scorecard.pdf');
    await page.pdf({ path: pdfFile, preferCSSPageSize: true, printBackground: true });
    const pdf = await readFile(pdfFile, 'latin1');
    // One page object in the file ("/Type /Pages" is the page tree, not a page).
    expect(pdf.match(/\/Type\s*\/Page(?![a-z])/g)).toHaveLength(1);
    await signOut(page);
  });
});
