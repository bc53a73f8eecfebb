import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { AuditPage } from '../modules/audit/audit-page';
import { AUDIT_PATH } from '../modules/audit/audit-paths';
import { LoginPage } from '../modules/auth/login-page';
import { RequirePermission } from '../modules/auth/require-permission';
import { RequireSession } from '../modules/auth/require-session';
import { HOME_PATH, LOGIN_PATH } from '../modules/auth/safe-next-path';
import { UnitsPage } from '../modules/units/units-page';
import { UserCreatePage } from '../modules/users/user-create-page';
import { UserEditPage } from '../modules/users/user-edit-page';
import { UsersPage } from '../modules/users/users-page';
import { NEW_USER_PATH, USERS_PATH } from '../modules/users/users-paths';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';

/** The home page is the unit tree for now; a shared link's query (?asOf=…&unit=…) survives the redirect. */
function HomeRedirect() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: HOME_PATH, search }} replace />;
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        { path: LOGIN_PATH, element: <LoginPage /> },
        {
          element: <RequireSession />,
          children: [
            { index: true, element: <HomeRedirect /> },
            { path: HOME_PATH, element: <UnitsPage /> },
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
