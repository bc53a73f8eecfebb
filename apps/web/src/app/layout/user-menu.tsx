import { useSession } from '../../modules/auth/session';
import { useI18n } from '../i18n/i18n';

/** Who is signed in, in which role, for which unit, and the way out (to the sign-in page). */
export function UserMenu() {
  const { t } = useI18n();
  const { state, signOut } = useSession();
  if (state.status !== 'signed-in') return null;
  const { user } = state.session;
  return (
    <div className="user-menu" role="group" aria-label={t.auth.account} data-testid="user-menu">
      <span className="user-menu__who">
        <span className="user-menu__name">{user.displayName}</span>
        <span className="user-menu__role">
          <span className="user-menu__role-name">{t.roles[user.role]}</span>
          {' · '}
          <span className="user-menu__unit">{user.unitName ?? t.units.detail.country}</span>
        </span>
      </span>
      <button type="button" className="user-menu__sign-out" onClick={() => void signOut()}>
        {t.auth.signOut}
      </button>
    </div>
  );
}
