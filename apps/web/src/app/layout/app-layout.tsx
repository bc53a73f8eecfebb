import { Link, NavLink, Outlet } from 'react-router';
import { HOME_PATH } from '../../modules/auth/safe-next-path';
import { useSession } from '../../modules/auth/session';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const { t } = useI18n();
  const isSignedIn = useSession().state.status === 'signed-in';
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.layout.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__text">
              <span className="brand__name">GovIndex</span>
              <span className="brand__tagline">{t.layout.tagline}</span>
            </span>
          </Link>
          <div className="app-header__tools">
            <UserMenu />
            <LanguageSwitch />
          </div>
        </div>
        <nav className="app-nav" aria-label={t.layout.mainNavigation}>
          <div className="app-nav__inner">
            {isSignedIn && (
              <NavLink to={HOME_PATH} className="app-nav__link">
                {t.nav.units}
              </NavLink>
            )}
          </div>
        </nav>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="app-footer__inner">{t.layout.dataSource}</div>
      </footer>
    </div>
  );
}
