import {
  BarChart,
  BoxplotChart,
  HeatmapChart,
  LineChart,
  RadarChart,
  type BarSeriesOption,
  type BoxplotSeriesOption,
  type HeatmapSeriesOption,
  type LineSeriesOption,
  type RadarSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type RadarComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
// Renamed: ECharts' `use` registers modules and is no React hook, whatever lint rules infer from its name.
import { use as registerChartParts, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Registers only the ECharts parts the dashboard draws, so the bundle does not carry the whole library.
 * The SVG renderer keeps text crisp when a page is printed and lets tests read the chart's labels.
 * A new chart type is added here and to `ChartOption` together.
 */
registerChartParts([
  BarChart,
  BoxplotChart,
  HeatmapChart,
  LineChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

/** The option shapes the registered parts understand. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | BoxplotSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | RadarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | RadarComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;
