import type { DistributionGroup, DistributionResponse, TrendPoint, TrendResponse } from '@govindex/contracts';
import type { BoxplotGroup, TrendBreak, TrendLine } from '@govindex/ui-charts';
import { useMemo } from 'react';
import { formatNumber, numberLocale } from '../../../shared/format/format';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { ChartFigure, LazyBoxplotChart, LazyTrendChart } from '../components/charts';
import { QueryView } from '../components/query-view';
import { SelectionToolbar } from '../components/selection-toolbar';
import { SectionTitle } from '../components/simulated-badge';
import { SortableTable, type TableColumn } from '../components/sortable-table';
import { StandingSummary } from '../components/standing-summary';
import { trendColumns } from '../components/trend-columns';
import { overviewApi } from '../overview-api';
import { formatOptionalScore, formatScore } from '../state/score-format';
import { resolveYear } from '../state/selection';
import { versionBreaks, versionShape, type VersionShape } from '../state/version-notes';
import { useOverviewText } from '../use-overview-text';
import type { HomeUnit } from './home-unit';
import { OwnScorecardLink } from './own-scorecard-link';
import { useSelection } from './use-selection';

/** The province officer's home: the province over the years and against the country; its communes by district. */
export function ProvinceHome({ unit }: { unit: HomeUnit }) {
  const { o } = useOverviewText();
  const { selection, trend, years, year, change } = useSelection(unit.id);
  const { framework } = selection;
  return (
    <>
      <SelectionToolbar selection={selection} year={year} years={years} onChange={change}>
        <OwnScorecardLink unit={unit} framework={framework} year={year} />
      </SelectionToolbar>
      <QueryView query={trend} notFound={o.noResults(framework, unit.fullName)}>
        {(data) =>
          year === null ? null : (
            <div className="overview-grid">
              <VersusCountry unit={unit} framework={framework} year={year} />
              <ProvinceTrend unit={unit} trend={data} framework={framework} />
              <CommuneSections unit={unit} framework={framework} year={year} />
            </div>
          )
        }
      </QueryView>
    </>
  );
}

/** The province's place among all provinces in the year, from the published ranking, and the national median. */
function VersusCountry({ unit, framework, year }: { unit: HomeUnit; framework: string; year: number }) {
  const { o, language } = useOverviewText();
  const ranking = useApiQuery({
    key: `ranking:${framework}:${year}:country`,
    load: (signal) => overviewApi.ranking(framework, 'province', year, undefined, signal),
  });
  const distribution = useApiQuery({
    key: `distribution:${framework}:${year}:province`,
    load: (signal) => overviewApi.distribution(framework, 'province', year, {}, signal),
  });
  const versionLabel = ranking.status === 'success' ? ranking.data.versionLabel : null;
  const shape = useVersionShape(framework, versionLabel);
  return (
    <section className="panel overview-section overview-section--wide" aria-labelledby="versus-country-title" data-testid="versus-country">
      <SectionTitle id="versus-country-title" title={o.province.versusCountry(String(year))} simulated={false} />
      <QueryView query={ranking} notFound={o.noResults(framework, unit.fullName)}>
        {(data) => {
          const row = data.items.find((item) => item.unit.id === unit.id);
          if (!row) return <p className="notice notice--info">{o.noResults(framework, unit.fullName)}</p>;
          const median = distribution.status === 'success' ? (distribution.data.groups[0]?.median ?? null) : null;
          const gap = median === null ? null : row.value - median;
          return (
            <>
              <StandingSummary
                standing={{
                  value: row.value,
                  max: shape?.totalMax ?? null,
                  rank: row.rank,
                  of: data.items.length,
                  rankChange: row.rankChange,
                  group: row.group,
                  grade: row.grade,
                }}
              />
              {median !== null && gap !== null && (
                <p className="overview-section__note" data-testid="country-median">
                  {o.province.countryMedian}: <strong>{formatScore(median, language)}</strong> —{' '}
                  {gap >= 0 ? o.province.aboveMedian(formatScore(gap, language)) : o.province.belowMedian(formatScore(-gap, language))}
                </p>
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

/** The number of dimensions and the maximum total of a version, from the catalog, by its label. */
function useVersionShape(framework: string, versionLabel: string | null): VersionShape | null {
  const shapes = useVersionShapes(framework, versionLabel === null ? [] : [versionLabel]);
  return versionLabel === null ? null : (shapes.get(versionLabel) ?? null);
}

function useVersionShapes(framework: string, labels: readonly string[]): Map<string, VersionShape> {
  const key = labels.join('|');
  const query = useApiQuery<Map<string, VersionShape>>(
    labels.length === 0
      ? null
      : {
          key: `shapes:${framework}:${key}`,
          load: async () => {
            const catalog = await overviewApi.catalog();
            const versions = catalog.frameworks.find((candidate) => candidate.code === framework)?.versions ?? [];
            const entries = await Promise.all(
              labels.map(async (label) => {
                const version = versions.find((candidate) => candidate.label === label);
                const shape = version ? versionShape(await overviewApi.catalogVersion(version.id)) : null;
                return [label, shape] as const;
              }),
            );
            return new Map(entries.filter((entry): entry is readonly [string, VersionShape] => entry[1] !== null));
          },
        },
  );
  return query.status === 'success' ? query.data : EMPTY_SHAPES;
}

const EMPTY_SHAPES = new Map<string, VersionShape>();

interface ProvinceTrendRow extends TrendPoint {
  median: number | null;
}

/** The province's total over the years with the national median, broken where the framework version changed. */
function ProvinceTrend({ unit, trend, framework }: { unit: HomeUnit; trend: TrendResponse; framework: string }) {
  const { o, language } = useOverviewText();
  const years = trend.points.map((point) => point.year);
  const medians = useApiQuery<Map<number, number>>({
    key: `medians:${framework}:${years.join(',')}`,
    load: async (signal) => {
      const answers = await Promise.all(years.map((year) => overviewApi.distribution(framework, 'province', year, {}, signal)));
      return new Map(answers.flatMap((answer) => (answer.groups[0] ? [[answer.year, answer.groups[0].median] as const] : [])));
    },
  });
  const breaks = useMemo(() => versionBreaks(trend.points), [trend.points]);
  const shapes = useVersionShapes(
    framework,
    useMemo(() => breaks.map((mark) => mark.versionLabel), [breaks]),
  );
  const medianByYear = medians.status === 'success' ? medians.data : null;
  const lines = useMemo<TrendLine[]>(() => {
    const province: TrendLine = {
      key: 'unit',
      name: unit.fullName,
      emphasised: true,
      points: trend.points.map((point) => ({ year: point.year, value: point.value })),
    };
    if (!medianByYear) return [province];
    return [
      province,
      {
        key: 'median',
        name: o.province.countryMedian,
        dashed: true,
        color: '#5b6677',
        points: trend.points.map((point) => ({ year: point.year, value: medianByYear.get(point.year) ?? null })),
      },
    ];
  }, [trend.points, unit.fullName, medianByYear, o]);
  const chartBreaks = useMemo<TrendBreak[]>(
    () =>
      breaks.map((mark) => {
        const shape = shapes.get(mark.versionLabel);
        return {
          year: mark.year,
          label: shape ? o.versionMarker(String(mark.year), String(shape.dimensionCount), formatNumber(shape.totalMax, language)) : String(mark.year),
        };
      }),
    [breaks, shapes, o, language],
  );
  const rows = useMemo<ProvinceTrendRow[]>(
    () => trend.points.map((point) => ({ ...point, median: medianByYear?.get(point.year) ?? null })),
    [trend.points, medianByYear],
  );
  const columns = useMemo<Array<TableColumn<ProvinceTrendRow>>>(
    () => [
      ...trendColumns<ProvinceTrendRow>(o, language),
      {
        key: 'median',
        header: o.province.countryMedian,
        numeric: true,
        firstDirection: 'descending',
        cell: (row) => formatOptionalScore(row.median, language),
        sortValue: (row) => row.median,
      },
      { key: 'version', header: o.province.version, cell: (row) => row.versionLabel, sortValue: (row) => row.versionLabel },
    ],
    [o, language],
  );
  const title = o.province.trendTitle(framework);
  return (
    <section className="panel overview-section overview-section--wide" aria-labelledby="province-trend-title" data-testid="province-trend">
      <SectionTitle id="province-trend-title" title={title} simulated={trend.simulated} />
      <ChartFigure
        notes={
          breaks.length > 0 && (
            <ul className="version-notes" data-testid="version-notes">
              {breaks.map((mark) => {
                const shape = shapes.get(mark.versionLabel);
                return (
                  <li key={mark.year}>
                    {shape
                      ? o.versionNote(String(mark.year), String(shape.dimensionCount), formatNumber(shape.totalMax, language), mark.versionLabel)
                      : mark.versionLabel}
                  </li>
                );
              })}
            </ul>
          )
        }
      >
        <LazyTrendChart lines={lines} breaks={chartBreaks} ariaLabel={title} locale={numberLocale(language)} fractionDigits={2} />
      </ChartFigure>
      <details className="overview-details">
        <summary>{o.heatmap.showTable}</summary>
        <SortableTable
          caption={o.province.trendCaption}
          columns={columns}
          rows={rows}
          rowKey={(row) => String(row.year)}
          initialSort={{ key: 'year', direction: 'descending' }}
          testId="province-trend-table"
          exportAs={{ sheet: o.province.trendCaption, file: [title, unit.fullName] }}
        />
      </details>
    </section>
  );
}

/** The commune-level sections: the districts' averages over the years, and the spread of communes per district. */
function CommuneSections({ unit, framework, year }: { unit: HomeUnit; framework: string; year: number }) {
  const { o } = useOverviewText();
  const communeTrend = useApiQuery<TrendResponse>({
    key: `trend:${unit.id}:${framework}:commune`,
    load: (signal) => overviewApi.trend(unit.id, framework, { level: 'commune' }, signal),
  });
  return (
    <QueryView query={communeTrend} notFound={o.noResults(framework, unit.fullName)}>
      {(data) => <CommuneSectionsFor unit={unit} framework={framework} year={year} provinceAverage={data} />}
    </QueryView>
  );
}

function CommuneSectionsFor({
  unit,
  framework,
  year,
  provinceAverage,
}: {
  unit: HomeUnit;
  framework: string;
  year: number;
  provinceAverage: TrendResponse;
}) {
  const { o } = useOverviewText();
  const communeYears = provinceAverage.points.map((point) => point.year);
  // The distribution of the chosen year when communes have results then; the districts come from the latest.
  const shownYear = communeYears.includes(year) ? year : null;
  const latest = resolveYear(null, communeYears);
  const distributionYear = shownYear ?? latest;
  const distribution = useApiQuery<DistributionResponse>(
    distributionYear === null
      ? null
      : {
          key: `distribution:${framework}:${distributionYear}:commune:${unit.id}`,
          load: (signal) => overviewApi.distribution(framework, 'commune', distributionYear, { parentId: unit.id, groupBy: 'parent' }, signal),
        },
  );
  const yearsText = formatYearRange(communeYears);
  return (
    <>
      <section className="panel overview-section overview-section--wide" aria-labelledby="district-trends-title" data-testid="district-trends">
        <SectionTitle id="district-trends-title" title={o.province.districtTrendsTitle(framework)} simulated={provinceAverage.simulated} />
        <QueryView query={distribution}>
          {(data) => <DistrictTrends unit={unit} framework={framework} provinceAverage={provinceAverage} distribution={data} />}
        </QueryView>
      </section>
      <section className="panel overview-section overview-section--wide" aria-labelledby="distribution-title" data-testid="commune-distribution">
        <SectionTitle id="distribution-title" title={o.province.distributionTitle(String(year))} simulated={provinceAverage.simulated} />
        {shownYear === null ? (
          <p className="notice notice--info">{o.noResultsForYear(framework, String(year), yearsText)}</p>
        ) : (
          <QueryView query={distribution}>{(data) => <CommuneDistribution unit={unit} distribution={data} />}</QueryView>
        )}
      </section>
    </>
  );
}

function formatYearRange(years: readonly number[]): string {
  if (years.length === 0) return '–';
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((year, index) => index === 0 || year === (sorted[index - 1] ?? year) + 1);
  return contiguous && sorted.length > 2 ? `${sorted[0]}–${sorted.at(-1)}` : sorted.join(', ');
}

/** One line per district: the mean total of its communes each year, with the province's mean drawn thick. */
function DistrictTrends({
  unit,
  framework,
  provinceAverage,
  distribution,
}: {
  unit: HomeUnit;
  framework: string;
  provinceAverage: TrendResponse;
  distribution: DistributionResponse;
}) {
  const { o, language } = useOverviewText();
  const districts = distribution.groups.flatMap((group) => (group.parent ? [group.parent] : []));
  const trends = useApiQuery<TrendResponse[]>({
    key: `district-trends:${framework}:${districts.map((district) => district.id).join(',')}`,
    load: (signal) => Promise.all(districts.map((district) => overviewApi.trend(district.id, framework, { level: 'commune' }, signal))),
  });
  return (
    <QueryView query={trends}>
      {(data) => <DistrictTrendsChart unit={unit} provinceAverage={provinceAverage} trends={data} framework={framework} language={language} o={o} />}
    </QueryView>
  );
}

function DistrictTrendsChart({
  unit,
  provinceAverage,
  trends,
  framework,
  language,
  o,
}: {
  unit: HomeUnit;
  provinceAverage: TrendResponse;
  trends: TrendResponse[];
  framework: string;
  language: ReturnType<typeof useOverviewText>['language'];
  o: ReturnType<typeof useOverviewText>['o'];
}) {
  const lines = useMemo<TrendLine[]>(
    () => [
      {
        key: 'province',
        name: o.province.provinceAverage(unit.fullName),
        emphasised: true,
        color: '#1c2533',
        points: provinceAverage.points.map((point) => ({ year: point.year, value: point.value })),
      },
      ...trends.map((trend, index) => ({
        key: String(trend.unit.id),
        name: trend.unit.fullName,
        // The province line takes the darkest colour: districts start at the palette's second.
        color: DISTRICT_COLOURS[index % DISTRICT_COLOURS.length],
        points: trend.points.map((point) => ({ year: point.year, value: point.value })),
      })),
    ],
    [trends, provinceAverage, unit.fullName, o],
  );
  const title = o.province.districtTrendsTitle(framework);
  return (
    <ChartFigure notes={<p className="chart__note">{o.province.districtTrendsNote}</p>}>
      <LazyTrendChart lines={lines} ariaLabel={title} locale={numberLocale(language)} fractionDigits={2} height={380} />
    </ChartFigure>
  );
}

const DISTRICT_COLOURS = ['#c8102e', '#2e8b57', '#f2a900', '#7b4fa0', '#0f8b8d', '#d2691e', '#4a6fa5', '#b5446e', '#3c6e71', '#8a9a5b', '#a0522d', '#5b6677'];

/** The communes' totals in each district as boxes, with the same figures in a sortable table. */
function CommuneDistribution({ unit, distribution }: { unit: HomeUnit; distribution: DistributionResponse }) {
  const { o, language } = useOverviewText();
  const { framework, year } = distribution;
  const whole = useApiQuery<DistributionResponse>({
    key: `distribution:${framework}:${year}:commune:${unit.id}:all`,
    load: (signal) => overviewApi.distribution(framework, 'commune', year, { parentId: unit.id }, signal),
  });
  const provinceMedian = whole.status === 'success' ? (whole.data.groups[0]?.median ?? null) : null;
  const reference = useMemo(
    () => (provinceMedian === null ? undefined : { label: o.province.provinceMedian, value: provinceMedian }),
    [provinceMedian, o],
  );
  const groups = useMemo<BoxplotGroup[]>(
    () =>
      distribution.groups.map((group) => ({
        key: String(group.parent?.id ?? 'all'),
        label: group.parent?.fullName ?? unit.fullName,
        min: group.min,
        q1: group.q1,
        median: group.median,
        q3: group.q3,
        max: group.max,
        count: group.count,
      })),
    [distribution, unit.fullName],
  );
  const tooltipLabels = useMemo(
    () => [o.province.min, o.province.q1, o.province.median, o.province.q3, o.province.max, o.province.communes] as const,
    [o],
  );
  const columns = useMemo<Array<TableColumn<DistributionGroup>>>(() => {
    const numeric = (key: 'min' | 'q1' | 'median' | 'q3' | 'max' | 'mean', header: string): TableColumn<DistributionGroup> => ({
      key,
      header,
      numeric: true,
      firstDirection: 'descending',
      cell: (row) => formatScore(row[key], language),
      sortValue: (row) => row[key],
    });
    return [
      {
        key: 'district',
        header: o.province.district,
        rowHeader: true,
        cell: (row) => row.parent?.fullName ?? '–',
        sortValue: (row) => row.parent?.name ?? null,
        exportValue: (row) => row.parent?.fullName ?? null,
      },
      { key: 'count', header: o.province.communes, numeric: true, cell: (row) => formatNumber(row.count, language), sortValue: (row) => row.count },
      numeric('min', o.province.min),
      numeric('q1', o.province.q1),
      numeric('median', o.province.median),
      numeric('q3', o.province.q3),
      numeric('max', o.province.max),
      numeric('mean', o.province.mean),
    ];
  }, [o, language]);
  const title = o.province.distributionTitle(String(distribution.year));
  return (
    <>
      <ChartFigure notes={<p className="chart__note">{o.province.distributionNote}</p>}>
        <LazyBoxplotChart
          groups={groups}
          seriesName={title}
          ariaLabel={title}
          locale={numberLocale(language)}
          fractionDigits={2}
          tooltipLabels={tooltipLabels}
          reference={reference}
        />
      </ChartFigure>
      <SortableTable
        caption={o.province.distributionCaption}
        columns={columns}
        rows={distribution.groups}
        rowKey={(row) => String(row.parent?.id ?? 'all')}
        initialSort={{ key: 'median', direction: 'descending' }}
        testId="distribution-table"
        exportAs={{ sheet: o.province.distributionCaption, file: [title, unit.fullName] }}
      />
    </>
  );
}
