import type { UnitDetail } from '@govindex/contracts';
import type { RankedBarItem } from '@govindex/ui-charts';
import { lazy, Suspense, useMemo } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { numberLocale } from '../../../shared/format/format';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { ErrorNotice } from '../../../app/error-notice';
import type { MapEra } from '../state/units-view';
import { unitsApi } from '../units-api';

// ECharts is most of the bundle and only needed once a unit is selected: load it then.
const RankedBarChart = lazy(() => import('@govindex/ui-charts').then((charts) => ({ default: charts.RankedBarChart })));

/**
 * How many sub-units each unit has, ranked. A province of the old map shows its districts by number of
 * communes. When the children are leaves (a district, a province of the new map) the bars compare the unit
 * with its peers instead, the unit itself highlighted.
 */
export function SubUnitsChart({ unit, asOf, era }: { unit: UnitDetail; asOf: string; era: MapEra }) {
  const { t, language } = useI18n();
  const children = useApiQuery(
    unit.childCount > 0 ? { key: `children:${asOf}:${unit.id}`, load: () => unitsApi.listChildren(asOf, unit.id) } : null,
  );
  const childrenHaveSubUnits = children.status === 'success' && children.data.items.some((child) => child.childCount > 0);
  const comparePeers = children.status === 'success' && !childrenHaveSubUnits;
  const peers = useApiQuery(
    comparePeers
      ? { key: `children:${asOf}:${unit.parentId ?? 'root'}`, load: () => unitsApi.listChildren(asOf, unit.parentId) }
      : null,
  );

  // Lists held in query state keep their identity until the data changes, so the bars are built once per answer.
  const members = childrenHaveSubUnits ? children.data.items : peers.status === 'success' ? peers.data.items : null;
  const items = useMemo<RankedBarItem[]>(
    () => (members ?? []).map((member) => ({ key: String(member.id), label: member.fullName, value: member.childCount })),
    [members],
  );

  if (unit.childCount === 0) return null;
  const failed = children.status === 'error' ? children : peers.status === 'error' ? peers : null;
  if (failed) return <ErrorNotice error={failed.error} onRetry={failed.retry} />;
  const barLevel = members?.[0]?.level;
  if (!members || !barLevel) return <p className="tree-status">{t.units.tree.loading}</p>;

  const scope = childrenHaveSubUnits ? unit.fullName : (unit.ancestors.at(-1)?.fullName ?? t.units.detail.country);
  const highlightedKey = childrenHaveSubUnits ? undefined : String(unit.id);
  const title = t.units.chart.title(barLevel, era, scope);
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <Suspense fallback={<p className="tree-status">{t.units.tree.loading}</p>}>
        <RankedBarChart
          items={items}
          seriesName={t.units.chart.seriesName}
          ariaLabel={title}
          highlightedKey={highlightedKey}
          locale={numberLocale(language)}
        />
      </Suspense>
      {highlightedKey && <p className="chart__note">{t.units.chart.highlightNote}</p>}
    </figure>
  );
}
