import type { UnitDetail, UnitSummary } from '@govindex/contracts';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { formatDate, formatNumber } from '../../../shared/format/format';
import type { QueryResult } from '../../../shared/hooks/use-api-query';
import { ErrorNotice } from '../../../app/error-notice';
import { useSession } from '../../auth/session';
import { scorecardPath } from '../../overview/overview-paths';
import { isUnitInScope } from '../../overview/state/home-view';
import { useOverviewText } from '../../overview/use-overview-text';
import { isInForceOn, type MapEra } from '../state/units-view';
import { SubUnitsChart } from './sub-units-chart';
import { UnitLineage } from './unit-lineage';

export interface UnitDetailPanelProps {
  detail: QueryResult<UnitDetail>;
  asOf: string;
  era: MapEra;
  onSelect: (id: number) => void;
  /** Opens a unit of another map (a predecessor or successor) on the map that holds it. */
  onOpen: (unit: UnitSummary) => void;
}

/**
 * The selected unit: what it is, where it sits, since when it exists, what it was formed from or merged into,
 * and how its sub-units compare.
 */
export function UnitDetailPanel({ detail, asOf, era, onSelect, onOpen }: UnitDetailPanelProps) {
  const { t, language } = useI18n();
  if (detail.status === 'idle') return <p className="empty-hint">{t.units.detail.empty}</p>;
  if (detail.status === 'loading') return <p className="tree-status">{t.units.tree.loading}</p>;
  if (detail.status === 'error') return <ErrorNotice error={detail.error} onRetry={detail.retry} />;

  const unit = detail.data;
  const validity = t.units.detail.validityText(
    unit.validFrom ? formatDate(unit.validFrom) : null,
    unit.validUntil ? formatDate(unit.validUntil) : null,
  );
  return (
    <article className="unit-detail" aria-labelledby="unit-detail-title" data-testid="unit-detail">
      <nav className="breadcrumb" aria-label={t.units.detail.location}>
        <ol>
          <li>{t.units.detail.country}</li>
          {unit.ancestors.map((ancestor) => (
            <li key={ancestor.id}>
              <button type="button" className="link-button" onClick={() => onSelect(ancestor.id)}>
                {ancestor.fullName}
              </button>
            </li>
          ))}
          <li aria-current="page">{unit.fullName}</li>
        </ol>
      </nav>
      <h2 id="unit-detail-title" className="unit-detail__title">
        {unit.fullName}
      </h2>
      {!isInForceOn(unit, asOf) && <p className="notice notice--info">{t.units.detail.notOnMap(formatDate(asOf))}</p>}
      <dl className="facts">
        <div className="facts__row">
          <dt>{t.units.detail.kind}</dt>
          <dd>{t.units.kindNames[unit.kind]}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.units.detail.code}</dt>
          <dd>
            <code>{unit.code}</code>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t.units.detail.level}</dt>
          <dd>{t.units.levelNames[unit.level]}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.units.detail.validity}</dt>
          <dd>{validity}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.units.detail.location}</dt>
          <dd>
            {unit.ancestors.length > 0
              ? [...unit.ancestors].reverse().map((ancestor) => ancestor.fullName).join(', ')
              : t.units.detail.country}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t.units.detail.childCount}</dt>
          <dd>{formatNumber(unit.childCount, language)}</dd>
        </div>
      </dl>
      <ScorecardLink unit={unit} />
      <UnitLineage unit={unit} asOf={asOf} onOpen={onOpen} />
      <SubUnitsChart unit={unit} asOf={asOf} era={era} />
    </article>
  );
}

/** The unit's printable scorecard, offered only for units in the officer's scope (the API would answer 404). */
function ScorecardLink({ unit }: { unit: UnitDetail }) {
  const { o } = useOverviewText();
  const { state } = useSession();
  if (state.status !== 'signed-in' || !isUnitInScope(state.session.user.unitId, unit)) return null;
  return (
    <p className="unit-detail__actions">
      <Link to={scorecardPath(unit.id)} className="button button--small button--quiet" data-testid="scorecard-link">
        {o.scorecardLinkOf(unit.fullName)}
      </Link>
    </p>
  );
}
