import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
// Renamed: ECharts' `use` registers modules and is no React hook, whatever lint rules infer from its name.
import { use as registerChartParts, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Registers only the ECharts parts the dashboard draws, so the bundle does not carry the whole library.
 * The SVG renderer keeps text crisp when a page is printed and lets tests read the chart's labels.
 * A new chart type is added here and to `ChartOption` together.
 */
registerChartParts([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/** The option shapes the registered parts understand. */
export type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;
