import type { TrendPoint, TrendResponse, UnitScorecard } from '@govindex/contracts';
import type { TrendLine } from '@govindex/ui-charts';
import { useMemo } from 'react';
import { numberLocale } from '../../../shared/format/format';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { ChartFigure, LazyTrendChart } from '../components/charts';
import { QueryView } from '../components/query-view';
import { DimensionsRadar, DimensionsTable, WeakIndicatorsTable } from '../components/scorecard-parts';
import { SelectionToolbar } from '../components/selection-toolbar';
import { SectionTitle, SimulatedBadge } from '../components/simulated-badge';
import { SortableTable } from '../components/sortable-table';
import { StandingSummary, standingOfScorecard } from '../components/standing-summary';
import { trendColumns } from '../components/trend-columns';
import { overviewApi } from '../overview-api';
import { useOverviewText } from '../use-overview-text';
import type { HomeUnit } from './home-unit';
import { OwnScorecardLink } from './own-scorecard-link';
import { RemediationPlanButton } from '../../follow-up/components/remediation-plan-button';
import { useSelection } from './use-selection';

/** The commune's home: its rank among the district's communes, its dimensions, what to improve first. */
export function CommuneHome({ unit }: { unit: HomeUnit }) {
  const { o } = useOverviewText();
  const { selection, trend, years, year, change } = useSelection(unit.id);
  const { framework } = selection;
  return (
    <>
      <SelectionToolbar selection={selection} year={year} years={years} onChange={change}>
        <span className="remediation-actions">
          <OwnScorecardLink unit={unit} framework={framework} year={year} />
          {year !== null && <RemediationPlanButton unitId={unit.id} unitName={unit.fullName} framework={framework} year={year} />}
        </span>
      </SelectionToolbar>
      <QueryView query={trend} notFound={o.noResults(framework, unit.fullName)}>
        {(data) => (year === null ? null : <CommuneSections unit={unit} framework={framework} year={year} trend={data} />)}
      </QueryView>
    </>
  );
}

function CommuneSections({ unit, framework, year, trend }: { unit: HomeUnit; framework: string; year: number; trend: TrendResponse }) {
  const { o } = useOverviewText();
  const scorecard = useApiQuery<UnitScorecard>({
    key: `scorecard:${unit.id}:${framework}:${year}`,
    load: (signal) => overviewApi.scorecard(unit.id, framework, year, signal),
  });
  return (
    <QueryView query={scorecard} notFound={o.noResults(framework, unit.fullName)}>
      {(card) => (
        <>
          {card.simulated && (
            <p className="notice notice--info overview-simulated" data-testid="simulated-note">
              <SimulatedBadge simulated />
              <span>{o.simulatedNote}</span>
            </p>
          )}
          <div className="overview-grid">
            <section className="panel overview-section overview-section--wide" aria-labelledby="standing-title" data-testid="commune-standing">
              <SectionTitle id="standing-title" title={`${card.unit.fullName} — ${card.framework} ${card.year}`} simulated={card.simulated} />
              {card.total && (
                <StandingSummary
                  standing={standingOfScorecard(card.total)}
                  peers={o.peersOf(card.unit.level, card.peers.parent?.fullName ?? null)}
                />
              )}
            </section>
            <section className="panel overview-section overview-section--wide" aria-labelledby="dimensions-title" data-testid="commune-dimensions">
              <SectionTitle id="dimensions-title" title={o.dimensions.title} simulated={card.simulated} />
              <div className="overview-dimensions">
                <div>
                  <DimensionsTable scorecard={card} />
                </div>
                <DimensionsRadar scorecard={card} />
              </div>
            </section>
            <section className="panel overview-section overview-section--wide" aria-labelledby="weak-title" data-testid="commune-weak">
              <SectionTitle id="weak-title" title={o.weakIndicators.title} simulated={card.simulated} />
              <WeakIndicatorsTable scorecard={card} />
            </section>
            <CommuneTrend unit={unit} trend={trend} framework={framework} />
          </div>
        </>
      )}
    </QueryView>
  );
}

/** The commune's total over the years, with its rank each year. */
function CommuneTrend({ unit, trend, framework }: { unit: HomeUnit; trend: TrendResponse; framework: string }) {
  const { o, language } = useOverviewText();
  const lines = useMemo<TrendLine[]>(
    () => [{ key: 'unit', name: unit.fullName, emphasised: true, points: trend.points.map((point) => ({ year: point.year, value: point.value })) }],
    [trend.points, unit.fullName],
  );
  const columns = useMemo(() => trendColumns<TrendPoint>(o, language), [o, language]);
  const title = o.commune.trendTitle(framework);
  return (
    <section className="panel overview-section overview-section--wide" aria-labelledby="commune-trend-title" data-testid="commune-trend">
      <SectionTitle id="commune-trend-title" title={title} simulated={trend.simulated} />
      <div className="overview-split">
        <ChartFigure>
          <LazyTrendChart lines={lines} ariaLabel={title} locale={numberLocale(language)} fractionDigits={2} height={260} />
        </ChartFigure>
        <SortableTable
          caption={o.commune.trendCaption}
          columns={columns}
          rows={trend.points}
          rowKey={(row) => String(row.year)}
          initialSort={{ key: 'year', direction: 'descending' }}
          testId="commune-trend-table"
        />
      </div>
    </section>
  );
}
