import { describe, expect, it } from 'vitest';
import { boxplotAxisBounds, boxplotHeight, buildBoxplotOption, BOXPLOT_COLORS } from './boxplot-option.js';

const groups = [
  { key: '287', label: 'Thành phố Hưng Yên', min: 40.342, q1: 43.503, median: 44.9715, q3: 45.5689, max: 46.5647, count: 15 },
  { key: '288', label: 'Huyện Văn Lâm', min: 42.4882, q1: 45.0622, median: 45.3296, q3: 45.56575, max: 48.2297, count: 11 },
];

function parts(option: ReturnType<typeof buildBoxplotOption>) {
  const series = (option.series as Array<{
    data: Array<{ value: number[]; itemStyle: { borderColor: string } }>;
    layout: string;
    markLine?: { data: Array<{ xAxis: number }>; label: { formatter: string } };
  }>)[0]!;
  const yAxis = option.yAxis as { data: string[]; inverse: boolean };
  const xAxis = option.xAxis as { min: number; max: number };
  const tooltip = option.tooltip as { formatter: (params: unknown) => string };
  return { series, yAxis, xAxis, tooltip };
}

describe('buildBoxplotOption', () => {
  it('draws one horizontal box per group, in order from the top, from min/Q1/median/Q3/max', () => {
    const { series, yAxis } = parts(buildBoxplotOption(groups, { seriesName: 'Điểm PAPI' }));
    expect(series.layout).toBe('horizontal');
    expect(yAxis.inverse).toBe(true);
    expect(yAxis.data).toEqual(['Thành phố Hưng Yên', 'Huyện Văn Lâm']);
    expect(series.data[1]!.value).toEqual([42.4882, 45.0622, 45.3296, 45.56575, 48.2297]);
  });

  it('marks the highlighted group and draws the reference line with its label', () => {
    const { series } = parts(
      buildBoxplotOption(groups, { seriesName: 'Điểm', highlightedKey: '288', reference: { label: 'Trung vị toàn tỉnh', value: 45.1 }, fractionDigits: 2 }),
    );
    expect(series.data.map((point) => point.itemStyle.borderColor)).toEqual([BOXPLOT_COLORS.box, BOXPLOT_COLORS.highlighted]);
    expect(series.markLine?.data).toEqual([{ xAxis: 45.1 }]);
    expect(series.markLine?.label.formatter).toBe('Trung vị toàn tỉnh: 45,10');
  });

  it('explains a box in the tooltip with the words it is given', () => {
    const { tooltip } = parts(
      buildBoxplotOption(groups, {
        seriesName: 'Điểm',
        fractionDigits: 2,
        tooltipLabels: ['Thấp nhất', 'Q1', 'Trung vị', 'Q3', 'Cao nhất', 'Số xã'],
      }),
    );
    expect(tooltip.formatter({ dataIndex: 1 })).toBe(
      '<b>Huyện Văn Lâm</b><br/>Thấp nhất: 42,49<br/>Q1: 45,06<br/>Trung vị: <b>45,33</b><br/>Q3: 45,57<br/>Cao nhất: 48,23<br/>Số xã: 11',
    );
  });

  it('leaves room around the data on the value axis', () => {
    expect(boxplotAxisBounds(groups)).toEqual({ min: 39, max: 49 });
    expect(boxplotAxisBounds(groups, 52)).toEqual({ min: 39, max: 53 });
    expect(boxplotAxisBounds([])).toEqual({ min: 0, max: 1 });
    expect(parts(buildBoxplotOption(groups, { seriesName: 'Điểm' })).xAxis).toMatchObject({ min: 39, max: 49 });
  });

  it('grows with the number of groups', () => {
    expect(boxplotHeight(10)).toBeGreaterThan(boxplotHeight(2));
  });
});
