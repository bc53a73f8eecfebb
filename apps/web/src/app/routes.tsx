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
import { PlanCreatePage } from '../modules/plans/plan-create-page';
import { PlanDetailPage } from '../modules/plans/plan-detail-page';
import { PlanEditPage } from '../modules/plans/plan-edit-page';
import { PlanImportPage } from '../modules/plans/plan-import-page';
import { PlansPage } from '../modules/plans/plans-page';
import { NEW_PLAN_PATH, PLAN_EDIT_ROUTE, PLAN_IMPORT_PATH, PLAN_ROUTE, PLANS_PATH } from '../modules/plans/plans-paths';
import { SCORECARD_ROUTE } from '../modules/overview/overview-paths';
import { ScorecardPage } from '../modules/overview/scorecard-page';
import { FollowUpPage } from '../modules/follow-up/follow-up-page';
import { FOLLOW_UP_PATH } from '../modules/follow-up/follow-up-paths';
import { ReportPage } from '../modules/reports/report-page';
import { ReportsPage } from '../modules/reports/reports-page';
import { REPORT_ROUTE, REPORTS_PATH } from '../modules/reports/reports-paths';
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
            // "Kế hoạch": every signed-in user reads the plans in scope; officers write them.
            { path: PLANS_PATH, element: <PlansPage /> },
            { path: PLAN_ROUTE, element: <PlanDetailPage /> },
            // "Báo cáo" and "Theo dõi": each signed-in user sees those of the units in scope; the API decides who writes.
            { path: REPORTS_PATH, element: <ReportsPage /> },
            { path: REPORT_ROUTE, element: <ReportPage /> },
            { path: FOLLOW_UP_PATH, element: <FollowUpPage /> },
            {
              element: <RequirePermission permission="plans.edit" />,
              children: [
                { path: NEW_PLAN_PATH, element: <PlanCreatePage /> },
                { path: PLAN_IMPORT_PATH, element: <PlanImportPage /> },
                { path: PLAN_EDIT_ROUTE, element: <PlanEditPage /> },
              ],
            },
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
