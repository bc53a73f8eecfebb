import { useI18n } from '../../../app/i18n/i18n';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { unitsApi } from '../../units/units-api';

/** Who a version belongs to: the whole country, or the province that defined it (its name read from the unit list). */
export function OwnerName({ provinceId }: { provinceId: number | null }) {
  const { t } = useI18n();
  const province = useApiQuery(provinceId === null ? null : { key: `unit:${provinceId}`, load: (signal) => unitsApi.detail(provinceId, signal) });
  if (provinceId === null) return <>{t.catalog.national}</>;
  if (province.status === 'success') return <>{province.data.fullName}</>;
  return <span className="muted">{t.catalog.provinceNumber(provinceId)}</span>;
}
