import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { saveScreenshot, watchPageForSuite, type WatchedPage } from './support/browser.js';
import { ADMIN, COMMUNE_OFFICER, DEMO_ACCOUNTS, DEMO_PASSWORD, LEADER } from './support/demo-accounts.js';
import { signIn, signOut, waitForUnitsPage } from './support/session.js';
import { readDownloadedWorkbook } from './support/spreadsheet.js';

const baseUrl = inject('webBaseUrl');

/** The account the administrator creates: a commune officer of Xã Tân Quang, Huyện Văn Lâm (pre-reform map). */
const NEW_OFFICER = {
  email: 'congchuc.tanquang@example.gov.vn',
  displayName: 'Nguyễn Thị Tân Quang (e2e)',
  renamed: 'Nguyễn Thị Tân Quang',
  password: 'tan-quang-2025',
};

const DATE_TIME = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;
const DATE_TIME_SECONDS = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/;

const header = (page: Page) => page.getByTestId('user-menu');
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });
const usersTable = (page: Page) => page.getByTestId('users-table');
/** The row of a user in the users table, found by e-mail. */
const userRow = (page: Page, email: string) => usersTable(page).locator('tbody tr', { hasText: email });
const treeItem = (page: Page, fullName: string) => page.getByRole('treeitem', { name: fullName, exact: true });
const detailPanel = (page: Page) => page.getByTestId('unit-detail');
const lineage = (page: Page) => page.getByTestId('unit-lineage');

describe('access: sessions, roles, user management, audit log and unit lineage', () => {
  let watched: WatchedPage;
  let page: Page;

  const watchedPage = watchPageForSuite();
  beforeAll(() => {
    watched = watchedPage();
    page = watched.page;
  });

  it.each(DEMO_ACCOUNTS.map((account) => [account.email, account] as const))(
    'signs in as %s: the header names the user, the nav shows the admin pages only to the administrator',
    async (_email, account) => {
      await signIn(page, baseUrl, account.email, DEMO_PASSWORD);
      expect(await header(page).locator('.user-menu__name').textContent()).toBe(account.displayName);
      expect(await header(page).locator('.user-menu__role').textContent()).toBe(`${account.roleLabel} · ${account.unitLabel}`);
      expect(await mainNav(page).getByRole('link').allInnerTexts()).toEqual(
        account.isAdmin
          ? ['Tổng quan', 'Đơn vị hành chính', 'Kết quả', 'Bộ chỉ số', 'Kế hoạch', 'Báo cáo', 'Theo dõi', 'Người dùng', 'Nhật ký thay đổi']
          : ['Tổng quan', 'Đơn vị hành chính', 'Kết quả', 'Bộ chỉ số', 'Kế hoạch', 'Báo cáo', 'Theo dõi'],
      );
      await waitForUnitsPage(page);
      if (account === ADMIN) await saveScreenshot(page, '08-header-admin');
      if (account === COMMUNE_OFFICER) await saveScreenshot(page, '09-header-commune-officer');

      // The session survives a reload: the dashboard asks the API, it remembers nothing itself.
      await page.reload();
      await header(page).waitFor();
      expect(await header(page).locator('.user-menu__name').textContent()).toBe(account.displayName);
      await waitForUnitsPage(page);

      await signOut(page);
      expect(await header(page).count()).toBe(0);
      expect(await mainNav(page).getByRole('link').count()).toBe(0);
    },
  );

  it('tells a commune officer who types /nguoi-dung or /nhat-ky that the page is not for them', async () => {
    await signIn(page, baseUrl, COMMUNE_OFFICER.email, DEMO_PASSWORD);
    await waitForUnitsPage(page);
    for (const path of ['/nguoi-dung', '/nhat-ky', '/nguoi-dung/moi']) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Bạn không có quyền xem trang này' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(path);
      expect(await page.title()).toBe('Bạn không có quyền xem trang này — GovIndex');
      expect(await usersTable(page).count()).toBe(0);
    }
    await saveScreenshot(page, '10-no-permission');
    await page.getByRole('link', { name: 'Về trang đơn vị hành chính' }).click();
    await waitForUnitsPage(page);
    await signOut(page);
  });

  it('explains a wrong password in Vietnamese', async () => {
    await page.goto(`${baseUrl}/dang-nhap`);
    await page.getByLabel('E-mail').fill(LEADER.email);
    await page.getByLabel('Mật khẩu').fill('khong-dung-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('E-mail hoặc mật khẩu không đúng.');
    expect(await header(page).count()).toBe(0);
    // The browser reports the refused sign-in (401) itself; that line is expected here, nothing else.
    expect(watched.problems).toHaveLength(1);
    expect(watched.problems[0]).toMatch(/401/);
    watched.problems.length = 0;
    await saveScreenshot(page, '11-sign-in-wrong-password');
  });

  it('lists the users for the administrator, sorted and filtered without diacritics', async () => {
    await signIn(page, baseUrl, ADMIN.email, DEMO_PASSWORD);
    await waitForUnitsPage(page);
    await mainNav(page).getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
    await usersTable(page).locator('tbody tr').first().waitFor();

    const headers = await usersTable(page).locator('thead th').allInnerTexts();
    expect(headers.map((text) => text.replace(/[↕▲▼]/g, '').trim()).slice(0, 6)).toEqual([
      'E-mail',
      'Họ tên',
      'Vai trò',
      'Đơn vị',
      'Trạng thái',
      'Lần đăng nhập cuối',
    ]);
    for (const account of DEMO_ACCOUNTS) {
      const cells = await userRow(page, account.email).locator('td, th').allInnerTexts();
      expect(cells.slice(0, 5)).toEqual([account.email, account.displayName, account.roleLabel, account.unitLabel, 'Đang hoạt động']);
      // Every demo account has signed in by now (the header test above): dd/mm/yyyy HH:mm.
      expect(cells[5]).toMatch(DATE_TIME);
    }
    expect(await page.getByTestId('users-count').textContent()).toBe('5 người dùng');

    // Sorted by e-mail first; a click on "Họ tên" sorts by name, a second click turns the order around.
    const nameColumn = usersTable(page).locator('thead th', { hasText: 'Họ tên' });
    expect(await usersTable(page).locator('thead th').first().getAttribute('aria-sort')).toBe('ascending');
    await nameColumn.getByRole('button').click();
    expect(await nameColumn.getAttribute('aria-sort')).toBe('ascending');
    const names = await usersTable(page).locator('tbody th').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    await nameColumn.getByRole('button').click();
    expect(await nameColumn.getAttribute('aria-sort')).toBe('descending');
    expect(await usersTable(page).locator('tbody th').allInnerTexts()).toEqual([...names].reverse());
    await saveScreenshot(page, '12-users');

    // The table as shown (sorted by name, descending) goes to a real .xlsx file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^nguoi-dung-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const exported = (await readDownloadedWorkbook(download)).get('Người dùng')!;
    expect(exported[0]).toEqual(['E-mail', 'Họ tên', 'Vai trò', 'Đơn vị', 'Trạng thái', 'Lần đăng nhập cuối']);
    expect(exported.slice(1).map((cells) => cells[1])).toEqual([...names].reverse());
    expect(exported.find((cells) => cells[0] === ADMIN.email)?.slice(2, 5)).toEqual([ADMIN.roleLabel, ADMIN.unitLabel, 'Đang hoạt động']);

    await page.getByLabel('Lọc người dùng').fill('nhu quynh');
    await expect.poll(() => usersTable(page).locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('users-count').textContent()).toBe('2/5 người dùng');
    await saveScreenshot(page, '13-users-filtered');
    await page.getByLabel('Lọc người dùng').fill('');
  });

  it('creates a commune officer on Xã Tân Quang, telling the role-and-unit rule before sending', async () => {
    await page.getByRole('link', { name: 'Thêm người dùng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thêm người dùng' }).waitFor();

    // Nothing filled in: the form says what is missing without asking the API.
    await page.getByRole('button', { name: 'Tạo người dùng' }).click();
    await page.getByRole('alert').getByText('Chưa lưu được: vui lòng sửa các ô được đánh dấu.').waitFor();
    expect(await page.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('E-mail').evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.locator('.field-error').allInnerTexts()).toEqual([
      'Cần nhập e-mail.',
      'Cần nhập họ tên.',
      'Cần chọn vai trò.',
      'Mật khẩu cần ít nhất 10 ký tự.',
    ]);

    await page.getByLabel('E-mail').fill(NEW_OFFICER.email);
    await page.getByLabel('Họ tên').fill(NEW_OFFICER.displayName);
    // A district officer cannot sit on a commune: said as soon as both are chosen.
    await page.getByLabel('Vai trò').selectOption({ label: 'Cán bộ Phòng Nội vụ' });
    const unitPicker = page.getByRole('group', { name: 'Đơn vị công tác' });
    expect(await unitPicker.getByTestId('chosen-unit').textContent()).toBe('Chưa chọn đơn vị.');
    expect(await unitPicker.getByRole('radio', { name: 'Trước 01/07/2025 (63 tỉnh)' }).isChecked()).toBe(true);
    await unitPicker.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('tan quang');
    const hit = unitPicker.locator('.search-hit', { hasText: 'Huyện Văn Lâm, Tỉnh Hưng Yên' });
    await hit.waitFor();
    expect(await hit.locator('.search-hit__name').textContent()).toBe('Xã Tân Quang');
    await hit.click();
    expect(await unitPicker.getByTestId('chosen-unit').innerText()).toBe('Xã Tân Quang\nHuyện Văn Lâm, Tỉnh Hưng Yên · Cấp xã');
    await unitPicker.getByText('Cán bộ Phòng Nội vụ phải gắn với đơn vị cấp huyện.').waitFor();
    await page.getByLabel('Mật khẩu').fill('ngan');
    await saveScreenshot(page, '14-user-create-rule');

    await page.getByRole('button', { name: 'Tạo người dùng' }).click();
    expect(await page.locator('.field-error').allInnerTexts()).toEqual([
      'Cán bộ Phòng Nội vụ phải gắn với đơn vị cấp huyện.',
      'Mật khẩu cần ít nhất 10 ký tự.',
    ]);
    expect(new URL(page.url()).pathname).toBe('/nguoi-dung/moi');

    await page.getByLabel('Vai trò').selectOption({ label: 'Công chức xã' });
    expect(await unitPicker.locator('.field-error').count()).toBe(0);
    await page.getByLabel('Mật khẩu').fill(NEW_OFFICER.password);
    expect(await page.locator('.field-error').count()).toBe(0);
    // Every marked field corrected: the form no longer asks for corrections.
    expect(await page.getByRole('alert').count()).toBe(0);
    await saveScreenshot(page, '15-user-create-filled');
    await page.getByRole('button', { name: 'Tạo người dùng' }).click();

    await page.waitForURL(/\/nguoi-dung$/);
    await page.getByRole('status').getByText(`Đã tạo người dùng ${NEW_OFFICER.email}.`).waitFor();
    const row = userRow(page, NEW_OFFICER.email);
    await row.waitFor();
    expect(await row.locator('td, th').allInnerTexts()).toEqual([
      NEW_OFFICER.email,
      NEW_OFFICER.displayName,
      'Công chức xã',
      'Xã Tân Quang',
      'Đang hoạt động',
      'Chưa đăng nhập',
      'Sửa',
    ]);
    expect(await page.getByTestId('users-count').textContent()).toBe('6 người dùng');
    await saveScreenshot(page, '16-users-after-create');
  });

  it('edits the new user: only the changed name is sent', async () => {
    await userRow(page, NEW_OFFICER.email).getByRole('link', { name: `Sửa ${NEW_OFFICER.displayName}` }).click();
    await page.getByRole('heading', { level: 1, name: `Sửa người dùng: ${NEW_OFFICER.displayName}` }).waitFor();
    const unitPicker = page.getByRole('group', { name: 'Đơn vị công tác' });
    // The unit is read whole, so its place shows as it did when it was chosen.
    await expect
      .poll(() => unitPicker.getByTestId('chosen-unit').innerText())
      .toBe('Xã Tân Quang\nHuyện Văn Lâm, Tỉnh Hưng Yên · Cấp xã');
    expect(await page.getByLabel('E-mail').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByLabel('Vai trò').inputValue()).toBe('commune_officer');
    expect(await page.getByRole('checkbox', { name: 'Tài khoản đang hoạt động' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('status').getByText('Chưa có thay đổi nào để lưu.').waitFor();

    await page.getByLabel('Họ tên').fill(NEW_OFFICER.renamed);
    await saveScreenshot(page, '17-user-edit');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.waitForURL(/\/nguoi-dung$/);
    await page.getByRole('status').getByText(`Đã lưu thay đổi của ${NEW_OFFICER.email}.`).waitFor();
    expect(await userRow(page, NEW_OFFICER.email).locator('th').textContent()).toBe(NEW_OFFICER.renamed);
  });

  it('shows the creation and the edit in the audit log, with what changed', async () => {
    await mainNav(page).getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhật ký thay đổi' }).waitFor();
    const rows = page.getByTestId('audit-table').locator('tbody > tr');
    await rows.first().waitFor();

    // Newest first: the edit, then the creation, both by the administrator, on user #6 of Xã Tân Quang.
    const [edit, create] = [rows.nth(0), rows.nth(1)];
    const editCells = await edit.locator(':scope > td, :scope > th').allInnerTexts();
    expect(editCells[0]).toMatch(DATE_TIME_SECONDS);
    const userId = /^Người dùng #(\d+)$/.exec(editCells[2]!)?.[1];
    expect(userId).toBeDefined();
    expect(editCells.slice(1, 5)).toEqual([ADMIN.email, `Người dùng #${userId}`, 'Sửa', expect.stringMatching(/^#\d+$/)]);
    const createCells = await create.locator(':scope > td, :scope > th').allInnerTexts();
    expect(createCells.slice(1, 5)).toEqual([ADMIN.email, `Người dùng #${userId}`, 'Tạo', editCells[4]]);

    // The demo accounts were created at start-up by the system itself (which may have recorded other work too).
    const systemUserRows = rows.filter({ hasText: 'Hệ thống' }).filter({ hasText: /Người dùng #\d+/ });
    expect(await systemUserRows.count()).toBe(DEMO_ACCOUNTS.length);
    // Fewer than a page of 50 entries: all are shown, and there is nothing more to ask for.
    const shown = await rows.count();
    expect(shown).toBeLessThan(50);
    expect(await page.getByRole('status').textContent()).toBe(`${shown} mục đã hiển thị · Đã hiển thị toàn bộ nhật ký.`);
    expect(await page.getByRole('button', { name: 'Xem thêm' }).count()).toBe(0);

    await create.getByRole('button', { name: `Xem thay đổi: Người dùng #${userId}` }).click();
    const created = page.getByRole('table', { name: `Các trường thay đổi của Người dùng #${userId}` });
    await created.waitFor();
    expect(await created.locator('tbody tr').allInnerTexts()).toEqual([
      `E-mail\t—\t${NEW_OFFICER.email}`,
      `Họ tên\t—\t${NEW_OFFICER.displayName}`,
      'Vai trò\t—\tCông chức xã',
      `Đơn vị (mã số)\t—\t${editCells[4]!.slice(1)}`,
      'Trạng thái\t—\tĐang hoạt động',
    ]);

    await edit.getByRole('button', { name: `Xem thay đổi: Người dùng #${userId}` }).click();
    expect(await edit.getByRole('button', { name: `Ẩn thay đổi: Người dùng #${userId}` }).getAttribute('aria-expanded')).toBe('true');
    const edited = page.getByRole('table', { name: `Các trường thay đổi của Người dùng #${userId}` }).first();
    expect(await edited.locator('tbody tr').allInnerTexts()).toEqual([`Họ tên\t${NEW_OFFICER.displayName}\t${NEW_OFFICER.renamed}`]);
    await saveScreenshot(page, '18-audit-log');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    const exported = (await readDownloadedWorkbook(download)).get('Nhật ký')!;
    expect(exported[0]).toEqual(['Thời điểm', 'Người thực hiện', 'Đối tượng', 'Hành động', 'Đơn vị', 'Chi tiết']);
    expect(exported).toHaveLength(shown + 1);
    expect(exported[1]!.slice(1, 4)).toEqual([ADMIN.email, `Người dùng #${userId}`, 'Sửa']);
    expect(exported[1]![5]).toBe(`Họ tên: ${NEW_OFFICER.displayName} → ${NEW_OFFICER.renamed}`);
  });

  it('speaks English on the administration pages too', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    try {
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      const firstRow = page.getByTestId('audit-table').locator('tbody > tr').first();
      expect(await firstRow.locator(':scope > th').textContent()).toMatch(/^User #\d+$/);
      expect(await firstRow.getByText('Update').isVisible()).toBe(true);
      expect(await header(page).locator('.user-menu__role').textContent()).toBe('System administrator · Whole country');
      await saveScreenshot(page, '18b-audit-log-english');

      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).click();
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      expect(await userRow(page, NEW_OFFICER.email).locator('td').nth(1).textContent()).toBe('Commune civil servant');
      expect(await userRow(page, ADMIN.email).locator('td').nth(2).textContent()).toBe('Whole country');
      expect(await page.getByTestId('users-count').textContent()).toBe('6 users');
    } finally {
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    }
    await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
  });

  it('signs out, and the new officer signs in with the password the administrator set', async () => {
    await signOut(page);
    await signIn(page, baseUrl, NEW_OFFICER.email, NEW_OFFICER.password);
    expect(await header(page).locator('.user-menu__name').textContent()).toBe(NEW_OFFICER.renamed);
    expect(await header(page).locator('.user-menu__role').textContent()).toBe('Công chức xã · Xã Tân Quang');
    expect(await mainNav(page).getByRole('link').allInnerTexts()).toEqual([
      'Tổng quan',
      'Đơn vị hành chính',
      'Kết quả',
      'Bộ chỉ số',
      'Kế hoạch',
      'Báo cáo',
      'Theo dõi',
    ]);
    await waitForUnitsPage(page);
    await saveScreenshot(page, '19-new-officer-signed-in');
  });

  it('traces post-2025 Xã Như Quỳnh back to the town it was formed from, on the map before the reform', async () => {
    await page.getByRole('radio', { name: 'Từ 01/07/2025 (34 tỉnh)' }).check();
    await page.getByTestId('unit-counts').getByText('3.321').waitFor();
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('nhu quynh');
    const hit = page.locator('.search-hit', { hasText: 'Xã Như Quỳnh' });
    await hit.waitFor();
    await hit.click();
    await detailPanel(page).getByRole('heading', { level: 2, name: 'Xã Như Quỳnh' }).waitFor();

    const formedFrom = lineage(page).getByRole('list', { name: 'Hình thành từ' });
    await formedFrom.waitFor();
    expect(await lineage(page).getByRole('heading', { level: 3 }).textContent()).toBe('Lịch sử sắp xếp');
    const predecessors = await formedFrom.getByRole('button').allInnerTexts();
    expect(predecessors).toEqual(
      expect.arrayContaining(['Thị trấn Như Quỳnh', 'Xã Tân Quang', 'Xã Đình Dù', 'Xã Trưng Trắc', 'Xã Lạc Hồng']),
    );
    const town = formedFrom.getByRole('listitem').filter({ hasText: 'Thị trấn Như Quỳnh' });
    expect(await town.innerText()).toMatch(/toàn bộ/);
    expect(await town.innerText()).toMatch(/hiệu lực từ 01\/07\/2025/);
    expect(await town.innerText()).toMatch(/Căn cứ: Nghị quyết/);
    expect(await formedFrom.getByRole('listitem').filter({ hasText: 'Xã Đình Dù' }).innerText()).toMatch(/một phần/);
    expect(await lineage(page).getByRole('list', { name: 'Sáp nhập vào' }).count()).toBe(0);
    await saveScreenshot(page, '20-lineage-xa-nhu-quynh');

    await town.getByRole('button', { name: 'Thị trấn Như Quỳnh' }).click();
    await detailPanel(page).getByRole('heading', { level: 2, name: 'Thị trấn Như Quỳnh' }).waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('asOf')).toBe('2025-06-30');
    expect(await page.getByRole('radio', { name: 'Trước 01/07/2025 (63 tỉnh)' }).isChecked()).toBe(true);
    await page.getByTestId('unit-counts').getByText('10.035').waitFor();
    const selected = treeItem(page, 'Thị trấn Như Quỳnh');
    await selected.waitFor();
    expect(await selected.getAttribute('aria-selected')).toBe('true');
    expect(await detailPanel(page).locator('.notice').count()).toBe(0);

    // And back: the town was merged into Xã Như Quỳnh.
    const mergedInto = lineage(page).getByRole('list', { name: 'Sáp nhập vào' });
    await mergedInto.waitFor();
    expect(await mergedInto.getByRole('button').allInnerTexts()).toEqual(['Xã Như Quỳnh']);
    await saveScreenshot(page, '21-lineage-thi-tran-nhu-quynh');
  });
});
