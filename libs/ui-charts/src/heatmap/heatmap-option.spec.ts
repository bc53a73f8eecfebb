import { describe, expect, it } from 'vitest';
import { buildHeatmapOption, columnMedians, heatmapCells, heatmapHeight, median, type HeatmapCell } from './heatmap-option.js';

const rows = [
  { key: '4367', label: 'Xã Lạc Hồng' },
  { key: '4366', label: 'Xã Trưng Trắc' },
  { key: '4361', label: 'Xã Việt Hưng' },
];
const columns = [
  { key: 'D1', label: 'D1', name: 'Tham gia của người dân ở cấp cơ sở' },
  { key: 'D7', label: 'D7', name: 'Quản trị môi trường' },
];
const values = [
  [6.0592, 3.9687],
  [4.9011, 3.0036],
  [5.2, null],
];

function parts(option: ReturnType<typeof buildHeatmapOption>) {
  const series = (option.series as Array<{ data: HeatmapCell[]; label: { formatter: (params: { data?: unknown }) => string } }>)[0]!;
  const visualMap = option.visualMap as { min: number; max: number; text?: string[]; inRange: { color: string[] } };
  const xAxis = option.xAxis as { data: string[] };
  const yAxis = option.yAxis as { data: string[]; inverse: boolean };
  const tooltip = option.tooltip as { formatter: (params: unknown) => string };
  return { series, visualMap, xAxis, yAxis, tooltip };
}

describe('median and columnMedians', () => {
  it('takes the middle value, or the mean of the two middle ones, ignoring missing values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5])).toBe(5);
    expect(median([])).toBeNull();
    expect(columnMedians(values, 2)).toEqual([5.2, (3.9687 + 3.0036) / 2]);
  });
});

describe('heatmapCells', () => {
  it('gives [column, row, colour, shown] with the value itself on an absolute scale', () => {
    const cells = heatmapCells(values, 2, 'absolute');
    expect(cells).toHaveLength(6);
    expect(cells[0]).toEqual([0, 0, 6.0592, 6.0592]);
    expect(cells[5]).toEqual([1, 2, '-', '-']);
  });

  it('colours by the distance to the column median, and still shows the value', () => {
    const cells = heatmapCells(values, 2, 'column-median');
    const [column, row, colour, shown] = cells[2]!;
    expect([column, row, shown]).toEqual([0, 1, 4.9011]);
    expect(colour).toBeCloseTo(4.9011 - 5.2, 10);
    // The median cell itself is neutral.
    expect(cells[4]![2]).toBe(0);
  });
});

describe('buildHeatmapOption', () => {
  it('puts the first row on top and the columns along the top edge', () => {
    const { xAxis, yAxis } = parts(buildHeatmapOption({ rows, columns, values, colorScale: 'absolute' }));
    expect(xAxis.data).toEqual(['D1', 'D7']);
    expect(yAxis.data).toEqual(['Xã Lạc Hồng', 'Xã Trưng Trắc', 'Xã Việt Hưng']);
    expect(yAxis.inverse).toBe(true);
  });

  it('writes the shown value in the cell, the Vietnamese way', () => {
    const { series } = parts(buildHeatmapOption({ rows, columns, values, colorScale: 'column-median', fractionDigits: 2 }));
    expect(series.label.formatter({ data: series.data[0] })).toBe('6,06');
    expect(series.label.formatter({ data: series.data[5] })).toBe('–');
    const english = parts(buildHeatmapOption({ rows, columns, values, colorScale: 'absolute', fractionDigits: 2, locale: 'en-GB' }));
    expect(english.series.label.formatter({ data: english.series.data[0] })).toBe('6.06');
  });

  it('centres the relative scale on zero so the median is the neutral colour', () => {
    const { visualMap } = parts(
      buildHeatmapOption({ rows, columns, values, colorScale: 'column-median', legendText: ['Cao hơn trung vị', 'Thấp hơn trung vị'] }),
    );
    expect(visualMap.min).toBeCloseTo(-visualMap.max, 10);
    expect(visualMap.max).toBeCloseTo(6.0592 - 5.2, 10);
    expect(visualMap.inRange.color).toHaveLength(3);
    expect(visualMap.text).toEqual(['Cao hơn trung vị', 'Thấp hơn trung vị']);
  });

  it('uses the bounds it is given on the absolute scale', () => {
    const { visualMap } = parts(buildHeatmapOption({ rows, columns, values, colorScale: 'absolute', min: 0, max: 10 }));
    expect([visualMap.min, visualMap.max]).toEqual([0, 10]);
  });

  it('names the row, the full column name, the value and the median in the tooltip', () => {
    const { series, tooltip } = parts(
      buildHeatmapOption({ rows, columns, values, colorScale: 'column-median', fractionDigits: 2, medianText: 'trung vị' }),
    );
    expect(tooltip.formatter({ data: series.data[3] })).toBe(
      'Xã Trưng Trắc<br/>Quản trị môi trường: <b>3,00</b> (trung vị 3,49)',
    );
  });

  it('grows with the number of rows', () => {
    expect(heatmapHeight(11) - heatmapHeight(10)).toBeGreaterThanOrEqual(24);
    expect(heatmapHeight(0)).toBe(heatmapHeight(1));
  });
});
