import { describe, expect, it } from 'vitest';
import { buildRankedBarOption, rankedBarChartHeight, rankItems, RANKED_BAR_COLORS } from './ranked-bar-option.js';

const districts = [
  { key: '325', label: 'Huyện Văn Lâm', value: 11 },
  { key: '323', label: 'Thành phố Hưng Yên', value: 17 },
  { key: '326', label: 'Huyện Văn Giang', value: 11 },
  { key: '999', label: 'Cả nước', value: 10035 },
];

/** The option is a union of ECharts shapes; the tests read the single-object form this builder emits. */
function parts(option: ReturnType<typeof buildRankedBarOption>) {
  const yAxis = option.yAxis as { data: string[]; inverse: boolean };
  const series = (option.series as Array<{
    data: Array<{ value: number; itemStyle: { color: string } }>;
    label: { formatter: (params: { value?: unknown }) => string };
    name: string;
  }>)[0];
  if (!series) throw new Error('the option has no series');
  return { yAxis, series };
}

describe('rankItems', () => {
  it('puts the largest value first and breaks ties by Vietnamese alphabetical order', () => {
    expect(rankItems(districts).map((item) => item.key)).toEqual(['999', '323', '326', '325']);
  });

  it('leaves the input untouched', () => {
    const before = districts.map((item) => item.key);
    rankItems(districts);
    expect(districts.map((item) => item.key)).toEqual(before);
  });
});

describe('buildRankedBarOption', () => {
  it('lists the categories largest first, with rank 1 drawn at the top', () => {
    const { yAxis, series } = parts(buildRankedBarOption(districts, { seriesName: 'Số xã' }));
    expect(yAxis.data).toEqual(['Cả nước', 'Thành phố Hưng Yên', 'Huyện Văn Giang', 'Huyện Văn Lâm']);
    expect(yAxis.inverse).toBe(true);
    expect(series.data.map((point) => point.value)).toEqual([10035, 17, 11, 11]);
    expect(series.name).toBe('Số xã');
  });

  it('labels values with Vietnamese thousands separators by default', () => {
    const { series } = parts(buildRankedBarOption(districts, { seriesName: 'Số xã' }));
    expect(series.label.formatter({ value: 10035 })).toBe('10.035');
  });

  it('follows the locale it is given', () => {
    const { series } = parts(buildRankedBarOption(districts, { seriesName: 'Communes', locale: 'en-GB' }));
    expect(series.label.formatter({ value: 10035 })).toBe('10,035');
  });

  it('colours only the highlighted bar with the accent colour', () => {
    const { series } = parts(buildRankedBarOption(districts, { seriesName: 'Số xã', highlightedKey: '325' }));
    expect(series.data.map((point) => point.itemStyle.color)).toEqual([
      RANKED_BAR_COLORS.bar,
      RANKED_BAR_COLORS.bar,
      RANKED_BAR_COLORS.bar,
      RANKED_BAR_COLORS.highlighted,
    ]);
  });
});

describe('rankedBarChartHeight', () => {
  it('grows with the number of bars so labels never overlap', () => {
    expect(rankedBarChartHeight(63)).toBeGreaterThan(rankedBarChartHeight(10));
    expect(rankedBarChartHeight(10) - rankedBarChartHeight(9)).toBeGreaterThanOrEqual(20);
  });

  it('keeps room for one row when there is no data', () => {
    expect(rankedBarChartHeight(0)).toBe(rankedBarChartHeight(1));
  });
});

describe('buildRankedBarOption with rank changes', () => {
  const communes = [
    { key: '4367', label: 'Xã Lạc Hồng', value: 48.2297, change: 0 },
    { key: '4363', label: 'Xã Đình Dù', value: 45.454, change: 4 },
    { key: '4361', label: 'Xã Việt Hưng', value: 42.4882, change: -1 },
    { key: '9999', label: 'Xã Mới', value: 40, change: null },
  ];

  it('writes the change after the value: ▲ climbed, ▼ fell, = unchanged, nothing when unknown', () => {
    const { series } = parts(buildRankedBarOption(communes, { seriesName: 'PAPI 2024', fractionDigits: 2 }));
    const labels = series.data.map((_, dataIndex) =>
      (series.label.formatter as (params: { value?: unknown; dataIndex?: number }) => string)({ value: series.data[dataIndex]!.value, dataIndex }),
    );
    expect(labels).toEqual(['48,23 {same|=}', '45,45 {up|▲4}', '42,49 {down|▼1}', '40,00']);
  });
});
