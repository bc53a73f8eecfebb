import { describe, expect, it } from 'vitest';
import { VIETNAM_HOLIDAY_TABLE } from '../holidays.js';
import { addDays, formatDateVi } from '../iso-date.js';
import { addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, WorkingDayCalendar, workingDaysBetween } from '../working-days.js';

describe('isWorkingDay', () => {
  it('is Monday to Friday less holidays, plus Saturdays worked in a swap', () => {
    expect(isWorkingDay('2024-01-02')).toBe(true);
    expect(isWorkingDay('2024-01-06')).toBe(false); // Saturday
    expect(isWorkingDay('2024-01-07')).toBe(false); // Sunday
    expect(isWorkingDay('2024-01-01')).toBe(false); // Tết Dương lịch
    expect(isWorkingDay('2024-02-14')).toBe(false); // mùng 5, inside the announced break
    expect(isWorkingDay('2024-02-15')).toBe(true);
    expect(isWorkingDay('2024-04-29')).toBe(false); // swapped off
    expect(isWorkingDay('2024-05-04')).toBe(true); // the Saturday worked for it
    expect(isWorkingDay('2025-04-26')).toBe(true);
    expect(isWorkingDay('2025-05-02')).toBe(false);
  });

  it('rejects what is not a date', () => {
    expect(() => isWorkingDay('2024-13-01')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('steps over Tết', () => {
    expect(addWorkingDays('2024-02-07', 1)).toBe('2024-02-15');
    expect(addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
  });

  it('steps over 30/4–1/5 and lands on the Saturday worked in exchange', () => {
    expect(addWorkingDays('2024-04-26', 1)).toBe('2024-05-02'); // Mon 29/4 swapped, 30/4 and 1/5 holidays
    expect(addWorkingDays('2024-05-03', 1)).toBe('2024-05-04'); // Saturday worked
    expect(addWorkingDays('2024-05-03', 2)).toBe('2024-05-06');
    expect(addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
  });

  it('does not count the start date, even when it is a day off', () => {
    expect(addWorkingDays('2024-01-05', 0)).toBe('2024-01-05');
    expect(addWorkingDays('2024-01-06', 1)).toBe('2024-01-08'); // from a Saturday
    expect(addWorkingDays('2024-01-05', 1)).toBe('2024-01-08'); // from a Friday
  });

  it('counts back for a negative n', () => {
    expect(addWorkingDays('2024-02-15', -1)).toBe('2024-02-07');
    expect(addWorkingDays('2024-01-08', -1)).toBe('2024-01-05');
    expect(addWorkingDays('2024-05-06', -1)).toBe('2024-05-04');
  });

  it('needs a whole number', () => {
    expect(() => addWorkingDays('2024-01-05', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2024-01-08', '2024-01-08')).toBe(0);
    expect(workingDaysBetween('2024-01-08', '2024-01-12')).toBe(4);
    expect(workingDaysBetween('2024-02-07', '2024-02-15')).toBe(1);
    expect(workingDaysBetween('2024-04-26', '2024-05-06')).toBe(4); // 02/5, 03/5, Sat 04/5, 06/5
  });

  it('is negative when the second date comes first', () => {
    expect(workingDaysBetween('2024-01-22', '2023-12-29')).toBe(-15);
  });

  it('undoes addWorkingDays', () => {
    for (let start = '2023-12-20'; start <= '2026-12-31'; start = addDays(start, 11)) {
      for (const n of [1, 5, 15, 40]) expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
    }
  });

  it('puts the 15-working-day deadline of a district plan of 29/12/2023 on 22/01/2024', () => {
    // Working days after Friday 29/12/2023: 01/01 is a holiday; 02–05/01 (4), 08–12/01 (9), 15–19/01 (14), 22/01 (15).
    expect(addWorkingDays('2023-12-29', 15)).toBe('2024-01-22');
    expect(workingDaysBetween('2023-12-29', '2024-01-11')).toBe(8);
    expect(workingDaysBetween('2023-12-29', '2024-01-23')).toBe(16);
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it('keeps a working day and moves a day off forward', () => {
    expect(nextWorkingDayOnOrAfter('2024-01-02')).toBe('2024-01-02');
    expect(nextWorkingDayOnOrAfter('2024-02-08')).toBe('2024-02-15');
    expect(nextWorkingDayOnOrAfter('2024-05-04')).toBe('2024-05-04');
    expect(nextWorkingDayOnOrAfter('2024-05-05')).toBe('2024-05-06');
    expect(nextWorkingDayOnOrAfter('2026-01-01')).toBe('2026-01-05');
  });
});

describe('WorkingDayCalendar', () => {
  it('takes a table of its own, e.g. a year announced later', () => {
    const calendar = new WorkingDayCalendar({
      ...VIETNAM_HOLIDAY_TABLE,
      2027: { extraDaysOff: ['2027-04-29'], extraWorkingDays: ['2027-05-08'], tet: { from: '2027-02-04', to: '2027-02-10' } },
    });
    expect(calendar.isWorkingDay('2027-02-04')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-11')).toBe(true); // not made up: the announced break already counts it
    expect(calendar.isWorkingDay('2027-04-29')).toBe(false);
    expect(calendar.isWorkingDay('2027-05-08')).toBe(true);
    expect(calendar.dayOff('2027-02-10')).toEqual({ date: '2027-02-10', kind: 'tet', name: 'Tết Nguyên đán' });
    expect(calendar.dayOff('2027-02-11')).toBeNull();
    // The built-in calendar knows nothing of that.
    expect(isWorkingDay('2027-02-11')).toBe(false);
  });

  it('formats dates the Vietnamese way', () => {
    expect(formatDateVi('2024-01-11')).toBe('11/01/2024');
  });
});
