import type { UnitScorecard } from '@govindex/contracts';
import { Link, useParams } from 'react-router';
import { formatDate, todayIsoDate } from '../../shared/format/format';
import { ApiError } from '../../shared/api/api-client';
import { useApiQuery, type QueryResult } from '../../shared/hooks/use-api-query';
import { QueryView } from './components/query-view';
import { DimensionsRadar, DimensionsTable, WeakIndicatorsTable } from './components/scorecard-parts';
import { SelectionToolbar } from './components/selection-toolbar';
import { SimulatedBadge } from './components/simulated-badge';
import { StandingSummary, standingOfScorecard } from './components/standing-summary';
import { useSelection } from './homes/use-selection';
import { overviewApi } from './overview-api';
import { OVERVIEW_PATH } from './overview-paths';
import { useOverviewText } from './use-overview-text';
import { RemediationPlanButton } from '../follow-up/components/remediation-plan-button';
import { WeakIndicatorFollowUp } from '../follow-up/components/weak-indicator-follow-up';
import './overview.css';

function parseUnitId(text: string | undefined): number | null {
  return text && /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
}

/**
 * The printable scorecard of one unit in the officer's scope: standing, dimensions against the peers,
 * radar, weak indicators. Printing (the "In" button) gives one A4 page without navigation or pickers.
 */
export function ScorecardPage() {
  const unitId = parseUnitId(useParams().id);
  if (unitId === null) return <NotInScope />;
  return <Scorecard key={unitId} unitId={unitId} />;
}

function isNotFound(query: QueryResult<unknown>): boolean {
  return query.status === 'error' && query.error instanceof ApiError && query.error.kind === 'not-found';
}

/** The unit has no results for the choice, or is not the officer's: the API says 404 either way, and so do we. */
function NotInScope() {
  const { o } = useOverviewText();
  return (
    <>
      <title>{`${o.scorecard.heading} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{o.scorecard.heading}</h1>
      </div>
      <p className="notice notice--info" role="status" data-testid="not-in-scope">
        {o.notInScope}
      </p>
      <p>
        <Link to={OVERVIEW_PATH}>{o.scorecard.backToOverview}</Link>
      </p>
    </>
  );
}

function Scorecard({ unitId }: { unitId: number }) {
  const { o } = useOverviewText();
  const { selection, trend, years, year, change } = useSelection(unitId);
  const { framework } = selection;
  const scorecard = useApiQuery<UnitScorecard>(
    year === null
      ? null
      : { key: `scorecard:${unitId}:${framework}:${year}`, load: (signal) => overviewApi.scorecard(unitId, framework, year, signal) },
  );
  // Nothing about the unit is shown, not even the pickers: the answer does not say which of the two it is.
  if (isNotFound(trend) || isNotFound(scorecard)) return <NotInScope />;
  return (
    <div className="scorecard-page">
      <SelectionToolbar selection={selection} year={year} years={years} onChange={change}>
        <div className="scorecard-page__actions">
          <Link to={OVERVIEW_PATH} className="button button--small button--quiet">
            {o.scorecard.backToOverview}
          </Link>
          {scorecard.status === 'success' && year !== null && (
            <RemediationPlanButton unitId={unitId} unitName={scorecard.data.unit.fullName} framework={framework} year={year} />
          )}
          <button
            type="button"
            className="button"
            onClick={() => window.print()}
            disabled={scorecard.status !== 'success'}
            title={o.scorecard.printHint}
          >
            {o.scorecard.print}
          </button>
        </div>
      </SelectionToolbar>
      <QueryView query={trend}>{() => <QueryView query={scorecard}>{(card) => <ScorecardSheet card={card} />}</QueryView>}</QueryView>
      {scorecard.status === 'success' && <WeakIndicatorFollowUp card={scorecard.data} />}
    </div>
  );
}

function ScorecardSheet({ card }: { card: UnitScorecard }) {
  const { o, language } = useOverviewText();
  const catalog = useApiQuery({ key: 'catalog', load: () => overviewApi.catalog() });
  const framework =
    catalog.status === 'success' ? catalog.data.frameworks.find((candidate) => candidate.code === card.framework) : undefined;
  const frameworkName = framework ? (language === 'vi' ? framework.nameVi : framework.nameEn) : card.framework;
  const peers = o.peersOf(card.unit.level, card.peers.parent?.fullName ?? null);
  return (
    <article className="scorecard-sheet" aria-labelledby="scorecard-title" data-testid="scorecard">
      <title>{`${o.scorecard.pageTitle(card.unit.fullName)} — ${card.framework} ${card.year} — GovIndex`}</title>
      <header className="scorecard-sheet__header">
        <p className="scorecard-sheet__kicker">
          GovIndex · {o.scorecard.heading} {card.framework} {card.year}
        </p>
        <h1 id="scorecard-title" className="scorecard-sheet__title">
          {card.unit.fullName}
        </h1>
        {card.unit.path && <p className="scorecard-sheet__path">{card.unit.path}</p>}
        <dl className="scorecard-sheet__meta">
          <div>
            <dt>{o.scorecard.framework}</dt>
            <dd>{frameworkName}</dd>
          </div>
          <div>
            <dt>{o.scorecard.year}</dt>
            <dd>{card.year}</dd>
          </div>
          <div>
            <dt>{o.scorecard.version}</dt>
            <dd>{card.versionLabel}</dd>
          </div>
          <div>
            <dt>{o.scorecard.peers}</dt>
            <dd>{peers}</dd>
          </div>
        </dl>
        <SimulatedBadge simulated={card.simulated} />
      </header>
      {card.total && <StandingSummary standing={standingOfScorecard(card.total)} testId="scorecard-standing" />}
      <div className="scorecard-sheet__dimensions">
        <section aria-labelledby="scorecard-dimensions-title">
          <h2 id="scorecard-dimensions-title" className="scorecard-sheet__heading">
            {o.dimensions.title}
          </h2>
          <DimensionsTable scorecard={card} />
        </section>
        <DimensionsRadar scorecard={card} height={340} title={o.radar.title} />
      </div>
      <section aria-labelledby="scorecard-weak-title">
        <h2 id="scorecard-weak-title" className="scorecard-sheet__heading">
          {o.weakIndicators.title}
        </h2>
        <WeakIndicatorsTable scorecard={card} />
      </section>
      <footer className="scorecard-sheet__footer">{o.scorecard.printedOn(formatDate(todayIsoDate()))}</footer>
    </article>
  );
}
