import type { ChartOption } from '../echart/echarts-setup.js';
import { numberFormatter } from '../shared/number-format.js';

/** The five numbers of one group's distribution, computed upstream (the API describes distributions). */
export interface BoxplotGroup {
  key: string;
  label: string;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** How many values the group holds, said in the tooltip. */
  count?: number;
}

export interface BoxplotOptionSettings {
  seriesName: string;
  locale?: string;
  fractionDigits?: number;
  /** A vertical line across every box, e.g. the median of the whole province. */
  reference?: { label: string; value: number };
  /** Group drawn in the accent colour. */
  highlightedKey?: string;
  /** Words of the tooltip: [min, q1, median, q3, max, count]. */
  tooltipLabels?: readonly [string, string, string, string, string, string];
}

export const BOXPLOT_COLORS = { box: '#4a6fa5', fill: '#e6edf6', highlighted: '#c8102e', reference: '#f2a900' } as const;

const DEFAULT_TOOLTIP_LABELS = ['min', 'Q1', 'median', 'Q3', 'max', 'n'] as const;

/** Height in pixels: a readable band per group plus the axis. */
export function boxplotHeight(groupCount: number): number {
  return Math.max(1, groupCount) * 34 + 64;
}

/** Value-axis bounds with a little room around the data, rounded to whole numbers. */
export function boxplotAxisBounds(groups: readonly BoxplotGroup[], reference?: number): { min: number; max: number } {
  const lows = groups.map((group) => group.min);
  const highs = groups.map((group) => group.max);
  if (reference !== undefined) {
    lows.push(reference);
    highs.push(reference);
  }
  if (lows.length === 0) return { min: 0, max: 1 };
  const low = Math.min(...lows);
  const high = Math.max(...highs);
  const pad = Math.max((high - low) * 0.05, 0.5);
  return { min: Math.floor(low - pad), max: Math.ceil(high + pad) };
}

/**
 * Builds a horizontal boxplot, one box per group in the given order from the top (whiskers at min and
 * max, box from Q1 to Q3, a line at the median), with an optional reference line.
 */
export function buildBoxplotOption(groups: readonly BoxplotGroup[], settings: BoxplotOptionSettings): ChartOption {
  const formatValue = numberFormatter(settings.locale ?? 'vi-VN', settings.fractionDigits);
  const formatCount = numberFormatter(settings.locale ?? 'vi-VN', 0);
  const words = settings.tooltipLabels ?? DEFAULT_TOOLTIP_LABELS;
  const bounds = boxplotAxisBounds(groups, settings.reference?.value);
  return {
    animation: false,
    grid: { left: 8, right: 24, top: settings.reference ? 28 : 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const index = (params as { dataIndex?: number }).dataIndex;
        const group = index === undefined ? undefined : groups[index];
        if (!group) return '';
        const lines = [
          `<b>${group.label}</b>`,
          `${words[0]}: ${formatValue(group.min)}`,
          `${words[1]}: ${formatValue(group.q1)}`,
          `${words[2]}: <b>${formatValue(group.median)}</b>`,
          `${words[3]}: ${formatValue(group.q3)}`,
          `${words[4]}: ${formatValue(group.max)}`,
        ];
        if (group.count !== undefined) lines.push(`${words[5]}: ${formatCount(group.count)}`);
        return lines.join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      min: bounds.min,
      max: bounds.max,
      axisLabel: { formatter: (value: number) => formatValue(value) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: groups.map((group) => group.label),
      axisTick: { show: false },
    },
    series: [
      {
        type: 'boxplot',
        name: settings.seriesName,
        layout: 'horizontal',
        boxWidth: [8, 18],
        data: groups.map((group) => {
          const colour = group.key === settings.highlightedKey ? BOXPLOT_COLORS.highlighted : BOXPLOT_COLORS.box;
          return {
            value: [group.min, group.q1, group.median, group.q3, group.max],
            itemStyle: { color: BOXPLOT_COLORS.fill, borderColor: colour, borderWidth: 1.5 },
          };
        }),
        markLine: settings.reference
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: BOXPLOT_COLORS.reference, type: 'dashed', width: 2 },
              label: {
                // The category axis runs top-down (inverse), so the line starts at the top.
                position: 'start',
                formatter: `${settings.reference.label}: ${formatValue(settings.reference.value)}`,
              },
              data: [{ xAxis: settings.reference.value }],
            }
          : undefined,
      },
    ],
  };
}
