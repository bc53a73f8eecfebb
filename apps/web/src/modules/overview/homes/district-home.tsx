import type { HeatmapResponse, LaggingUnitView, RankingRow, UnitScorecard } from '@govindex/contracts';
import type { HeatmapAxisItem, RankedBarItem } from '@govindex/ui-charts';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatNumber, numberLocale, todayIsoDate } from '../../../shared/format/format';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { ChartFigure, LazyHeatmap, LazyRankedBarChart } from '../components/charts';
import { QueryView } from '../components/query-view';
import { SelectionToolbar } from '../components/selection-toolbar';
import { SectionTitle, SimulatedBadge } from '../components/simulated-badge';
import { SortableTable, type TableColumn } from '../components/sortable-table';
import { RankChange } from '../components/rank-change';
import { overviewApi } from '../overview-api';
import { scorecardPath } from '../overview-paths';
import { formatOptionalScore, formatScore } from '../state/score-format';
import { aggregateWeakDimensions, type WeakDimensionRow } from '../state/weak-dimensions';
import { useOverviewText } from '../use-overview-text';
import { useSignedInSession } from '../../auth/session';
import { DistrictPlanPanels } from '../../follow-up/components/district-plan-panels';
import { FollowUpDialog } from '../../follow-up/components/follow-up-dialog';
import { addDays, DEFAULT_FOLLOW_UP_DAYS, type FollowUpDraft } from '../../follow-up/state/alignment';
import { useFollowUpText } from '../../follow-up/use-follow-up-text';
import { overviewVi } from '../overview-messages';
import type { HomeUnit } from './home-unit';
import { useSelection } from './use-selection';

/** Who asks communes to act: the levels above them. */
const FOLLOW_UP_SENDERS = new Set(['district_officer', 'province_officer', 'admin']);

/** The district officer's home: the communes ranked, by dimension, the lagging ones and the weak dimensions. */
export function DistrictHome({ unit }: { unit: HomeUnit }) {
  const { o } = useOverviewText();
  const { selection, trend, years, year, change } = useSelection(unit.id, 'commune');
  return (
    <>
      <SelectionToolbar selection={selection} year={year} years={years} onChange={change} />
      {/* Reports and follow-up of the plan year: shown once the results' year is known (plans answer it). */}
      <DistrictPlanPanels
        unitId={unit.id}
        framework={selection.framework}
        resultsYear={trend.status === 'success' || trend.status === 'error' ? year : undefined}
      />
      <QueryView query={trend} notFound={o.noResults(selection.framework, unit.fullName)}>
        {(data) =>
          year === null ? null : (
            <>
              {data.simulated && (
                <p className="notice notice--info overview-simulated" data-testid="simulated-note">
                  <SimulatedBadge simulated />
                  <span>{o.simulatedNote}</span>
                </p>
              )}
              <DistrictSections unit={unit} framework={selection.framework} year={year} />
            </>
          )
        }
      </QueryView>
    </>
  );
}

function DistrictSections({ unit, framework, year }: { unit: HomeUnit; framework: string; year: number }) {
  const { o } = useOverviewText();
  const none = o.noResults(`${framework} ${year}`, unit.fullName);
  const scope = `${framework}:${year}:${unit.id}`;
  const ranking = useApiQuery({
    key: `ranking:${scope}`,
    load: (signal) => overviewApi.ranking(framework, 'commune', year, unit.id, signal),
  });
  const heatmap = useApiQuery({
    key: `heatmap:${scope}`,
    load: (signal) => overviewApi.heatmap(framework, 'commune', year, unit.id, signal),
  });
  const lagging = useApiQuery({
    key: `lagging:${scope}`,
    load: (signal) => overviewApi.lagging(framework, 'commune', year, unit.id, signal),
  });
  return (
    <div className="overview-grid">
      <section className="panel overview-section overview-section--wide" aria-labelledby="ranking-title" data-testid="commune-ranking">
        <QueryView query={ranking} notFound={none}>
          {(data) => <CommuneRanking rows={data.items} framework={framework} year={year} scope={unit.fullName} />}
        </QueryView>
      </section>
      <section className="panel overview-section overview-section--wide" aria-labelledby="heatmap-title" data-testid="district-heatmap">
        <QueryView query={heatmap} notFound={none}>
          {(data) => <DistrictHeatmap heatmap={data} framework={framework} />}
        </QueryView>
      </section>
      <section className="panel overview-section" aria-labelledby="lagging-title" data-testid="lagging-communes">
        <QueryView query={lagging} notFound={none}>
          {(data) => <LaggingCommunes items={data.items} simulated={data.simulated} framework={framework} year={year} />}
        </QueryView>
      </section>
      <section className="panel overview-section" aria-labelledby="weak-dimensions-title" data-testid="weak-dimensions">
        <QueryView query={heatmap} notFound={none}>
          {(data) => <WeakDimensions heatmap={data} framework={framework} year={year} />}
        </QueryView>
      </section>
    </div>
  );
}

function CommuneRanking({ rows, framework, year, scope }: { rows: RankingRow[]; framework: string; year: number; scope: string }) {
  const { o, language } = useOverviewText();
  const simulated = rows.some((row) => row.simulated);
  const items = useMemo<RankedBarItem[]>(
    () => rows.map((row) => ({ key: String(row.unit.id), label: row.unit.fullName, value: row.value, change: row.rankChange })),
    [rows],
  );
  const columns = useMemo<Array<TableColumn<RankingRow>>>(
    () => [
      { key: 'rank', header: o.ranking.rank, numeric: true, cell: (row) => formatNumber(row.rank, language), sortValue: (row) => row.rank },
      {
        key: 'unit',
        header: o.ranking.unit,
        rowHeader: true,
        cell: (row) => (
          <Link to={scorecardPath(row.unit.id, { framework, year })} title={o.scorecardLinkOf(row.unit.fullName)}>
            {row.unit.fullName}
          </Link>
        ),
        sortValue: (row) => row.unit.name,
        exportValue: (row) => row.unit.fullName,
      },
      {
        key: 'total',
        header: o.ranking.total,
        numeric: true,
        firstDirection: 'descending',
        cell: (row) => formatScore(row.value, language),
        sortValue: (row) => row.value,
        exportFormat: '0.00',
      },
      {
        key: 'change',
        header: o.ranking.change,
        numeric: true,
        firstDirection: 'descending',
        cell: (row) => <RankChange change={row.rankChange} />,
        sortValue: (row) => row.rankChange,
      },
      {
        key: 'group',
        header: o.ranking.group,
        numeric: true,
        cell: (row) => (row.group === null ? '–' : formatNumber(row.group, language)),
        sortValue: (row) => row.group,
      },
    ],
    [o, language, framework, year],
  );
  const title = o.ranking.title(framework, String(year));
  return (
    <>
      <SectionTitle id="ranking-title" title={title} simulated={simulated} />
      <div className="overview-split">
        <ChartFigure notes={<p className="chart__note">{o.ranking.chartNote}</p>}>
          <LazyRankedBarChart
            items={items}
            seriesName={o.ranking.seriesName(framework, String(year))}
            ariaLabel={title}
            locale={numberLocale(language)}
            fractionDigits={2}
          />
        </ChartFigure>
        <SortableTable
          caption={o.ranking.caption}
          columns={columns}
          rows={rows}
          rowKey={(row) => String(row.unit.id)}
          initialSort={{ key: 'rank', direction: 'ascending' }}
          testId="ranking-table"
          exportAs={{ sheet: o.ranking.caption, file: [title, scope] }}
        />
      </div>
    </>
  );
}

type HeatmapRow = HeatmapResponse['rows'][number];

function DistrictHeatmap({ heatmap, framework }: { heatmap: HeatmapResponse; framework: string }) {
  const { o, language } = useOverviewText();
  const rows = useMemo<HeatmapAxisItem[]>(
    () => heatmap.rows.map((row) => ({ key: String(row.unit.id), label: row.unit.fullName })),
    [heatmap],
  );
  const columns = useMemo<HeatmapAxisItem[]>(
    () =>
      heatmap.dimensions.map((dimension) => ({
        key: dimension.code,
        label: dimension.code,
        name: `${dimension.code} ${language === 'vi' ? dimension.nameVi : dimension.nameEn}`,
      })),
    [heatmap, language],
  );
  const values = useMemo(
    () => heatmap.rows.map((row) => heatmap.dimensions.map((dimension) => row.values[dimension.code] ?? null)),
    [heatmap],
  );
  const tableColumns = useMemo<Array<TableColumn<HeatmapRow>>>(
    () => [
      {
        key: 'unit',
        header: o.heatmap.unit,
        rowHeader: true,
        cell: (row) => row.unit.fullName,
        sortValue: (row) => row.unit.name,
        exportValue: (row) => row.unit.fullName,
      },
      {
        key: 'total',
        header: o.heatmap.total,
        numeric: true,
        firstDirection: 'descending',
        cell: (row) => formatOptionalScore(row.total, language),
        sortValue: (row) => row.total,
      },
      ...heatmap.dimensions.map<TableColumn<HeatmapRow>>((dimension) => ({
        key: dimension.code,
        header: dimension.code,
        numeric: true,
        firstDirection: 'descending',
        cell: (row) => formatOptionalScore(row.values[dimension.code] ?? null, language),
        sortValue: (row) => row.values[dimension.code] ?? null,
      })),
    ],
    [o, language, heatmap.dimensions],
  );
  const title = o.heatmap.title(String(heatmap.year));
  return (
    <>
      <SectionTitle id="heatmap-title" title={title} simulated={heatmap.simulated} />
      <ChartFigure
        notes={
          <>
            <p className="chart__note">{o.heatmap.note}</p>
            <ul className="overview-legend" aria-label={framework}>
              {heatmap.dimensions.map((dimension) => (
                <li key={dimension.code}>
                  <span className="overview-code">{dimension.code}</span> {language === 'vi' ? dimension.nameVi : dimension.nameEn}
                </li>
              ))}
            </ul>
          </>
        }
      >
        <LazyHeatmap
          rows={rows}
          columns={columns}
          values={values}
          colorScale="column-median"
          locale={numberLocale(language)}
          fractionDigits={2}
          legendText={o.heatmap.legend}
          medianText={o.heatmap.median}
          ariaLabel={title}
        />
      </ChartFigure>
      <details className="overview-details">
        <summary>{o.heatmap.showTable}</summary>
        <SortableTable
          caption={o.heatmap.caption}
          columns={tableColumns}
          rows={heatmap.rows}
          rowKey={(row) => String(row.unit.id)}
          initialSort={{ key: 'total', direction: 'descending' }}
          testId="heatmap-table"
          exportAs={{ sheet: o.heatmap.caption, file: [title, heatmap.parent?.fullName] }}
        />
      </details>
    </>
  );
}

function LaggingCommunes({
  items,
  simulated,
  framework,
  year,
}: {
  items: LaggingUnitView[];
  simulated: boolean;
  framework: string;
  year: number;
}) {
  const { o, language } = useOverviewText();
  const { f } = useFollowUpText();
  const { user } = useSignedInSession();
  const canFollowUp = FOLLOW_UP_SENDERS.has(user.role);
  const [draft, setDraft] = useState<FollowUpDraft | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  // The request to the commune is written in Vietnamese, whatever the screen's language.
  const followUpDraftOf = useCallback(
    (row: LaggingUnitView): FollowUpDraft => {
      const reasons = row.reasons.map((reason) => overviewVi.laggingReason(reason)).join('; ');
      return {
        unit: row.unit,
        framework,
        year,
        indicatorCode: null,
        reasonKind: row.reasons[0]?.kind ?? 'bottom_quartile',
        reason: o.lagging.followUpReason(String(year), reasons),
        actionRequested: o.lagging.followUpAction(reasons),
        dueOn: addDays(todayIsoDate(), DEFAULT_FOLLOW_UP_DAYS),
      };
    },
    [framework, year, o],
  );
  const columns = useMemo<Array<TableColumn<LaggingUnitView>>>(
    () => [
      { key: 'rank', header: o.ranking.rank, numeric: true, cell: (row) => formatNumber(row.rank, language), sortValue: (row) => row.rank, firstDirection: 'descending' },
      {
        key: 'unit',
        header: o.ranking.unit,
        rowHeader: true,
        cell: (row) => <Link to={scorecardPath(row.unit.id, { framework, year })}>{row.unit.fullName}</Link>,
        sortValue: (row) => row.unit.name,
        exportValue: (row) => row.unit.fullName,
      },
      {
        key: 'total',
        header: o.ranking.total,
        numeric: true,
        cell: (row) => formatScore(row.total, language),
        sortValue: (row) => row.total,
      },
      {
        key: 'reasons',
        header: o.lagging.reasons,
        cell: (row) => (
          <ul className="reason-list">
            {row.reasons.map((reason) => (
              <li key={reason.kind}>{o.laggingReason(reason)}</li>
            ))}
          </ul>
        ),
        sortValue: (row) => row.reasons.length,
        exportValue: (row) => row.reasons.map((reason) => o.laggingReason(reason)).join('; '),
        firstDirection: 'descending',
      },
      ...(canFollowUp
        ? [
            {
              key: 'followUp',
              header: o.lagging.followUp,
              cell: (row: LaggingUnitView) => (
                <button type="button" className="button button--small button--quiet" aria-label={o.lagging.followUpLabel(row.unit.fullName)} onClick={() => setDraft(followUpDraftOf(row))}>
                  {o.lagging.followUp}
                </button>
              ),
            },
          ]
        : []),
    ],
    [o, language, framework, year, canFollowUp, followUpDraftOf],
  );
  return (
    <>
      <SectionTitle id="lagging-title" title={o.lagging.title(String(year))} simulated={simulated} />
      <p className="overview-section__note">{o.lagging.note}</p>
      <SortableTable
        caption={o.lagging.caption}
        columns={columns}
        rows={items}
        rowKey={(row) => String(row.unit.id)}
        initialSort={{ key: 'rank', direction: 'descending' }}
        testId="lagging-table"
        emptyText={o.lagging.empty}
        exportAs={{ sheet: o.lagging.caption, file: [o.lagging.title(String(year))] }}
      />
      {created && (
        <p className="notice notice--success" role="status" data-testid="lagging-follow-up-created">
          {created}
        </p>
      )}
      {draft && (
        <FollowUpDialog
          draft={draft}
          onClose={() => setDraft(null)}
          onCreated={(item) => {
            setDraft(null);
            setCreated(f.dialog.created(item.unit.fullName));
          }}
        />
      )}
    </>
  );
}

function WeakDimensions({ heatmap, framework, year }: { heatmap: HeatmapResponse; framework: string; year: number }) {
  const { o, language } = useOverviewText();
  const unitIds = heatmap.rows.map((row) => row.unit.id);
  const scorecards = useApiQuery<UnitScorecard[]>({
    key: `weak:${framework}:${year}:${unitIds.join(',')}`,
    load: (signal) => Promise.all(unitIds.map((id) => overviewApi.scorecard(id, framework, year, signal))),
  });
  const rows = useMemo(
    () => (scorecards.status === 'success' ? aggregateWeakDimensions(heatmap.dimensions, scorecards.data, language) : []),
    [scorecards, heatmap.dimensions, language],
  );
  const columns = useMemo<Array<TableColumn<WeakDimensionRow>>>(
    () => [
      {
        key: 'dimension',
        header: o.weakDimensions.dimension,
        rowHeader: true,
        cell: (row) => (
          <>
            <span className="overview-code">{row.code}</span> {language === 'vi' ? row.nameVi : row.nameEn}
          </>
        ),
        sortValue: (row) => row.code,
        exportValue: (row) => `${row.code} ${language === 'vi' ? row.nameVi : row.nameEn}`,
      },
      {
        key: 'count',
        header: o.weakDimensions.count,
        numeric: true,
        firstDirection: 'descending',
        cell: (row) => o.weakDimensions.countOf(formatNumber(row.count, language), formatNumber(row.of, language)),
        sortValue: (row) => row.count,
      },
      {
        key: 'units',
        header: o.weakDimensions.units,
        cell: (row) => (row.units.length === 0 ? o.weakDimensions.none : row.units.map((unit) => unit.fullName).join(', ')),
        exportValue: (row) => row.units.map((unit) => unit.fullName).join(', '),
      },
      {
        key: 'points',
        header: o.weakDimensions.points,
        numeric: true,
        firstDirection: 'descending',
        cell: (row) => formatScore(row.pointsRecoverableOnTotal, language),
        sortValue: (row) => row.pointsRecoverableOnTotal,
      },
    ],
    [o, language],
  );
  return (
    <>
      <SectionTitle id="weak-dimensions-title" title={o.weakDimensions.title(String(year))} simulated={heatmap.simulated} />
      <QueryView query={scorecards}>
        {() => (
          <SortableTable
            caption={o.weakDimensions.caption}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.code}
            initialSort={{ key: 'count', direction: 'descending' }}
            testId="weak-dimensions-table"
            exportAs={{ sheet: o.weakDimensions.caption, file: [o.weakDimensions.title(String(year))] }}
          />
        )}
      </QueryView>
      <p className="overview-section__note">{o.weakDimensions.method}</p>
    </>
  );
}
