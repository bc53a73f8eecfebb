import { describe, expect, it } from 'vitest';
import { parseKpiTargets, parseTimeline } from '../task-text.js';

describe('parseKpiTargets', () => {
  it.each([
    ['100%', { comparator: 'eq', value: 100, unit: 'percent', text: '100%' }],
    ['Trên 95% TTHC đúng và trước hạn', { comparator: 'gt', value: 95, unit: 'percent', text: 'Trên 95%' }],
    ['UBND tổ chức ít nhất 2 lần/năm.', { comparator: 'gte', value: 2, unit: 'per_year', text: 'ít nhất 2 lần/năm' }],
    ['tỷ lệ không dưới 80% hộ gia đình', { comparator: 'gte', value: 80, unit: 'percent', text: 'không dưới 80%' }],
    ['tối thiểu 85% hồ sơ', { comparator: 'gte', value: 85, unit: 'percent', text: 'tối thiểu 85%' }],
    ['Tỷ lệ bao phủ BHYT đạt 100%', { comparator: 'eq', value: 100, unit: 'percent', text: 'đạt 100%' }],
    ['mức độ hài lòng từ 90% trở lên', { comparator: 'gte', value: 90, unit: 'percent', text: 'từ 90% trở lên' }],
    ['đạt mức 90% trở lên', { comparator: 'gte', value: 90, unit: 'percent', text: '90% trở lên' }],
    ['họp giao ban 01 lần/quý', { comparator: 'eq', value: 1, unit: 'per_quarter', text: '01 lần/quý' }],
    ['kiểm tra không quá 2 lần/tháng', { comparator: 'lte', value: 2, unit: 'per_month', text: 'không quá 2 lần/tháng' }],
    ['tỷ lệ hồ sơ trễ hạn dưới 2%', { comparator: 'lt', value: 2, unit: 'percent', text: 'dưới 2%' }],
    ['tổ chức tối thiểu 3 hội nghị đối thoại', { comparator: 'gte', value: 3, unit: 'count', text: 'tối thiểu 3 hội nghị' }],
    ['đạt 92,5% kế hoạch', { comparator: 'eq', value: 92.5, unit: 'percent', text: 'đạt 92,5%' }],
  ] as const)('%j', (text, target) => {
    expect(parseKpiTargets(text)).toEqual([target]);
  });

  it('reads every target of a result cell, in order', () => {
    const product =
      '- 100% trưởng thôn, tổ trưởng dân phố được tuyên truyền. - Niêm yết thường xuyên tại 100% trụ sở UBND thị trấn. - UBND tổ chức ít nhất 2 lần/năm.';
    expect(parseKpiTargets(product).map(({ comparator, value, unit }) => [comparator, value, unit])).toEqual([
      ['eq', 100, 'percent'],
      ['eq', 100, 'percent'],
      ['gte', 2, 'per_year'],
    ]);
  });

  it('finds nothing in counts that are not targets', () => {
    expect(parseKpiTargets('tuyên truyền về 08 nội dung của Chỉ số PAPI')).toEqual([]);
    expect(parseKpiTargets('')).toEqual([]);
  });
});

describe('parseTimeline', () => {
  it.each([
    ['Thường xuyên', { kind: 'ongoing', text: 'Thường xuyên' }],
    ['- Định kỳ,thường xuyên', { kind: 'ongoing', text: '- Định kỳ,thường xuyên' }],
    ['Năm 2024 và những năm tiếp theo', { kind: 'ongoing', text: 'Năm 2024 và những năm tiếp theo' }],
    ['Quý II', { kind: 'quarter', text: 'Quý II', quarter: 2, year: 2024 }],
    ['Quý II/2024', { kind: 'quarter', text: 'Quý II/2024', quarter: 2, year: 2024 }],
    ['Quý II, III năm 2024', { kind: 'quarter', text: 'Quý II, III năm 2024', quarter: 3, year: 2024 }],
    ['Quí IV-2025', { kind: 'quarter', text: 'Quí IV-2025', quarter: 4, year: 2025 }],
    ['Trước ngày 30/6/2024', { kind: 'date', text: 'Trước ngày 30/6/2024', due: '2024-06-30' }],
    ['Trước ngày 15/11', { kind: 'date', text: 'Trước ngày 15/11', due: '2024-11-15' }],
    ['Tháng 6/2024', { kind: 'date', text: 'Tháng 6/2024', due: '2024-06-30' }],
    ['Tháng 2 năm 2024', { kind: 'date', text: 'Tháng 2 năm 2024', due: '2024-02-29' }],
    ['Trong năm 2023', { kind: 'date', text: 'Trong năm 2023', due: '2023-12-31' }],
    ['Hoàn thành trong năm 2025.', { kind: 'date', text: 'Hoàn thành trong năm 2025.', due: '2025-12-31' }],
    ['Trước và trong quá trình bầu cử', { kind: 'event', text: 'Trước và trong quá trình bầu cử', event: 'bầu cử' }],
    [
      'Khi có cuộc bầu cử trưởng thôn, tổ trưởng tổ dân phố',
      { kind: 'event', text: 'Khi có cuộc bầu cử trưởng thôn, tổ trưởng tổ dân phố', event: 'cuộc bầu cử trưởng thôn, tổ trưởng tổ dân phố' },
    ],
    ['Trong năm học', { kind: 'unspecified', text: 'Trong năm học' }],
    ['', { kind: 'unspecified', text: '' }],
  ] as const)('%j', (text, timeline) => {
    expect(parseTimeline(text, 2024)).toEqual(timeline);
  });

  it('leaves the year of a quarter unknown when neither the cell nor the plan gives one', () => {
    expect(parseTimeline('Quý III', null)).toEqual({ kind: 'quarter', text: 'Quý III', quarter: 3, year: null });
    expect(parseTimeline('Trước ngày 15/11', null)).toEqual({ kind: 'unspecified', text: 'Trước ngày 15/11' });
  });
});
