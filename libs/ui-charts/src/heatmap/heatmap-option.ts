import type { ChartOption } from '../echart/echarts-setup.js';
import { numberFormatter } from '../shared/number-format.js';

export interface HeatmapAxisItem {
  key: string;
  /** Short text on the axis (e.g. "D1"). */
  label: string;
  /** Full name, in the tooltip; the label when absent. */
  name?: string;
}

/**
 * How cells are coloured. `absolute`: by the value between `min` and `max`. `column-median`: by the distance
 * to the median of the cell's column, so that each column (a dimension with its own typical level) shows
 * who is below or above the others; the labels still show the values themselves.
 */
export type HeatmapColorScale = 'absolute' | 'column-median';

export interface HeatmapOptionSettings {
  rows: readonly HeatmapAxisItem[];
  columns: readonly HeatmapAxisItem[];
  /** values[row][column]; null where there is no value. */
  values: ReadonlyArray<ReadonlyArray<number | null>>;
  colorScale: HeatmapColorScale;
  /** Bounds of the absolute scale; the values' own extent when absent. */
  min?: number;
  max?: number;
  locale?: string;
  fractionDigits?: number;
  /** Ends of the colour legend: [high end, low end], e.g. ['Cao hơn trung vị', 'Thấp hơn trung vị']. */
  legendText?: readonly [string, string];
  /** Words of the tooltip for the median of a column, e.g. "trung vị". */
  medianText?: string;
}

export const HEATMAP_COLORS = {
  low: '#c8102e',
  middle: '#f4f4f1',
  high: '#1d7a46',
  absolute: ['#f1f5fb', '#9db6d8', '#1f3a5f'],
} as const;

/** Median of the numbers (the mean of the two middle ones for an even count); null when there are none. */
export function median(values: ReadonlyArray<number | null>): number | null {
  const sorted = values.filter((value): value is number => value !== null && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** The median of each column of a row-major matrix. */
export function columnMedians(values: ReadonlyArray<ReadonlyArray<number | null>>, columnCount: number): Array<number | null> {
  return Array.from({ length: columnCount }, (_, column) => median(values.map((row) => row[column] ?? null)));
}

/** One heatmap cell as ECharts reads it: [column, row, colour value, shown value], '-' for a missing value. */
export type HeatmapCell = [number, number, number | '-', number | '-'];

/** The cells of the matrix, coloured by value or by distance to the column median. */
export function heatmapCells(
  values: ReadonlyArray<ReadonlyArray<number | null>>,
  columnCount: number,
  colorScale: HeatmapColorScale,
): HeatmapCell[] {
  const medians = colorScale === 'column-median' ? columnMedians(values, columnCount) : [];
  const cells: HeatmapCell[] = [];
  values.forEach((row, rowIndex) => {
    for (let column = 0; column < columnCount; column += 1) {
      const value = row[column] ?? null;
      if (value === null) {
        cells.push([column, rowIndex, '-', '-']);
        continue;
      }
      const reference = medians[column] ?? null;
      const colour = colorScale === 'column-median' ? (reference === null ? 0 : value - reference) : value;
      cells.push([column, rowIndex, colour, value]);
    }
  });
  return cells;
}

/** Height in pixels giving every row a readable band, plus the axis and the colour legend. */
export function heatmapHeight(rowCount: number): number {
  return Math.max(1, rowCount) * 30 + 110;
}

/**
 * Builds the option of a rows × columns heatmap: first row at the top, the value written in each cell
 * in the reader's locale, a colour legend under the grid.
 */
export function buildHeatmapOption(settings: HeatmapOptionSettings): ChartOption {
  const { rows, columns, values, colorScale } = settings;
  const formatValue = numberFormatter(settings.locale ?? 'vi-VN', settings.fractionDigits);
  const cells = heatmapCells(values, columns.length, colorScale);
  const medians = columnMedians(values, columns.length);
  const colours = cells.flatMap((cell) => (cell[2] === '-' ? [] : [cell[2]]));
  let min: number;
  let max: number;
  if (colorScale === 'column-median') {
    // Symmetric around 0 so that "as the median" is always the neutral middle colour.
    const extent = Math.max(0.01, ...colours.map((value) => Math.abs(value)));
    min = -extent;
    max = extent;
  } else {
    min = settings.min ?? Math.min(...colours, 0);
    max = settings.max ?? Math.max(...colours, 1);
  }

  return {
    animation: false,
    grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const data = (params as { data?: HeatmapCell }).data;
        if (!data) return '';
        const [column, row, , shown] = data;
        const columnItem = columns[column];
        const rowItem = rows[row];
        const reference = medians[column] ?? null;
        const medianPart =
          settings.medianText && reference !== null ? ` (${settings.medianText} ${formatValue(reference)})` : '';
        return `${rowItem?.name ?? rowItem?.label ?? ''}<br/>${columnItem?.name ?? columnItem?.label ?? ''}: <b>${formatValue(shown)}</b>${medianPart}`;
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: columns.map((column) => column.label),
      splitArea: { show: true },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'category',
      // Category axes run bottom-up; inverting keeps the first row (the best unit) on top.
      inverse: true,
      data: rows.map((row) => row.label),
      splitArea: { show: true },
      axisTick: { show: false },
    },
    visualMap: {
      type: 'continuous',
      min,
      max,
      dimension: 2,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      itemHeight: 160,
      itemWidth: 12,
      text: settings.legendText ? [...settings.legendText] : undefined,
      inRange: {
        color:
          colorScale === 'column-median'
            ? [HEATMAP_COLORS.low, HEATMAP_COLORS.middle, HEATMAP_COLORS.high]
            : [...HEATMAP_COLORS.absolute],
      },
      formatter: (value: unknown) => formatValue(value),
    },
    series: [
      {
        type: 'heatmap',
        data: cells,
        encode: { x: 0, y: 1, value: 2 },
        label: {
          show: true,
          fontSize: 11,
          color: '#1c2533',
          formatter: (params: { data?: unknown }) => formatValue((params.data as HeatmapCell | undefined)?.[3]),
        },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: '#1c2533', borderWidth: 1 } },
      },
    ],
  };
}
