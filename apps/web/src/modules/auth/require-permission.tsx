import { Link, Outlet } from 'react-router';
import { useI18n } from '../../app/i18n/i18n';
import { hasPermission, type Permission } from './permissions';
import { HOME_PATH } from './safe-next-path';
import { useRole } from './session';

/** Pages behind it need a permission (inside <RequireSession>); others are told so, plainly, at the same address. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const role = useRole();
  return hasPermission(role, permission) ? <Outlet /> : <NoPermissionPage />;
}

export function NoPermissionPage() {
  const { t } = useI18n();
  return (
    <div className="page-heading" data-testid="no-permission">
      <title>{`${t.auth.noPermission.title} — GovIndex`}</title>
      <h1>{t.auth.noPermission.title}</h1>
      <p className="page-heading__intro">{t.auth.noPermission.body}</p>
      <p>
        <Link to={HOME_PATH}>{t.notFound.backHome}</Link>
      </p>
    </div>
  );
}
