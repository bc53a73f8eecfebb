import type { UnitLevelCounts } from '@govindex/contracts';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { saveScreenshot, watchPageForSuite, type WatchedPage } from './support/browser.js';
import { DEMO_PASSWORD, DISTRICT_OFFICER } from './support/demo-accounts.js';

const baseUrl = inject('webBaseUrl');

/** The provinces, i.e. the first level of the tree. */
const provinces = (page: Page) => page.locator('[role="tree"] > [role="treeitem"]');
const treeItem = (page: Page, fullName: string) => page.getByRole('treeitem', { name: fullName, exact: true });
/** Clicks the line of a unit (its name), not the whole item, which also holds its open children. */
const clickTreeLine = (page: Page, fullName: string) =>
  treeItem(page, fullName).locator(':scope > .tree-row .tree-name').click();
const countsSummary = (page: Page) => page.getByTestId('unit-counts');
const detailPanel = (page: Page) => page.getByTestId('unit-detail');

describe('dashboard: sign-in and the administrative unit tree', () => {
  let watched: WatchedPage;
  let page: Page;
  /** Address of the view showing Thị trấn Như Quỳnh, remembered to check that reloading restores it. */
  let nhuQuynhUrl: string;

  const watchedPage = watchPageForSuite();
  beforeAll(() => {
    watched = watchedPage();
    page = watched.page;
  });

  it('asks for a sign-in first, and explains a wrong password in Vietnamese', async () => {
    await page.goto(baseUrl);
    await page.waitForURL(/\/dang-nhap\?next=%2F$/);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    expect(await page.title()).toBe('Đăng nhập — GovIndex');
    // Asking for the session while signed out is answered 204, not an error the console would show.
    expect(watched.problems).toEqual([]);

    await page.getByLabel('E-mail').fill(DISTRICT_OFFICER.email);
    await page.getByLabel('Mật khẩu').fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('E-mail hoặc mật khẩu không đúng.');
    // The browser reports the refused sign-in (401) itself; that line is expected here, nothing else.
    expect(watched.problems).toHaveLength(1);
    expect(watched.problems[0]).toMatch(/401/);
    watched.problems.length = 0;
    await saveScreenshot(page, '00-sign-in-refused');

    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    // Back to "/", the "Tổng quan" home of the officer's district; the unit tree is one click away.
    await page.getByRole('heading', { level: 1, name: 'Tổng quan — Huyện Văn Lâm' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('.user-menu__name').textContent()).toBe(DISTRICT_OFFICER.displayName);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị hành chính' }).click();
    await page.waitForURL(/\/don-vi$/);
  });

  it('opens on the pre-reform map with its 63 provinces and national counts', async () => {
    await treeItem(page, 'Tỉnh Hưng Yên').waitFor();

    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Đơn vị hành chính');
    expect(await page.getByRole('radio', { name: 'Trước 01/07/2025 (63 tỉnh)' }).isChecked()).toBe(true);
    expect(await provinces(page).count()).toBe(63);
    expect(await treeItem(page, 'Thành phố Hà Nội').isVisible()).toBe(true);
    expect(await treeItem(page, 'Tỉnh Hưng Yên').isVisible()).toBe(true);
    expect(await provinces(page).first().getAttribute('aria-expanded')).toBe('false');

    // The summary shows what the API counts, written the Vietnamese way (10.035, not 10,035).
    const answer = await page.request.get(`${baseUrl}/api/v1/units/counts?asOf=2025-06-30`);
    const counts = (await answer.json()) as UnitLevelCounts;
    // 696 districts: the five island districts without communes count too.
    expect(counts).toEqual({ province: 63, district: 696, commune: 10035 });
    await countsSummary(page).getByText('10.035').waitFor();
    expect(await countsSummary(page).textContent()).toContain(
      '63 tỉnh/thành phố · 696 quận/huyện · 10.035 xã/phường/thị trấn',
    );
    await saveScreenshot(page, '01-units-pre-reform');
  });

  it('opens Tỉnh Hưng Yên and Huyện Văn Lâm down to Thị trấn Như Quỳnh', async () => {
    await clickTreeLine(page, 'Tỉnh Hưng Yên');
    await treeItem(page, 'Huyện Văn Lâm').waitFor();
    expect(await treeItem(page, 'Tỉnh Hưng Yên').getAttribute('aria-expanded')).toBe('true');
    expect(await treeItem(page, 'Tỉnh Hưng Yên').getAttribute('aria-selected')).toBe('true');

    // A province of the old map charts its districts by number of communes.
    const chart = page.locator('figure.chart');
    await chart.locator('svg').waitFor();
    expect(await chart.locator('figcaption').textContent()).toBe(
      'Số xã/phường/thị trấn của từng quận/huyện — Tỉnh Hưng Yên',
    );
    expect(await chart.locator('svg text', { hasText: 'Huyện Văn Lâm' }).count()).toBe(1);

    await clickTreeLine(page, 'Huyện Văn Lâm');
    await treeItem(page, 'Thị trấn Như Quỳnh').waitFor();
    expect(await treeItem(page, 'Thị trấn Như Quỳnh').isVisible()).toBe(true);
    expect(await treeItem(page, 'Thị trấn Như Quỳnh').getAttribute('aria-level')).toBe('3');
    await saveScreenshot(page, '02-tree-van-lam-open');
  });

  it('moves through the tree with the keyboard', async () => {
    const vanLam = treeItem(page, 'Huyện Văn Lâm');
    await vanLam.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await vanLam.getAttribute('aria-expanded')).toBe('false');
    expect(await treeItem(page, 'Thị trấn Như Quỳnh').count()).toBe(0);

    await page.keyboard.press('ArrowRight');
    await treeItem(page, 'Thị trấn Như Quỳnh').waitFor();
    expect(await vanLam.getAttribute('aria-expanded')).toBe('true');

    // Right again steps into the branch; Enter selects the focused unit.
    await page.keyboard.press('ArrowRight');
    const firstCommune = vanLam.locator('[role="group"] > [role="treeitem"]').first();
    expect(await firstCommune.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await firstCommune.getAttribute('tabindex')).toBe('0');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]unit=\d+/);
    expect(await firstCommune.getAttribute('aria-selected')).toBe('true');
  });

  it('finds "nhu quynh" typed without diacritics and opens it in the tree', async () => {
    // A fresh visit: nothing is open, so the tree must open Hưng Yên and Văn Lâm by itself.
    await page.goto(`${baseUrl}/don-vi`);
    await treeItem(page, 'Tỉnh Hưng Yên').waitFor();
    expect(await treeItem(page, 'Huyện Văn Lâm').count()).toBe(0);

    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('nhu quynh');
    const hit = page.locator('.search-hit', { hasText: 'Thị trấn Như Quỳnh' });
    await hit.waitFor();
    expect(await hit.locator('.search-hit__path').textContent()).toBe('Huyện Văn Lâm, Tỉnh Hưng Yên');
    expect(await page.getByRole('status').textContent()).toMatch(/^1 kết quả/);
    await saveScreenshot(page, '03-search-nhu-quynh');

    await hit.click();
    await page.waitForURL(/[?&]unit=\d+/);
    const selected = treeItem(page, 'Thị trấn Như Quỳnh');
    await selected.waitFor();
    expect(await selected.getAttribute('aria-selected')).toBe('true');
    expect(await treeItem(page, 'Tỉnh Hưng Yên').getAttribute('aria-expanded')).toBe('true');
    expect(await treeItem(page, 'Huyện Văn Lâm').getAttribute('aria-expanded')).toBe('true');

    await expectNhuQuynhDetail(page);
    nhuQuynhUrl = page.url();
    expect(new URL(nhuQuynhUrl).searchParams.get('asOf')).toBe('2025-06-30');
    await saveScreenshot(page, '04-selected-nhu-quynh');
  });

  it('restores the same selection when the address is reloaded', async () => {
    await page.reload();
    await expectNhuQuynhDetail(page);
    expect(page.url()).toBe(nhuQuynhUrl);
    expect(await page.title()).toBe('Thị trấn Như Quỳnh — Đơn vị hành chính — GovIndex');
    const selected = treeItem(page, 'Thị trấn Như Quỳnh');
    await selected.waitFor();
    expect(await selected.getAttribute('aria-selected')).toBe('true');
    expect(await selected.isVisible()).toBe(true);
    await saveScreenshot(page, '05-reloaded-nhu-quynh');
  });

  it('prints the unit sheet without navigation or controls', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(false);
      expect(await page.getByRole('searchbox').isVisible()).toBe(false);
      expect(await page.getByRole('tree').isVisible()).toBe(false);
      expect(await detailPanel(page).getByRole('heading', { level: 2 }).isVisible()).toBe(true);
      await saveScreenshot(page, '05b-print-nhu-quynh');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('says so when a shared link names a unit that is not on the chosen map', async () => {
    const nhuQuynhId = new URL(nhuQuynhUrl).searchParams.get('unit')!;
    await page.goto(`${baseUrl}/don-vi?asOf=2025-07-01&unit=${nhuQuynhId}`);
    await detailPanel(page).getByRole('heading', { level: 2, name: 'Thị trấn Như Quỳnh' }).waitFor();
    expect(await detailPanel(page).locator('.notice').textContent()).toBe(
      'Đơn vị này không có hiệu lực vào ngày 01/07/2025 nên không có trên bản đồ hành chính đang xem.',
    );
  });

  it('explains in Vietnamese when the API answers with an error', async () => {
    await page.goto(`${baseUrl}/don-vi?asOf=2025-06-30&unit=987654321`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Không tìm thấy dữ liệu được yêu cầu.');
    expect(await alert.getByRole('button', { name: 'Thử lại' }).isVisible()).toBe(true);
    // The browser itself reports the failed request; that one line is expected here, nothing else.
    expect(watched.problems).toHaveLength(1);
    expect(watched.problems[0]).toMatch(/404/);
    watched.problems.length = 0;
    await saveScreenshot(page, '05c-unknown-unit');
  });

  it('switches to the post-reform map of 34 provinces without districts', async () => {
    await page.goto(nhuQuynhUrl);
    await expectNhuQuynhDetail(page);
    await page.getByRole('radio', { name: 'Từ 01/07/2025 (34 tỉnh)' }).check();
    await countsSummary(page).getByText('3.321').waitFor();
    await expect.poll(() => provinces(page).count()).toBe(34);
    expect(await countsSummary(page).textContent()).toContain('34 tỉnh/thành phố · 3.321 xã/phường/đặc khu');
    expect(await countsSummary(page).textContent()).not.toContain('quận/huyện');

    // The thị trấn was merged away on 01/07/2025, so it cannot stay selected on the new map.
    const url = new URL(page.url());
    expect(url.searchParams.get('asOf')! >= '2025-07-01').toBe(true);
    expect(url.searchParams.has('unit')).toBe(false);
    expect(await page.getByText('Chọn một đơn vị trong cây').isVisible()).toBe(true);

    // Its communes have no sub-units, so a province is compared with the other provinces.
    await clickTreeLine(page, 'Tỉnh Hưng Yên');
    const chart = page.locator('figure.chart');
    await chart.locator('svg').waitFor();
    expect(await chart.locator('figcaption').textContent()).toBe(
      'Số xã/phường/đặc khu của từng tỉnh/thành phố — Cả nước',
    );
    expect(await detailPanel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Tỉnh Hưng Yên');
    expect(await treeItem(page, 'Tỉnh Hưng Yên').getAttribute('aria-setsize')).toBe('34');
    await saveScreenshot(page, '06-post-reform-hung-yen');
  });

  it('speaks English after the switch, and remembers it', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administrative units' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('radio', { name: 'From 01/07/2025 (34 provinces)' }).isChecked()).toBe(true);
    expect(await countsSummary(page).textContent()).toContain('34 provinces · 3,321 communes');
    expect(await detailPanel(page).getByText('Kind of unit').isVisible()).toBe(true);
    expect(await page.locator('figure.chart figcaption').textContent()).toBe('Communes per province — Whole country');
    await saveScreenshot(page, '07-english');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Administrative units' }).waitFor();
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('signs out, after which the tree asks for a sign-in again', async () => {
    const treeUrl = page.url();
    // Requests still under way when the session ends answer 401, which the console would report.
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    // Signing out on purpose leads to a plain sign-in page, not back to the tree for whoever comes next.
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/dang-nhap');
    expect(await page.locator('.user-menu').count()).toBe(0);

    await page.goto(treeUrl);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe(new URL(treeUrl).pathname + new URL(treeUrl).search);
  });
});

async function expectNhuQuynhDetail(page: Page): Promise<void> {
  const detail = detailPanel(page);
  await detail.getByRole('heading', { level: 2, name: 'Thị trấn Như Quỳnh' }).waitFor();
  const facts = await detail.locator('.facts').innerText();
  expect(facts).toContain('Thị trấn');
  expect(facts).toContain('11986');
  expect(facts).toContain('Cấp xã');
  expect(facts).toContain('Đến hết 30/06/2025');
  expect(facts).toContain('Huyện Văn Lâm, Tỉnh Hưng Yên');
  expect(await detail.getByRole('navigation').locator('li').allInnerTexts()).toEqual([
    'Cả nước',
    'Tỉnh Hưng Yên',
    'Huyện Văn Lâm',
    'Thị trấn Như Quỳnh',
  ]);
}
