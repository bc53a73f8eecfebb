import { Link } from 'react-router';
import { HOME_PATH } from '../modules/auth/safe-next-path';
import { useI18n } from './i18n/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page-heading">
      <title>{`${t.notFound.title} — GovIndex`}</title>
      <h1>{t.notFound.title}</h1>
      <p className="page-heading__intro">{t.notFound.body}</p>
      <p>
        <Link to={HOME_PATH}>{t.notFound.backHome}</Link>
      </p>
    </div>
  );
}
