import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../iso-date.js';
import {
  lastDayOfLunarYear,
  leapMonthOf,
  lunarCalendarForTimeZone,
  lunarMonthLength,
  lunarToSolar,
  newMoonJde,
  solarToLunar,
  sunApparentLongitude,
  tetDate,
} from '../lunar.js';

describe('astronomy', () => {
  it('finds the new moon of Meeus example 49.a (1977 February, k = −283)', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it('puts the sun at 270° at the December solstice of 2023 (22/12 03:27 UT)', () => {
    const solstice = 2460300.5 + (3 + 27 / 60) / 24;
    expect(sunApparentLongitude(solstice)).toBeCloseTo(270, 1);
  });
});

describe('lunarToSolar', () => {
  it.each([
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
  ])('puts Tết %i on %s', (year, iso) => {
    expect(lunarToSolar(year, 1, 1)).toBe(iso);
    expect(tetDate(year)).toBe(iso);
  });

  it.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('puts Giỗ Tổ Hùng Vương (10/3 âm) %i on %s', (year, iso) => {
    expect(lunarToSolar(year, 3, 10)).toBe(iso);
  });

  it('follows UTC+7 where Vietnam and China (UTC+8) differ', () => {
    const china = lunarCalendarForTimeZone(8);
    // 1985: the solstice fell before midnight in Hà Nội, after it in Beijing; Vietnam's Tết came a month early.
    expect(lunarToSolar(1985, 1, 1)).toBe('1985-01-21');
    expect(china.lunarToSolar(1985, 1, 1)).toBe('1985-02-20');
    // 2007 and 2030: the new moon fell between 23:00 and midnight in Hà Nội.
    expect(lunarToSolar(2007, 1, 1)).toBe('2007-02-17');
    expect(china.lunarToSolar(2007, 1, 1)).toBe('2007-02-18');
    expect(lunarToSolar(2030, 1, 1)).toBe('2030-02-02');
    expect(china.lunarToSolar(2030, 1, 1)).toBe('2030-02-03');
    // 1987: leap month 6 in China, leap month 7 in Vietnam.
    expect(leapMonthOf(1987)).toBe(7);
    expect(china.leapMonthOf(1987)).toBe(6);
  });

  it('places leap months: 2020 leap 4, 2023 leap 2, 2025 leap 6, 2033 leap 11', () => {
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2033)).toBe(11);
    expect(leapMonthOf(2024)).toBeNull();
    expect(leapMonthOf(2026)).toBeNull();
    expect(lunarToSolar(2023, 2, 1)).toBe('2023-02-20');
    expect(lunarToSolar(2023, 2, 1, true)).toBe('2023-03-22');
    expect(lunarToSolar(2023, 3, 1)).toBe('2023-04-20');
    expect(lunarToSolar(2025, 6, 1, true)).toBe('2025-07-25');
    expect(lunarToSolar(2025, 7, 1)).toBe('2025-08-23');
    expect(lunarToSolar(2020, 4, 1, true)).toBe('2020-05-23');
  });

  it('knows the last day of the lunar year, 29 or 30 tháng Chạp', () => {
    expect(lastDayOfLunarYear(2023)).toBe('2024-02-09');
    expect(lunarMonthLength(2023, 12)).toBe(30);
    expect(lastDayOfLunarYear(2024)).toBe('2025-01-28');
    expect(lunarMonthLength(2024, 12)).toBe(29);
    expect(lastDayOfLunarYear(2025)).toBe('2026-02-16');
  });

  it('rejects months and days the year does not have', () => {
    expect(() => lunarToSolar(2024, 2, 1, true)).toThrow(RangeError);
    expect(() => lunarToSolar(2023, 3, 1, true)).toThrow('không có tháng 3 nhuận');
    expect(() => lunarToSolar(2024, 12, 30 + 1)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 12, 30)).toThrow('tháng có 29 ngày');
    expect(() => lunarToSolar(2024, 13, 1)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 0, 1)).toThrow(RangeError);
  });
});

describe('solarToLunar', () => {
  it('reads known dates', () => {
    expect(solarToLunar('2024-02-10')).toEqual({ year: 2024, month: 1, day: 1, leap: false });
    expect(solarToLunar('2024-02-09')).toEqual({ year: 2023, month: 12, day: 30, leap: false });
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar('2023-04-19')).toEqual({ year: 2023, month: 2, day: 29, leap: true });
    expect(solarToLunar('2025-08-22')).toEqual({ year: 2025, month: 6, day: 29, leap: true });
    expect(solarToLunar('2026-04-26')).toEqual({ year: 2026, month: 3, day: 10, leap: false });
    // Months 11 and 12 belong to the lunar year that began the previous Tết.
    expect(solarToLunar('2023-12-31')).toEqual({ year: 2023, month: 11, day: 19, leap: false });
    expect(solarToLunar('2034-01-01')).toMatchObject({ year: 2033, month: 11, leap: true });
  });

  it('rejects what is not a date', () => {
    expect(() => solarToLunar('2024-02-30')).toThrow(RangeError);
    expect(() => solarToLunar('10/02/2024')).toThrow(RangeError);
  });
});

describe('round trips, 2000–2040', () => {
  it('maps the first day of every lunar month back to itself', () => {
    for (let year = 2000; year <= 2040; year += 1) {
      const leap = leapMonthOf(year);
      for (let month = 1; month <= 12; month += 1) {
        for (const isLeap of month === leap ? [false, true] : [false]) {
          const iso = lunarToSolar(year, month, 1, isLeap);
          expect(solarToLunar(iso)).toEqual({ year, month, day: 1, leap: isLeap });
          const length = lunarMonthLength(year, month, isLeap);
          expect([29, 30]).toContain(length);
          expect(solarToLunar(addDays(iso, length - 1))).toEqual({ year, month, day: length, leap: isLeap });
        }
      }
    }
  });

  it('maps the first day of every solar month back to itself, and every day follows the one before', () => {
    for (let year = 2000; year <= 2040; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const iso = isoDate(year, month, 1);
        const lunar = solarToLunar(iso);
        expect(lunarToSolar(lunar.year, lunar.month, lunar.day, lunar.leap)).toBe(iso);
      }
    }
    let previous = solarToLunar('1999-12-31');
    for (let iso = '2000-01-01'; iso <= '2040-12-31'; iso = addDays(iso, 1)) {
      const current = solarToLunar(iso);
      if (current.day === 1) {
        expect([29, 30]).toContain(previous.day);
        // A new month: the next number, or the leap repeat of the same one.
        const repeat = current.leap && current.month === previous.month && current.year === previous.year;
        const next = !current.leap && current.month === (previous.month % 12) + 1;
        expect(repeat || next).toBe(true);
        if (current.month === 1 && !current.leap) expect(current.year).toBe(previous.year + 1);
      } else {
        expect(current).toEqual({ ...previous, day: previous.day + 1 });
      }
      previous = current;
    }
  });

  it('has 12 or 13 months a year, Tết between 21/01 and 20/02', () => {
    for (let year = 2000; year <= 2040; year += 1) {
      const tet = tetDate(year);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`).toBe(true);
      const days = (Date.parse(tetDate(year + 1)) - Date.parse(tet)) / 86_400_000;
      expect(leapMonthOf(year) === null ? [353, 354, 355] : [383, 384, 385]).toContain(days);
    }
  });
});
