export { EChart, type EChartProps } from './echart/echart.js';
export type { ChartOption } from './echart/echarts-setup.js';
export { numberFormatter, rankChangeMark } from './shared/number-format.js';
export { RankedBarChart, type RankedBarChartProps } from './ranked-bar-chart/ranked-bar-chart.js';
export {
  buildRankedBarOption,
  rankItems,
  rankedBarChartHeight,
  RANKED_BAR_COLORS,
  type RankedBarItem,
  type RankedBarOptionSettings,
} from './ranked-bar-chart/ranked-bar-option.js';
export { Heatmap, type HeatmapProps } from './heatmap/heatmap.js';
export {
  buildHeatmapOption,
  columnMedians,
  heatmapCells,
  heatmapHeight,
  median,
  HEATMAP_COLORS,
  type HeatmapAxisItem,
  type HeatmapCell,
  type HeatmapColorScale,
  type HeatmapOptionSettings,
} from './heatmap/heatmap-option.js';
export { BoxplotChart, type BoxplotChartProps } from './boxplot/boxplot-chart.js';
export {
  boxplotAxisBounds,
  boxplotHeight,
  buildBoxplotOption,
  BOXPLOT_COLORS,
  type BoxplotGroup,
  type BoxplotOptionSettings,
} from './boxplot/boxplot-option.js';
export { RadarChart, type RadarChartProps } from './radar/radar-chart.js';
export {
  buildRadarOption,
  radarValues,
  RADAR_COLORS,
  type RadarAxis,
  type RadarOptionSettings,
  type RadarSeries,
} from './radar/radar-option.js';
export { TrendChart, type TrendChartProps } from './trend/trend-chart.js';
export {
  buildTrendOption,
  trendSegments,
  trendYears,
  TREND_PALETTE,
  type TrendBreak,
  type TrendLine,
  type TrendOptionSettings,
  type TrendPointValue,
} from './trend/trend-option.js';
