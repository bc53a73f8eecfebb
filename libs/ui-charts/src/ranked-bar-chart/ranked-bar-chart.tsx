import { useMemo } from 'react';
import { EChart } from '../echart/echart.js';
import { buildRankedBarOption, rankedBarChartHeight, type RankedBarItem } from './ranked-bar-option.js';

export interface RankedBarChartProps {
  items: readonly RankedBarItem[];
  seriesName: string;
  /** Text alternative of the chart for screen readers. */
  ariaLabel: string;
  highlightedKey?: string;
  locale?: string;
}

/** Horizontal bars ranked largest first, sized so every label stays readable. */
export function RankedBarChart({ items, seriesName, ariaLabel, highlightedKey, locale }: RankedBarChartProps) {
  const option = useMemo(
    () => buildRankedBarOption(items, { seriesName, highlightedKey, locale }),
    [items, seriesName, highlightedKey, locale],
  );
  return <EChart option={option} height={rankedBarChartHeight(items.length)} ariaLabel={ariaLabel} />;
}
