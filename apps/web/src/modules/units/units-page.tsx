import type { UnitDetail, UnitSummary } from '@govindex/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/i18n';
import { todayIsoDate } from '../../shared/format/format';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { MapSelector } from './components/map-selector';
import { UnitCountsSummary } from './components/unit-counts-summary';
import { UnitDetailPanel } from './components/unit-detail-panel';
import { UnitSearch } from './components/unit-search';
import { UnitTree } from './components/unit-tree';
import { asOfForEra, asOfShowing, isInForceOn, readUnitsView, unitsViewParams, type MapEra } from './state/units-view';
import { unitsApi } from './units-api';

const NO_ANCESTORS: readonly number[] = [];

/** The national administrative tree: choose a map, browse or search, and read a unit's details. */
export function UnitsPage() {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readUnitsView(searchParams);
  const { asOf, unitId } = view;

  const detail = useApiQuery<UnitDetail>(
    unitId === null ? null : { key: `unit:${unitId}`, load: (signal) => unitsApi.detail(unitId, signal) },
  );
  const shownDetail = detail.status === 'success' ? detail.data : null;
  const revealIds = useMemo(
    () => (shownDetail ? shownDetail.ancestors.map((ancestor) => ancestor.id) : NO_ANCESTORS),
    [shownDetail],
  );

  const selectUnit = useCallback(
    (id: number) => {
      if (id !== unitId) setSearchParams(unitsViewParams({ asOf, unitId: id }));
    },
    [asOf, unitId, setSearchParams],
  );

  /** A predecessor or successor: switch to the map that holds it and select it there. */
  const openUnit = useCallback(
    (unit: UnitSummary) => setSearchParams(unitsViewParams({ asOf: asOfShowing(unit, asOf, todayIsoDate()), unitId: unit.id })),
    [asOf, setSearchParams],
  );

  const changeEra = (era: MapEra) => {
    const nextAsOf = asOfForEra(era, todayIsoDate());
    // A unit that also exists on the other map stays selected; a merged or dissolved one cannot.
    const keptUnitId = shownDetail && isInForceOn(shownDetail, nextAsOf) ? shownDetail.id : null;
    setSearchParams(unitsViewParams({ asOf: nextAsOf, unitId: keptUnitId }));
  };

  return (
    <>
      <title>{`${shownDetail ? `${shownDetail.fullName} — ` : ''}${t.units.pageTitle} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{t.units.pageTitle}</h1>
        <p className="page-heading__intro">{t.units.pageIntro}</p>
      </div>
      <div className="toolbar">
        <MapSelector era={view.era} onChange={changeEra} />
        <UnitCountsSummary asOf={asOf} era={view.era} />
      </div>
      <div className={`units-layout${unitId === null ? '' : ' units-layout--with-selection'}`}>
        <section className="panel panel--tree" aria-labelledby="unit-tree-heading">
          <h2 id="unit-tree-heading" className="panel__title">
            {t.units.tree.heading}
          </h2>
          <UnitSearch asOf={asOf} selectedId={unitId} onSelect={selectUnit} />
          <div className="tree-scroller">
            <UnitTree key={asOf} asOf={asOf} selectedId={unitId} revealIds={revealIds} onSelect={selectUnit} />
          </div>
        </section>
        <section className="panel panel--detail" aria-label={t.units.detail.heading}>
          <UnitDetailPanel detail={detail} asOf={asOf} era={view.era} onSelect={selectUnit} onOpen={openUnit} />
        </section>
      </div>
    </>
  );
}
