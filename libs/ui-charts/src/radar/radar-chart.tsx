import { useMemo } from 'react';
import { EChart } from '../echart/echart.js';
import { buildRadarOption, type RadarAxis, type RadarSeries } from './radar-option.js';

export interface RadarChartProps {
  axes: readonly RadarAxis[];
  series: readonly RadarSeries[];
  /** Text alternative of the chart for screen readers. */
  ariaLabel: string;
  locale?: string;
  fractionDigits?: number;
  height?: number;
}

/** The dimensions of one unit against reference series (e.g. its peers' average and the best peer). */
export function RadarChart({ axes, series, ariaLabel, locale, fractionDigits, height = 380 }: RadarChartProps) {
  const option = useMemo(() => buildRadarOption(axes, series, { locale, fractionDigits }), [axes, series, locale, fractionDigits]);
  return <EChart option={option} height={height} ariaLabel={ariaLabel} />;
}
