import type { PeriodTimeliness } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { percentOf, periodStanding, sortPeriods, sortPeriodTimeliness, timelinessTone, yearTotals } from './timeliness';

const district = { id: 5, code: '327', name: 'Văn Lâm', fullName: 'Huyện Văn Lâm' };

function period(id: number, dueOn: string, counts: Partial<PeriodTimeliness> = {}): PeriodTimeliness {
  return {
    period: { id, unit: district, year: 2024, kind: 'other', title: `Kỳ ${id}`, dueOn, dataFrom: null, dataTo: null },
    expected: 11,
    onTime: 0,
    late: 0,
    missing: 0,
    pending: 0,
    completeness: 0,
    units: [],
    ...counts,
  };
}

describe('periodStanding', () => {
  it('takes the API’s judgement of a report', () => {
    expect(periodStanding({ dueOn: '2024-07-03' }, { timeliness: 'late' }, '2024-08-01')).toBe('late');
    expect(periodStanding({ dueOn: '2024-07-03' }, { timeliness: 'pending' }, '2024-06-01')).toBe('pending');
  });

  it('counts a period without a report as missing only after its due day', () => {
    expect(periodStanding({ dueOn: '2024-07-03' }, null, '2024-07-03')).toBe('pending');
    expect(periodStanding({ dueOn: '2024-07-03' }, null, '2024-07-04')).toBe('missing');
  });
});

describe('tones and percentages', () => {
  it('colours what needs action', () => {
    expect(timelinessTone('on_time')).toBe('good');
    expect(timelinessTone('late')).toBe('warn');
    expect(timelinessTone('missing')).toBe('bad');
    expect(timelinessTone('pending')).toBe('neutral');
  });

  it('rounds a share to whole percent within 0–100', () => {
    expect(percentOf(0.8181)).toBe(82);
    expect(percentOf(1.2)).toBe(100);
    expect(percentOf(-1)).toBe(0);
    expect(percentOf(Number.NaN)).toBe(0);
  });
});

describe('yearTotals', () => {
  it('adds up the periods and measures completeness on those already due', () => {
    const totals = yearTotals(
      [
        period(1, '2024-07-03', { onTime: 8, late: 2, missing: 1 }),
        period(2, '2025-01-03', { onTime: 1, pending: 10 }),
      ],
      '2024-09-01',
    );
    expect(totals).toEqual({ periods: 2, due: 1, expected: 22, onTime: 9, late: 2, missing: 1, pending: 10, completeness: 10 / 11 });
  });

  it('has no completeness before anything is due', () => {
    expect(yearTotals([period(1, '2024-07-03', { pending: 11 })], '2024-01-01').completeness).toBeNull();
    expect(yearTotals([], '2024-01-01')).toMatchObject({ periods: 0, completeness: null });
  });
});

describe('sorting periods', () => {
  it('puts the earliest due first', () => {
    const periods = [period(2, '2025-01-03'), period(1, '2024-07-03'), period(3, '2024-07-03')];
    expect(sortPeriodTimeliness(periods).map((entry) => entry.period.id)).toEqual([1, 3, 2]);
    expect(sortPeriods(periods.map((entry) => entry.period)).map((entry) => entry.id)).toEqual([1, 3, 2]);
  });
});
