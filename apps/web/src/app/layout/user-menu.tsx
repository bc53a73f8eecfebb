import { useSession } from '../../modules/auth/session';
import { useI18n } from '../i18n/i18n';

/** Who is signed in, for which unit, and the way out. */
export function UserMenu() {
  const { t } = useI18n();
  const { state, signOut } = useSession();
  if (state.status !== 'signed-in') return null;
  const { user } = state.session;
  return (
    <div className="user-menu">
      <span className="user-menu__who">
        <span className="user-menu__name">{user.displayName}</span>
        {user.unitName && <span className="user-menu__unit">{user.unitName}</span>}
      </span>
      <button type="button" className="user-menu__sign-out" onClick={() => void signOut()}>
        {t.auth.signOut}
      </button>
    </div>
  );
}
