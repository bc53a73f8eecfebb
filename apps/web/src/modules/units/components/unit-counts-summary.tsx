import type { UnitLevel } from '@govindex/contracts';
import { Fragment } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { formatNumber } from '../../../shared/format/format';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { ErrorNotice } from '../../../app/error-notice';
import type { MapEra } from '../state/units-view';
import { unitsApi } from '../units-api';

const LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune'];

/** "63 tỉnh/thành phố · 696 quận/huyện · 10.035 xã/phường/thị trấn" for the chosen map. */
export function UnitCountsSummary({ asOf, era }: { asOf: string; era: MapEra }) {
  const { t, language } = useI18n();
  const counts = useApiQuery({ key: `counts:${asOf}`, load: () => unitsApi.counts(asOf) });

  if (counts.status === 'error') return <ErrorNotice error={counts.error} onRetry={counts.retry} />;
  if (counts.status !== 'success') {
    return (
      <p className="counts counts--loading" aria-busy="true">
        {t.units.tree.loading}
      </p>
    );
  }
  // The two-tier map has no district level: say nothing rather than "0 quận/huyện".
  const shown = LEVELS.filter((level) => level !== 'district' || counts.data.district > 0);
  return (
    <p className="counts" data-testid="unit-counts">
      <span className="visually-hidden">{t.units.counts.label}: </span>
      {shown.map((level, index) => (
        <Fragment key={level}>
          {index > 0 && <span className="counts__separator"> · </span>}
          <span className="counts__item">
            <strong>{formatNumber(counts.data[level], language)}</strong> {t.units.counts.level(level, era)}
          </span>
        </Fragment>
      ))}
    </p>
  );
}
