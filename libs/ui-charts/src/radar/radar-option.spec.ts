import { describe, expect, it } from 'vitest';
import { buildRadarOption, radarValues, RADAR_COLORS } from './radar-option.js';

const axes = [
  { key: 'D1', label: 'D1', name: 'Tham gia của người dân ở cấp cơ sở', max: 10 },
  { key: 'D2', label: 'D2', name: 'Công khai, minh bạch', max: 10 },
  { key: 'D3', label: 'D3', name: 'Trách nhiệm giải trình', max: 10 },
];
const series = [
  { key: 'unit', name: 'Thị trấn Như Quỳnh', values: [6.5953, 5.1668, null], color: RADAR_COLORS.unit, filled: true },
  { key: 'average', name: 'Trung bình huyện', values: [5.3797, 5.2813, 3.9607], color: RADAR_COLORS.average, dashed: true },
  { key: 'best', name: 'Cao nhất huyện', values: [6.5953, 5.9174, 5.2974], color: RADAR_COLORS.best },
];

function parts(option: ReturnType<typeof buildRadarOption>) {
  const radar = option.radar as { indicator: Array<{ name: string; max: number; min: number }> };
  const data = (option.series as Array<{
    data: Array<{ name: string; value: Array<number | '-'>; areaStyle?: unknown; lineStyle: { type: string } }>;
  }>)[0]!.data;
  const legend = option.legend as { data: string[] };
  const tooltip = option.tooltip as { formatter: (params: unknown) => string };
  return { radar, data, legend, tooltip };
}

describe('radarValues', () => {
  it('writes a missing value as a gap, not a zero', () => {
    expect(radarValues([1, null, Number.NaN, 0])).toEqual([1, '-', '-', 0]);
  });
});

describe('buildRadarOption', () => {
  it('gives every axis its own maximum, from zero', () => {
    const { radar } = parts(buildRadarOption(axes, series));
    expect(radar.indicator).toEqual([
      { name: 'D1', max: 10, min: 0 },
      { name: 'D2', max: 10, min: 0 },
      { name: 'D3', max: 10, min: 0 },
    ]);
  });

  it('draws one polygon per series, only the unit filled, the average dashed', () => {
    const { data, legend } = parts(buildRadarOption(axes, series));
    expect(data.map((item) => item.name)).toEqual(['Thị trấn Như Quỳnh', 'Trung bình huyện', 'Cao nhất huyện']);
    expect(legend.data).toEqual(['Thị trấn Như Quỳnh', 'Trung bình huyện', 'Cao nhất huyện']);
    expect(data[0]!.value).toEqual([6.5953, 5.1668, '-']);
    expect(data.map((item) => item.areaStyle !== undefined)).toEqual([true, false, false]);
    expect(data.map((item) => item.lineStyle.type)).toEqual(['solid', 'dashed', 'solid']);
  });

  it('lists each axis with its full name and the value in the reader’s locale', () => {
    const { tooltip } = parts(buildRadarOption(axes, series, { fractionDigits: 2 }));
    expect(tooltip.formatter({ name: 'Trung bình huyện', dataIndex: 1 })).toBe(
      '<b>Trung bình huyện</b><br/>D1 Tham gia của người dân ở cấp cơ sở: <b>5,38</b><br/>D2 Công khai, minh bạch: <b>5,28</b><br/>D3 Trách nhiệm giải trình: <b>3,96</b>',
    );
    const english = parts(buildRadarOption(axes, series, { fractionDigits: 2, locale: 'en-GB' }));
    expect(english.tooltip.formatter({ name: 'Thị trấn Như Quỳnh' })).toContain('D1 Tham gia của người dân ở cấp cơ sở: <b>6.60</b>');
  });
});
