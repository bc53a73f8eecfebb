import { describe, expect, it } from 'vitest';
import { defaultNationalDayAdjacent, VIETNAM_HOLIDAY_TABLE, yearCalendar, type YearCalendar } from '../holidays.js';
import { weekday } from '../iso-date.js';
import { WorkingDayCalendar } from '../working-days.js';

const calendar = new WorkingDayCalendar();

/** Days off that fall on Monday–Friday: what a year's holidays cost in working days. */
const weekdaysOff = (year: YearCalendar) => year.daysOff.filter((day) => weekday(day.date) !== 0 && weekday(day.date) !== 6).map((day) => day.date);

function workingDaysInYear(year: number): number {
  let count = 0;
  for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day.setUTCDate(day.getUTCDate() + 1)) {
    if (calendar.isWorkingDay(day.toISOString().slice(0, 10))) count += 1;
  }
  return count;
}

describe('yearCalendar', () => {
  it('2024: Tết 08–14/02, Giỗ Tổ 18/4, 29/4 swapped for Saturday 04/5, Quốc khánh 02–03/9', () => {
    const year = calendar.yearCalendar(2024);
    expect(weekdaysOff(year)).toEqual([
      '2024-01-01',
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-04-18',
      '2024-04-29',
      '2024-04-30',
      '2024-05-01',
      '2024-09-02',
      '2024-09-03',
    ]);
    expect(year.workingWeekendDays).toEqual(['2024-05-04']);
    expect(year.daysOff.find((day) => day.date === '2024-04-18')).toEqual({ date: '2024-04-18', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' });
    expect(year.daysOff.find((day) => day.date === '2024-04-29')?.kind).toBe('swap');
    // 262 weekdays − 12 days off + 1 Saturday worked.
    expect(workingDaysInYear(2024)).toBe(251);
  });

  it('2025: Tết 25/01–02/02, Giỗ Tổ 07/4, 02/5 swapped for Saturday 26/4, Quốc khánh 01–02/9', () => {
    const year = calendar.yearCalendar(2025);
    expect(weekdaysOff(year)).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(year.daysOff.filter((day) => day.kind === 'tet')).toHaveLength(9);
    expect(year.workingWeekendDays).toEqual(['2025-04-26']);
    // 261 weekdays − 12 + 1.
    expect(workingDaysInYear(2025)).toBe(250);
  });

  it('2026: 02/01 swapped for Saturday 10/01, Tết 14–22/02, Giỗ Tổ on Sunday made up on Monday 27/4', () => {
    const year = calendar.yearCalendar(2026);
    expect(weekdaysOff(year)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(year.daysOff.find((day) => day.date === '2026-04-26')?.name).toBe('Giỗ Tổ Hùng Vương');
    expect(year.daysOff.find((day) => day.date === '2026-04-27')).toEqual({ date: '2026-04-27', kind: 'compensatory', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' });
    expect(year.workingWeekendDays).toEqual(['2026-01-10']);
    // 261 weekdays − 12 + 1.
    expect(workingDaysInYear(2026)).toBe(250);
  });

  it('2023: holidays on weekends are made up on the next weekdays not already off', () => {
    const year = calendar.yearCalendar(2023);
    const compensatory = year.daysOff.filter((day) => day.kind === 'compensatory').map((day) => [day.date, day.name]);
    expect(compensatory).toEqual([
      ['2023-01-02', 'Nghỉ bù Tết Dương lịch'],
      // Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 01/5 a Monday holiday: made up on 02/5 and 03/5.
      ['2023-05-02', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
      ['2023-05-03', 'Nghỉ bù Ngày Chiến thắng'],
      ['2023-09-04', 'Nghỉ bù Quốc khánh'],
    ]);
    expect(year.daysOff.filter((day) => day.kind === 'tet').map((day) => day.date)).toEqual([
      '2023-01-20',
      '2023-01-21',
      '2023-01-22',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
    ]);
  });

  it('without an announced break, Tết runs from the last day of the lunar year through mùng 4, made up when on a weekend', () => {
    // Tết 2027 is Saturday 06/02: 05/02 (30 tháng Chạp) – 09/02 (mùng 4), weekend days made up on 10/02 and 11/02.
    const year = yearCalendar(2027, undefined);
    expect(year.daysOff.filter((day) => day.name.includes('Tết Nguyên đán')).map((day) => [day.date, day.kind])).toEqual([
      ['2027-02-05', 'tet'],
      ['2027-02-06', 'tet'],
      ['2027-02-07', 'tet'],
      ['2027-02-08', 'tet'],
      ['2027-02-09', 'tet'],
      ['2027-02-10', 'compensatory'],
      ['2027-02-11', 'compensatory'],
    ]);
    // 2026 without the table: 29 tháng Chạp (16/02) – mùng 4 (20/02), the same weekdays as announced.
    expect(weekdaysOff(yearCalendar(2026, undefined)).filter((date) => date.startsWith('2026-02'))).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it('gives Quốc khánh a second day from 2021 only', () => {
    expect(yearCalendar(2020, undefined).daysOff.filter((day) => day.name === 'Quốc khánh').map((day) => day.date)).toEqual(['2020-09-02']);
    expect(yearCalendar(2022, undefined).daysOff.filter((day) => day.name === 'Quốc khánh').map((day) => day.date)).toEqual(['2022-09-01', '2022-09-02']);
  });

  it('picks the second day of Quốc khánh that joins a weekend, as announced 2021–2025', () => {
    expect(defaultNationalDayAdjacent(2021)).toBe('2021-09-03'); // Thursday → Friday
    expect(defaultNationalDayAdjacent(2022)).toBe('2022-09-01'); // Friday → Thursday
    expect(defaultNationalDayAdjacent(2023)).toBe(VIETNAM_HOLIDAY_TABLE[2023]?.nationalDayAdjacent);
    expect(defaultNationalDayAdjacent(2024)).toBe(VIETNAM_HOLIDAY_TABLE[2024]?.nationalDayAdjacent);
    expect(defaultNationalDayAdjacent(2025)).toBe(VIETNAM_HOLIDAY_TABLE[2025]?.nationalDayAdjacent);
    expect(defaultNationalDayAdjacent(2026)).toBe('2026-09-01'); // Wednesday: assumed
    expect(defaultNationalDayAdjacent(2029)).toBe('2029-09-03'); // Sunday → Monday
  });

  it('rejects a configuration that contradicts itself', () => {
    expect(() => yearCalendar(2027, { extraDaysOff: ['2027-05-03'], extraWorkingDays: ['2027-05-03'] })).toThrow('vừa là ngày nghỉ vừa là ngày làm bù');
    expect(() => yearCalendar(2027, { extraDaysOff: ['2028-01-03'], extraWorkingDays: [] })).toThrow('không thuộc năm 2027');
    expect(() => yearCalendar(2027, { extraDaysOff: [], extraWorkingDays: [], nationalDayAdjacent: '2027-09-04' })).toThrow('01/9 hoặc 03/9');
    expect(() => yearCalendar(2027, { extraDaysOff: [], extraWorkingDays: [], tet: { from: '2027-02-10', to: '2027-02-04' } })).toThrow(RangeError);
  });
});
