import { useMemo } from 'react';
import { EChart } from '../echart/echart.js';
import { buildTrendOption, type TrendBreak, type TrendLine } from './trend-option.js';

export interface TrendChartProps {
  lines: readonly TrendLine[];
  breaks?: readonly TrendBreak[];
  /** Text alternative of the chart for screen readers. */
  ariaLabel: string;
  locale?: string;
  fractionDigits?: number;
  valueAxisName?: string;
  height?: number;
}

/** Values over the years, one line per unit, broken and marked where the framework version changed. */
export function TrendChart({ lines, breaks, ariaLabel, locale, fractionDigits, valueAxisName, height = 320 }: TrendChartProps) {
  const option = useMemo(
    () => buildTrendOption(lines, { breaks, locale, fractionDigits, valueAxisName }),
    [lines, breaks, locale, fractionDigits, valueAxisName],
  );
  return <EChart option={option} height={height} ariaLabel={ariaLabel} />;
}
