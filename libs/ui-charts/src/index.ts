export { EChart, type EChartProps } from './echart/echart.js';
export type { ChartOption } from './echart/echarts-setup.js';
export { RankedBarChart, type RankedBarChartProps } from './ranked-bar-chart/ranked-bar-chart.js';
export {
  buildRankedBarOption,
  rankItems,
  rankedBarChartHeight,
  RANKED_BAR_COLORS,
  type RankedBarItem,
  type RankedBarOptionSettings,
} from './ranked-bar-chart/ranked-bar-option.js';
