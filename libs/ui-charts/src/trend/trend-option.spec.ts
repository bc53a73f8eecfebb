import { describe, expect, it } from 'vitest';
import { buildTrendOption, trendSegments, trendYears, TREND_PALETTE } from './trend-option.js';

const province = {
  key: '21',
  name: 'Tỉnh Hưng Yên',
  emphasised: true,
  points: [
    { year: 2016, value: 37.456582 },
    { year: 2017, value: 35.862319 },
    { year: 2018, value: 43.58051 },
    { year: 2019, value: 41.247538 },
    { year: 2021, value: 45.365887 },
  ],
};
const countryMedian = {
  key: 'median',
  name: 'Trung vị cả nước',
  dashed: true,
  points: [
    { year: 2017, value: 35.5 },
    { year: 2018, value: 44.075989 },
    { year: 2020, value: 44.1 },
  ],
};

type LineSeries = {
  name: string;
  data: Array<number | null>;
  lineStyle: { color: string; width: number; type: string };
  markLine?: { data: Array<{ xAxis: string; label: { formatter: string } }> };
};

describe('trendYears', () => {
  it('joins the years of every line, in order', () => {
    expect(trendYears([province, countryMedian])).toEqual([2016, 2017, 2018, 2019, 2020, 2021]);
  });
});

describe('trendSegments', () => {
  const years = [2016, 2017, 2018, 2019, 2020, 2021];

  it('splits a line at each version change so no stroke joins two scales', () => {
    expect(trendSegments(province.points, years, [2018, 2021])).toEqual([
      [37.456582, 35.862319, null, null, null, null],
      [null, null, 43.58051, 41.247538, null, null],
      [null, null, null, null, null, 45.365887],
    ]);
  });

  it('keeps one segment without breaks, with gaps for missing years, and drops empty segments', () => {
    expect(trendSegments(countryMedian.points, years, [])).toEqual([[null, 35.5, 44.075989, null, 44.1, null]]);
    expect(trendSegments(countryMedian.points, years, [2021])).toEqual([[null, 35.5, 44.075989, null, 44.1, null]]);
  });
});

describe('buildTrendOption', () => {
  it('draws each line as its segments under one name and colour, the emphasised line thicker', () => {
    const option = buildTrendOption([province, countryMedian], { breaks: [{ year: 2018, label: '2018: 8 lĩnh vực / 80' }] });
    const series = option.series as LineSeries[];
    expect(series.map((item) => item.name)).toEqual(['Tỉnh Hưng Yên', 'Tỉnh Hưng Yên', 'Trung vị cả nước', 'Trung vị cả nước']);
    expect(series[0]!.lineStyle.color).toBe(TREND_PALETTE[0]);
    expect(series[1]!.lineStyle.color).toBe(TREND_PALETTE[0]);
    expect(series[0]!.lineStyle.width).toBeGreaterThan(series[2]!.lineStyle.width);
    expect(series[2]!.lineStyle.type).toBe('dashed');
    expect((option.xAxis as { data: string[] }).data).toEqual(['2016', '2017', '2018', '2019', '2020', '2021']);
    expect((option.legend as { data: string[] }).data).toEqual(['Tỉnh Hưng Yên', 'Trung vị cả nước']);
  });

  it('marks each version change once, at its year, with its label', () => {
    const option = buildTrendOption([province, countryMedian], {
      breaks: [
        { year: 2018, label: '2018: 8 lĩnh vực / 80' },
        { year: 2030, label: 'outside the axis' },
      ],
    });
    const marked = (option.series as LineSeries[]).filter((item) => item.markLine);
    expect(marked).toHaveLength(1);
    expect(marked[0]!.markLine!.data).toEqual([{ xAxis: '2018', label: { formatter: '2018: 8 lĩnh vực / 80' } }]);
  });

  it('formats the value axis in the reader’s locale', () => {
    const vi = buildTrendOption([province], { fractionDigits: 1 });
    const formatter = (vi.yAxis as { axisLabel: { formatter: (value: number) => string } }).axisLabel.formatter;
    expect(formatter(44.25)).toBe('44,3');
    expect(vi.legend).toBeUndefined();
  });
});
