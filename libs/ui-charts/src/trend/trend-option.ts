import type { ChartOption } from '../echart/echarts-setup.js';
import { numberFormatter } from '../shared/number-format.js';

export interface TrendPointValue {
  year: number;
  value: number | null;
}

export interface TrendLine {
  key: string;
  name: string;
  points: readonly TrendPointValue[];
  color?: string;
  dashed?: boolean;
  /** Drawn thicker, e.g. the unit the page is about. */
  emphasised?: boolean;
}

/** A year from which values are on another scale (a new framework version): marked and not joined across. */
export interface TrendBreak {
  year: number;
  /** Short text at the marker, e.g. "2018: 8 lĩnh vực / 80". */
  label: string;
}

export interface TrendOptionSettings {
  locale?: string;
  fractionDigits?: number;
  breaks?: readonly TrendBreak[];
  /** Name of the value axis, e.g. "Điểm". */
  valueAxisName?: string;
}

export const TREND_PALETTE = ['#1f3a5f', '#c8102e', '#2e8b57', '#f2a900', '#7b4fa0', '#0f8b8d', '#d2691e', '#5b6677', '#b5446e', '#3c6e71', '#8a9a5b', '#a0522d'] as const;

/** Every year any line has, in order: the x axis. */
export function trendYears(lines: readonly TrendLine[]): number[] {
  return [...new Set(lines.flatMap((line) => line.points.map((point) => point.year)))].sort((a, b) => a - b);
}

/**
 * The line's values on the x axis, split into one segment per framework version: a segment holds the
 * values from one break year (included) to the next (excluded), null elsewhere, so no stroke joins two
 * scales that cannot be compared.
 */
export function trendSegments(points: readonly TrendPointValue[], years: readonly number[], breakYears: readonly number[]): Array<Array<number | null>> {
  const byYear = new Map(points.map((point) => [point.year, point.value]));
  const starts = [...new Set(breakYears)].sort((a, b) => a - b);
  const bounds = [-Infinity, ...starts, Infinity];
  const segments: Array<Array<number | null>> = [];
  for (let index = 0; index < bounds.length - 1; index += 1) {
    const from = bounds[index] ?? -Infinity;
    const to = bounds[index + 1] ?? Infinity;
    const segment = years.map((year) => (year >= from && year < to ? (byYear.get(year) ?? null) : null));
    if (segment.some((value) => value !== null)) segments.push(segment);
  }
  return segments;
}

/** Lines over the years, broken and marked where the framework version changed. */
export function buildTrendOption(lines: readonly TrendLine[], settings: TrendOptionSettings = {}): ChartOption {
  const formatValue = numberFormatter(settings.locale ?? 'vi-VN', settings.fractionDigits);
  const years = trendYears(lines);
  const breaks = (settings.breaks ?? []).filter((mark) => years.includes(mark.year));
  const breakYears = breaks.map((mark) => mark.year);
  const series = lines.flatMap((line, lineIndex) => {
    const color = line.color ?? TREND_PALETTE[lineIndex % TREND_PALETTE.length];
    return trendSegments(line.points, years, breakYears).map((segment, segmentIndex) => ({
      type: 'line' as const,
      // Segments share the line's name: one legend entry toggles them all.
      name: line.name,
      data: segment,
      connectNulls: false,
      symbol: 'circle',
      symbolSize: line.emphasised ? 7 : 5,
      itemStyle: { color },
      lineStyle: { color, width: line.emphasised ? 3 : 1.5, type: line.dashed ? ('dashed' as const) : ('solid' as const) },
      z: line.emphasised ? 3 : 2,
      markLine:
        lineIndex === 0 && segmentIndex === 0 && breaks.length > 0
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: '#8a6d00', type: 'dashed' as const, width: 1.5 },
              label: { position: 'insideEndTop' as const, color: '#5c4500', fontSize: 11 },
              data: breaks.map((mark) => ({ xAxis: String(mark.year), label: { formatter: mark.label } })),
            }
          : undefined,
    }));
  });
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 36, bottom: lines.length > 1 ? 56 : 24, containLabel: true },
    legend: lines.length > 1 ? { bottom: 0, type: 'plain', data: lines.map((line) => line.name) } : undefined,
    tooltip: { trigger: 'axis', valueFormatter: formatValue },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: {
      type: 'value',
      scale: true,
      name: settings.valueAxisName,
      axisLabel: { formatter: (value: number) => formatValue(value) },
    },
    series,
  };
}
