import type { DimensionScore, UnitScorecard, WeakIndicatorView } from '@govindex/contracts';
import type { RadarAxis, RadarSeries } from '@govindex/ui-charts';
import { useMemo } from 'react';
import { formatNumber } from '../../../shared/format/format';
import { formatOptionalScore, formatScore } from '../state/score-format';
import { useOverviewText } from '../use-overview-text';
import { ChartFigure, LazyRadarChart } from './charts';
import { SortableTable, type TableColumn } from './sortable-table';

/** Colours of the radar's three polygons (as RADAR_COLORS of ui-charts, kept here so the page needs no chart code). */
const RADAR_COLOURS = { unit: '#c8102e', average: '#4a6fa5', best: '#1d7a46' } as const;

/** The dimensions of a scorecard against the peers' average and best, each column sortable. */
export function DimensionsTable({ scorecard }: { scorecard: UnitScorecard }) {
  const { o, language } = useOverviewText();
  const parent = scorecard.peers.parent?.fullName ?? null;
  const columns = useMemo<Array<TableColumn<DimensionScore>>>(() => {
    /** A score column that may be empty; highest first on the first click. */
    const score = (key: string, header: string, valueOf: (row: DimensionScore) => number | null): TableColumn<DimensionScore> => ({
      key,
      header,
      numeric: true,
      firstDirection: 'descending',
      cell: (row) => formatOptionalScore(valueOf(row), language),
      sortValue: valueOf,
    });
    return [
      { key: 'code', header: o.dimensions.code, cell: (row) => row.code, sortValue: (row) => row.code },
      {
        key: 'name',
        header: o.dimensions.name,
        rowHeader: true,
        cell: (row) => (language === 'vi' ? row.nameVi : row.nameEn),
        sortValue: (row) => (language === 'vi' ? row.nameVi : row.nameEn),
      },
      score('value', o.dimensions.value, (row) => row.value),
      {
        key: 'max',
        header: o.dimensions.max,
        numeric: true,
        cell: (row) => formatNumber(row.max, language),
        sortValue: (row) => row.max,
      },
      score('average', o.dimensions.average, (row) => row.peerAverage),
      score('best', o.dimensions.best, (row) => row.peerBest),
      {
        key: 'gap',
        header: o.dimensions.gap,
        numeric: true,
        cell: (row) => {
          const gap = dimensionGap(row);
          if (gap === null) return '–';
          return <span className={gap < 0 ? 'gap gap--below' : 'gap gap--above'}>{`${gap > 0 ? '+' : ''}${formatScore(gap, language)}`}</span>;
        },
        sortValue: (row) => dimensionGap(row),
      },
    ];
  }, [o, language]);
  return (
    <>
      <p className="overview-section__note overview-section__note--before">
        {o.dimensions.comparedWith(o.peersOf(scorecard.unit.level, parent))}
      </p>
      <SortableTable
        caption={o.dimensions.caption}
        columns={columns}
        rows={scorecard.dimensions}
        rowKey={(row) => row.code}
        initialSort={{ key: 'code', direction: 'ascending' }}
        testId="dimensions-table"
        rowClassName={(row) => (scorecard.weakIndicators.some((weak) => weak.code === row.code) ? 'overview-table__row--weak' : undefined)}
      />
    </>
  );
}

function dimensionGap(row: DimensionScore): number | null {
  return row.value === null || row.peerAverage === null ? null : Math.round((row.value - row.peerAverage) * 10_000) / 10_000;
}

/** The unit's dimensions as a radar, against its peers' average and the best peer. */
export function DimensionsRadar({ scorecard, height, title }: { scorecard: UnitScorecard; height?: number; title?: string }) {
  const { o, language } = useOverviewText();
  const parent = scorecard.peers.parent?.fullName ?? null;
  const axes = useMemo<RadarAxis[]>(
    () =>
      scorecard.dimensions.map((dimension) => ({
        key: dimension.code,
        label: dimension.code,
        name: language === 'vi' ? dimension.nameVi : dimension.nameEn,
        max: dimension.max,
      })),
    [scorecard, language],
  );
  const series = useMemo<RadarSeries[]>(
    () => [
      {
        key: 'unit',
        name: scorecard.unit.fullName,
        values: scorecard.dimensions.map((dimension) => dimension.value),
        color: RADAR_COLOURS.unit,
        filled: true,
      },
      {
        key: 'average',
        name: o.averageOf(parent, scorecard.unit.level),
        values: scorecard.dimensions.map((dimension) => dimension.peerAverage),
        color: RADAR_COLOURS.average,
        dashed: true,
      },
      {
        key: 'best',
        name: o.bestOf(parent, scorecard.unit.level),
        values: scorecard.dimensions.map((dimension) => dimension.peerBest),
        color: RADAR_COLOURS.best,
      },
    ],
    [scorecard, o, parent],
  );
  const chartTitle = title ?? o.radar.title;
  return (
    <ChartFigure title={chartTitle} className="overview-radar" testId="dimensions-radar" notes={<p className="chart__note">{o.radar.note}</p>}>
      <LazyRadarChart
        axes={axes}
        series={series}
        ariaLabel={`${chartTitle}: ${scorecard.unit.fullName}`}
        locale={language === 'vi' ? 'vi-VN' : 'en-GB'}
        fractionDigits={2}
        height={height}
      />
    </ChartFigure>
  );
}

/** The unit's weak indicators, most points to win back first, each with its reasons in words. */
export function WeakIndicatorsTable({ scorecard }: { scorecard: UnitScorecard }) {
  const { o, language } = useOverviewText();
  const level = scorecard.unit.level;
  const columns = useMemo<Array<TableColumn<WeakIndicatorView>>>(() => {
    const format = (value: number) => formatScore(value, language);
    const nameOf = (row: WeakIndicatorView) => {
      if (language === 'vi') return row.nameVi;
      return scorecard.dimensions.find((dimension) => dimension.code === row.code)?.nameEn ?? row.nameVi;
    };
    return [
      {
        key: 'indicator',
        header: o.weakIndicators.indicator,
        rowHeader: true,
        cell: (row) => (
          <>
            <span className="overview-code">{row.code}</span> {nameOf(row)}
          </>
        ),
        sortValue: (row) => nameOf(row),
      },
      {
        key: 'value',
        header: o.weakIndicators.value,
        numeric: true,
        firstDirection: 'descending',
        cell: (row) => `${formatScore(row.value, language)} / ${formatNumber(row.max, language)}`,
        sortValue: (row) => row.value,
      },
      {
        key: 'points',
        header: o.weakIndicators.points,
        numeric: true,
        firstDirection: 'descending',
        cell: (row) => formatScore(row.pointsRecoverableOnTotal, language),
        sortValue: (row) => row.pointsRecoverableOnTotal,
      },
      {
        key: 'reasons',
        header: o.weakIndicators.reasons,
        cell: (row) => (
          <ul className="reason-list">
            {row.reasons.map((reason) => (
              <li key={reason.kind}>{o.weaknessReason(reason, level, format)}</li>
            ))}
          </ul>
        ),
      },
    ];
  }, [o, language, level, scorecard.dimensions]);
  return (
    <SortableTable
      caption={o.weakIndicators.caption}
      columns={columns}
      rows={scorecard.weakIndicators}
      rowKey={(row) => row.code}
      initialSort={{ key: 'points', direction: 'descending' }}
      testId="weak-indicators"
      emptyText={o.weakIndicators.empty}
    />
  );
}
