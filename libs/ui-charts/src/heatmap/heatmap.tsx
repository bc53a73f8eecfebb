import { useMemo } from 'react';
import { EChart } from '../echart/echart.js';
import { buildHeatmapOption, heatmapHeight, type HeatmapOptionSettings } from './heatmap-option.js';

export interface HeatmapProps extends HeatmapOptionSettings {
  /** Text alternative of the chart for screen readers. */
  ariaLabel: string;
}

/** A rows × columns heatmap (e.g. communes × dimensions) with the values written in the cells. */
export function Heatmap({ ariaLabel, ...settings }: HeatmapProps) {
  const { rows, columns, values, colorScale, min, max, locale, fractionDigits, legendText, medianText } = settings;
  const option = useMemo(
    () => buildHeatmapOption({ rows, columns, values, colorScale, min, max, locale, fractionDigits, legendText, medianText }),
    [rows, columns, values, colorScale, min, max, locale, fractionDigits, legendText, medianText],
  );
  return <EChart option={option} height={heatmapHeight(rows.length)} ariaLabel={ariaLabel} />;
}
