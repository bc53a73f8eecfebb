import { createBrowserRouter } from 'react-router';
import { CatalogPage } from '../modules/catalog/catalog-page';
import { CATALOG_PATH, PROVINCE_VERSION_PATH } from '../modules/catalog/catalog-paths';
import { ProvinceVersionPage } from '../modules/catalog/province-version-page';
import { ImportPage } from '../modules/results/import-page';
import { RankingPage } from '../modules/results/ranking-page';
import { RESULTS_IMPORT_PATH, RESULTS_PATH } from '../modules/results/results-paths';
import { AuditPage } from '../modules/audit/audit-page';
import { AUDIT_PATH } from '../modules/audit/audit-paths';
import { LoginPage } from '../modules/auth/login-page';
import { RequirePermission } from '../modules/auth/require-permission';
import { RequireSession } from '../modules/auth/require-session';
import { HOME_PATH, LOGIN_PATH } from '../modules/auth/safe-next-path';
import { OverviewPage } from '../modules/overview/overview-page';
import { SCORECARD_ROUTE } from '../modules/overview/overview-paths';
import { ScorecardPage } from '../modules/overview/scorecard-page';
import { UnitsPage } from '../modules/units/units-page';
import { UserCreatePage } from '../modules/users/user-create-page';
import { UserEditPage } from '../modules/users/user-edit-page';
import { UsersPage } from '../modules/users/users-page';
import { NEW_USER_PATH, USERS_PATH } from '../modules/users/users-paths';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        { path: LOGIN_PATH, element: <LoginPage /> },
        {
          element: <RequireSession />,
          children: [
            // "Tổng quan": the home of the officer's unit (it still sends old /?asOf=…&unit=… links to the tree).
            { index: true, element: <OverviewPage /> },
            { path: SCORECARD_ROUTE, element: <ScorecardPage /> },
            { path: HOME_PATH, element: <UnitsPage /> },
            { path: RESULTS_PATH, element: <RankingPage /> },
            { path: CATALOG_PATH, element: <CatalogPage /> },
            {
              element: <RequirePermission permission="results.import" />,
              children: [{ path: RESULTS_IMPORT_PATH, element: <ImportPage /> }],
            },
            {
              element: <RequirePermission permission="catalog.province-version" />,
              children: [{ path: PROVINCE_VERSION_PATH, element: <ProvinceVersionPage /> }],
            },
            {
              element: <RequirePermission permission="users.manage" />,
              children: [
                { path: USERS_PATH, element: <UsersPage /> },
                { path: NEW_USER_PATH, element: <UserCreatePage /> },
                { path: `${USERS_PATH}/:id`, element: <UserEditPage /> },
              ],
            },
            {
              element: <RequirePermission permission="audit.read" />,
              children: [{ path: AUDIT_PATH, element: <AuditPage /> }],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
