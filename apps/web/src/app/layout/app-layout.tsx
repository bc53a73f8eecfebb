import { Link, NavLink, Outlet } from 'react-router';
import { AUDIT_PATH } from '../../modules/audit/audit-paths';
import { hasPermission } from '../../modules/auth/permissions';
import { HOME_PATH } from '../../modules/auth/safe-next-path';
import { useRole } from '../../modules/auth/session';
import { OVERVIEW_PATH } from '../../modules/overview/overview-paths';
import { CATALOG_PATH } from '../../modules/catalog/catalog-paths';
import { PLANS_PATH } from '../../modules/plans/plans-paths';
import { FOLLOW_UP_PATH } from '../../modules/follow-up/follow-up-paths';
import { NotificationBell } from '../../modules/notifications/notification-bell';
import { REPORTS_PATH } from '../../modules/reports/reports-paths';
import { RESULTS_PATH } from '../../modules/results/results-paths';
import { USERS_PATH } from '../../modules/users/users-paths';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const { t } = useI18n();
  const role = useRole();
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
            <NotificationBell />
            <UserMenu />
            <LanguageSwitch />
          </div>
        </div>
        <nav className="app-nav" aria-label={t.layout.mainNavigation}>
          <div className="app-nav__inner">
            {role !== null && (
              <NavLink to={OVERVIEW_PATH} end className="app-nav__link">
                {t.nav.overview}
              </NavLink>
            )}
            {role !== null && (
              <NavLink to={HOME_PATH} className="app-nav__link">
                {t.nav.units}
              </NavLink>
            )}
            {role !== null && (
              <>
                <NavLink to={RESULTS_PATH} className="app-nav__link">
                  {t.nav.results}
                </NavLink>
                <NavLink to={CATALOG_PATH} className="app-nav__link">
                  {t.nav.catalog}
                </NavLink>
                <NavLink to={PLANS_PATH} className="app-nav__link">
                  {t.nav.plans}
                </NavLink>
                <NavLink to={REPORTS_PATH} className="app-nav__link">
                  {t.nav.reports}
                </NavLink>
                <NavLink to={FOLLOW_UP_PATH} className="app-nav__link">
                  {t.nav.followUp}
                </NavLink>
              </>
            )}
            {/* Only what the role may open; the pages check again when an address is typed. */}
            {hasPermission(role, 'users.manage') && (
              <NavLink to={USERS_PATH} className="app-nav__link">
                {t.nav.users}
              </NavLink>
            )}
            {hasPermission(role, 'audit.read') && (
              <NavLink to={AUDIT_PATH} className="app-nav__link">
                {t.nav.audit}
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
