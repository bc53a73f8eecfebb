import type { ChartOption } from '../echart/echarts-setup.js';

export interface RankedBarItem {
  /** Stable identity of the bar, e.g. a unit id. */
  key: string;
  label: string;
  value: number;
}

export interface RankedBarOptionSettings {
  /** Bar drawn in the accent colour, e.g. the unit the user is looking at. */
  highlightedKey?: string;
  /** Name of the measured quantity, shown in the tooltip. */
  seriesName: string;
  /** BCP 47 locale of the value labels; Vietnamese writes 10.035. */
  locale?: string;
}

export const RANKED_BAR_COLORS = { bar: '#4a6fa5', highlighted: '#c8102e' } as const;

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

/**
 * Builds the ECharts option of a horizontal ranking: largest bar on top, each bar labelled with its value
 * in the given locale, the highlighted bar in the accent colour.
 */
export function buildRankedBarOption(items: readonly RankedBarItem[], settings: RankedBarOptionSettings): ChartOption {
  const locale = settings.locale ?? 'vi-VN';
  const numberFormat = new Intl.NumberFormat(locale);
  const formatValue = (value: unknown) => (typeof value === 'number' ? numberFormat.format(value) : String(value));
  const ranked = rankItems(items, locale);

  return {
    animation: false,
    grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
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
          formatter: (params: { value?: unknown }) => formatValue(params.value),
        },
      },
    ],
  };
}
