import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { LoginPage } from '../modules/auth/login-page';
import { RequireSession } from '../modules/auth/require-session';
import { HOME_PATH, LOGIN_PATH } from '../modules/auth/safe-next-path';
import { UnitsPage } from '../modules/units/units-page';
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
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
