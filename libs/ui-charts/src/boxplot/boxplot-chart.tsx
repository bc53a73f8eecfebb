import { useMemo } from 'react';
import { EChart } from '../echart/echart.js';
import { boxplotHeight, buildBoxplotOption, type BoxplotGroup, type BoxplotOptionSettings } from './boxplot-option.js';

export interface BoxplotChartProps extends BoxplotOptionSettings {
  groups: readonly BoxplotGroup[];
  /** Text alternative of the chart for screen readers. */
  ariaLabel: string;
}

/** Distributions side by side (e.g. the communes of each district): min, quartiles, median, max. */
export function BoxplotChart({ groups, ariaLabel, seriesName, locale, fractionDigits, reference, highlightedKey, tooltipLabels }: BoxplotChartProps) {
  const option = useMemo(
    () => buildBoxplotOption(groups, { seriesName, locale, fractionDigits, reference, highlightedKey, tooltipLabels }),
    [groups, seriesName, locale, fractionDigits, reference, highlightedKey, tooltipLabels],
  );
  return <EChart option={option} height={boxplotHeight(groups.length)} ariaLabel={ariaLabel} />;
}
