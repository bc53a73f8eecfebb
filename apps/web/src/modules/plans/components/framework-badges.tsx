import { useI18n } from '../../../app/i18n/i18n';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { catalogApi } from '../../catalog/catalog-api';
import { frameworkShortName } from '../state/plan-detail';

/** A plan's indices, short, each with its full name from the catalog on hover. */
export function FrameworkBadges({ codes }: { codes: readonly string[] }) {
  const { language } = useI18n();
  // The catalog is read once per page and shared (catalogApi caches it).
  const catalog = useApiQuery({ key: 'catalog', load: () => catalogApi.list() });
  const nameOf = (code: string) => {
    const framework = catalog.status === 'success' ? catalog.data.frameworks.find((candidate) => candidate.code === code) : undefined;
    return framework ? (language === 'vi' ? framework.nameVi : framework.nameEn) : undefined;
  };
  return (
    <span className="plan-frameworks">
      {codes.map((code) => (
        <abbr key={code} className="badge plan-frameworks__code" title={nameOf(code)}>
          {frameworkShortName(code)}
        </abbr>
      ))}
    </span>
  );
}
