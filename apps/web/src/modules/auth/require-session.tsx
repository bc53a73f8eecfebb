import { Navigate, Outlet, useLocation } from 'react-router';
import { useI18n } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/error-notice';
import { LOGIN_PATH, loginPathFor } from './safe-next-path';
import { useSession } from './session';

/**
 * Pages behind it need a session. Without one the officer signs in and comes back to the same address;
 * after signing out on purpose the sign-in page starts afresh, for whoever signs in next.
 */
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
      return (
        <Navigate to={state.reason === 'signed-out' ? LOGIN_PATH : loginPathFor(location.pathname + location.search)} replace />
      );
    case 'signed-in':
      return <Outlet />;
  }
}
