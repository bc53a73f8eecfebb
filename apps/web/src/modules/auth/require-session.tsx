import { Navigate, Outlet, useLocation } from 'react-router';
import { useI18n } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/error-notice';
import { loginPathFor } from './safe-next-path';
import { useSession } from './session';

/** Pages behind it need a session; without one the officer signs in and comes back to the same address. */
export function RequireSession() {
  const { t } = useI18n();
  const { state, recheck } = useSession();
  const location = useLocation();
  switch (state.status) {
    case 'checking':
      return <p className="tree-status">{t.auth.checkingSession}</p>;
    case 'error':
      return <ErrorNotice error={state.error} onRetry={recheck} />;
    case 'signed-out':
      return <Navigate to={loginPathFor(location.pathname + location.search)} replace />;
    case 'signed-in':
      return <Outlet />;
  }
}
