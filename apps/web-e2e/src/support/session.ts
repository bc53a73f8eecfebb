import type { Page } from 'playwright-core';

/**
 * Signs in on the sign-in page and waits for the unit tree. A sign-in without a return address lands on
 * the "Tổng quan" home; these tests start from the tree, so they ask to come back there.
 */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await signInTo(page, baseUrl, email, password, '/don-vi');
}

/** Signs in on the sign-in page with `path` as the return address, and waits until the dashboard shows it. */
export async function signInTo(page: Page, baseUrl: string, email: string, password: string, path: string): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap?${new URLSearchParams({ next: path })}`);
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname + url.search === path);
  await page.getByTestId('user-menu').waitFor();
}

/** Signs out with the header button; the dashboard goes to the sign-in page, with no return address. */
export async function signOut(page: Page): Promise<void> {
  // Requests still under way when the session ends answer 401, which the console would report.
  await page.waitForLoadState('networkidle');
  await page.getByTestId('user-menu').getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
  await page.waitForURL(/\/dang-nhap$/);
}

/** Waits until the unit tree and the counts are shown, so no request is left under way (e.g. before signing out). */
export async function waitForUnitsPage(page: Page): Promise<void> {
  await page.getByRole('treeitem', { name: 'Tỉnh Hưng Yên', exact: true }).waitFor();
  await page.getByTestId('unit-counts').waitFor();
}
