import type { ChartOption } from '../echart/echarts-setup.js';
import { numberFormatter, rankChangeMark } from '../shared/number-format.js';

export interface RankedBarItem {
  /** Stable identity of the bar, e.g. a unit id. */
  key: string;
  label: string;
  value: number;
  /** Places climbed since the previous ranking (negative: lost); shown as ▲/▼ after the value when given. */
  change?: number | null;
}

export interface RankedBarOptionSettings {
  /** Bar drawn in the accent colour, e.g. the unit the user is looking at. */
  highlightedKey?: string;
  /** Name of the measured quantity, shown in the tooltip. */
  seriesName: string;
  /** BCP 47 locale of the value labels; Vietnamese writes 10.035. */
  locale?: string;
  /** Exactly this many decimals in the labels (scores: 45,59); by default up to three. */
  fractionDigits?: number;
}

export const RANKED_BAR_COLORS = { bar: '#4a6fa5', highlighted: '#c8102e', up: '#1d7a46', down: '#b00d26' } as const;

/** Height in pixels that gives every bar a readable row, plus room for the axis. */
export function rankedBarChartHeight(itemCount: number): number {
  const rowHeight = 24;
  const axisAndPadding = 48;
  return Math.max(1, itemCount) * rowHeight + axisAndPadding;
}

/** Sorts largest first; ties keep the label order of the locale so the ranking is stable. */
export function rankItems(items: readonly RankedBarItem[], locale = 'vi-VN'): RankedBarItem[] {
  const collator = new Intl.Collator(locale);
  return [...items].sort((a, b) => b.value - a.value || collator.compare(a.label, b.label));
}

/** The rich-text style of a rank change: green when climbing, red when falling. */
function changeStyle(change: number | null | undefined): 'up' | 'down' | 'same' {
  if (change === null || change === undefined || change === 0) return 'same';
  return change > 0 ? 'up' : 'down';
}

/**
 * Builds the ECharts option of a horizontal ranking: largest bar on top, each bar labelled with its value
 * in the given locale (and its rank change, ▲ climbed or ▼ fell, when known), the highlighted bar in the
 * accent colour.
 */
export function buildRankedBarOption(items: readonly RankedBarItem[], settings: RankedBarOptionSettings): ChartOption {
  const locale = settings.locale ?? 'vi-VN';
  const formatValue = numberFormatter(locale, settings.fractionDigits);
  const ranked = rankItems(items, locale);
  const showsChange = ranked.some((item) => item.change !== undefined);

  return {
    animation: false,
    grid: { left: 8, right: showsChange ? 96 : 56, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: formatValue },
    xAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatValue(value) } },
    yAxis: {
      type: 'category',
      // Category axes run bottom-up; inverting puts rank 1 at the top where readers start.
      inverse: true,
      data: ranked.map((item) => item.label),
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: settings.seriesName,
        barMaxWidth: 18,
        data: ranked.map((item) => ({
          value: item.value,
          itemStyle: {
            color: item.key === settings.highlightedKey ? RANKED_BAR_COLORS.highlighted : RANKED_BAR_COLORS.bar,
          },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (params: { value?: unknown; dataIndex?: number }) => {
            const value = formatValue(params.value);
            const change = params.dataIndex === undefined ? undefined : ranked[params.dataIndex]?.change;
            const mark = rankChangeMark(change);
            return mark ? `${value} {${changeStyle(change)}|${mark}}` : value;
          },
          rich: {
            up: { color: RANKED_BAR_COLORS.up, fontWeight: 'bold' },
            down: { color: RANKED_BAR_COLORS.down, fontWeight: 'bold' },
            same: { color: '#5b6677' },
          },
        },
      },
    ],
  };
}
