import type { ChartOption } from '../echart/echarts-setup.js';
import { numberFormatter } from '../shared/number-format.js';

export interface RadarAxis {
  key: string;
  /** Text at the tip of the axis (short: "D1"). */
  label: string;
  /** Full name, in the tooltip. */
  name?: string;
  max: number;
}

export interface RadarSeries {
  key: string;
  name: string;
  /** One value per axis, in the axes' order; null where there is none. */
  values: ReadonlyArray<number | null>;
  color: string;
  /** Filled polygon (the unit itself); the others are outlines. */
  filled?: boolean;
  dashed?: boolean;
}

export interface RadarOptionSettings {
  locale?: string;
  fractionDigits?: number;
}

/** Colours for the usual trio: the unit, its peers' average, the best peer. */
export const RADAR_COLORS = { unit: '#c8102e', average: '#4a6fa5', best: '#1d7a46' } as const;

/** ECharts reads '-' as "no value" and leaves a gap instead of drawing a zero. */
export function radarValues(values: ReadonlyArray<number | null>): Array<number | '-'> {
  return values.map((value) => (value === null || !Number.isFinite(value) ? '-' : value));
}

/** A radar (spider) chart comparing several series over the same axes, each axis on its own maximum. */
export function buildRadarOption(axes: readonly RadarAxis[], series: readonly RadarSeries[], settings: RadarOptionSettings = {}): ChartOption {
  const formatValue = numberFormatter(settings.locale ?? 'vi-VN', settings.fractionDigits);
  return {
    animation: false,
    // One entry per line under the radar, so long unit names never run into the axis labels.
    legend: { bottom: 0, orient: 'vertical', data: series.map((item) => item.name), itemWidth: 16, itemHeight: 10 },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const { seriesName, dataIndex, name } = params as { seriesName?: string; dataIndex?: number; name?: string };
        const item = series.find((candidate) => candidate.name === (name ?? seriesName)) ?? (dataIndex === undefined ? undefined : series[dataIndex]);
        if (!item) return '';
        const lines = axes.map((axis, index) => `${axis.label} ${axis.name ?? ''}: <b>${formatValue(item.values[index] ?? null)}</b>`);
        return [`<b>${item.name}</b>`, ...lines].join('<br/>');
      },
    },
    radar: {
      center: ['50%', '40%'],
      radius: '56%',
      indicator: axes.map((axis) => ({ name: axis.label, max: axis.max, min: 0 })),
      axisName: { color: '#1c2533', fontWeight: 'bold' },
      splitArea: { areaStyle: { color: ['#ffffff', '#f5f7fa'] } },
    },
    series: [
      {
        type: 'radar',
        symbolSize: 4,
        data: series.map((item) => ({
          name: item.name,
          value: radarValues(item.values),
          itemStyle: { color: item.color },
          lineStyle: { color: item.color, width: item.filled ? 2 : 1.5, type: item.dashed ? 'dashed' : 'solid' },
          areaStyle: item.filled ? { color: item.color, opacity: 0.15 } : undefined,
        })),
      },
    ],
  };
}
