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
  /** Exactly this many decimals in the value labels (scores); by default up to three. */
  fractionDigits?: number;
}

/** Horizontal bars ranked largest first, sized so every label stays readable; ▲/▼ marks rank changes when given. */
export function RankedBarChart({ items, seriesName, ariaLabel, highlightedKey, locale, fractionDigits }: RankedBarChartProps) {
  const option = useMemo(
    () => buildRankedBarOption(items, { seriesName, highlightedKey, locale, fractionDigits }),
    [items, seriesName, highlightedKey, locale, fractionDigits],
  );
  return <EChart option={option} height={rankedBarChartHeight(items.length)} ariaLabel={ariaLabel} />;
}
