import { dateOfDayNumber, dayNumber, dayNumberOfDate, isoOfDayNumber } from './iso-date.js';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from the astronomy rather than read from a table.
 *
 * The rules, as the calendar is defined in Vietnam since 1968 (UTC+7, meridian 105°E):
 * - a month starts on the local day of a new moon;
 * - month 11 is the month that contains the winter solstice (sun longitude 270°);
 * - when 13 new moons start between one month 11 and the next, the first month after month 11 in
 *   which the sun enters no new 30° sector ("trung khí") is leap and repeats the number before it;
 * - a "day" is the civil day at UTC+7, so a term or new moon just before midnight in Hà Nội can
 *   fall on a different day than in Beijing (UTC+8): Tết 1985, 2007 and 2030 differ for that reason.
 *
 * New moons follow Meeus, Astronomical Algorithms (2nd ed.), ch. 49 (error well under a minute for
 * these centuries); the sun's apparent longitude follows ch. 25's low-accuracy series (about 0.01°,
 * a quarter of an hour); ΔT (TT − UT) follows the Espenak–Meeus polynomials. Results are meant for
 * 1900–2100; dates before 1968 follow the same UTC+7 rule, which calendars printed then did not.
 */

const RAD = Math.PI / 180;
const SYNODIC_MONTH = 29.530588861;
/** Julian Day of 1970-01-01 00:00 UT: day numbers of iso-date.ts + this = JD at midnight UT. */
const JD_UNIX_EPOCH = 2440587.5;
/** Meeus's new moon k = 0 (2000-01-06). */
const JDE_NEW_MOON_0 = 2451550.09766;

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  /** A leap month (tháng nhuận) repeats the number of the month before it. */
  leap: boolean;
}

export interface LunarCalendar {
  lunarToSolar(year: number, month: number, day: number, leap?: boolean): string;
  solarToLunar(iso: string): LunarDate;
  /** The leap month of a lunar year (its number), or null when the year has 12 months. */
  leapMonthOf(year: number): number | null;
  /** 29 or 30. */
  lunarMonthLength(year: number, month: number, leap?: boolean): number;
}

function sin(degrees: number): number {
  return Math.sin(degrees * RAD);
}

/** ΔT = TT − UT in seconds (Espenak & Meeus, NASA eclipse polynomials). */
export function deltaTSeconds(year: number): number {
  if (year < 1800 || year >= 2150) {
    const u = (year - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (year < 1860) {
    const t = year - 1800;
    return 13.72 - 0.332447 * t + 0.0068612 * t ** 2 + 0.0041116 * t ** 3 - 0.00037436 * t ** 4 + 0.0000121272 * t ** 5 - 0.0000001699 * t ** 6 + 0.000000000875 * t ** 7;
  }
  if (year < 1900) {
    const t = year - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

function yearOfJd(jd: number): number {
  return 2000 + (jd - 2451545) / 365.25;
}

/** Julian Ephemeris Day (TT) of the new moon number k (Meeus ch. 49, with the planetary terms). */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  const mean = JDE_NEW_MOON_0 + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  const periodic =
    -0.4072 * sin(Mp) +
    0.17241 * E * sin(M) +
    0.01608 * sin(2 * Mp) +
    0.01039 * sin(2 * F) +
    0.00739 * E * sin(Mp - M) -
    0.00514 * E * sin(Mp + M) +
    0.00208 * E * E * sin(2 * M) -
    0.00111 * sin(Mp - 2 * F) -
    0.00057 * sin(Mp + 2 * F) +
    0.00056 * E * sin(2 * Mp + M) -
    0.00042 * sin(3 * Mp) +
    0.00042 * E * sin(M + 2 * F) +
    0.00038 * E * sin(M - 2 * F) -
    0.00024 * E * sin(2 * Mp - M) -
    0.00017 * sin(Om) -
    0.00007 * sin(Mp + 2 * M) +
    0.00004 * sin(2 * Mp - 2 * F) +
    0.00004 * sin(3 * M) +
    0.00003 * sin(Mp + M - 2 * F) +
    0.00003 * sin(2 * Mp + 2 * F) -
    0.00003 * sin(Mp + M + 2 * F) +
    0.00003 * sin(Mp - M + 2 * F) -
    0.00002 * sin(Mp - M - 2 * F) -
    0.00002 * sin(3 * Mp + M) +
    0.00002 * sin(4 * Mp);
  const planetary =
    0.000325 * sin(299.77 + 0.107408 * k - 0.009173 * T2) +
    0.000165 * sin(251.88 + 0.016321 * k) +
    0.000164 * sin(251.83 + 26.651886 * k) +
    0.000126 * sin(349.42 + 36.412478 * k) +
    0.00011 * sin(84.66 + 18.206239 * k) +
    0.000062 * sin(141.74 + 53.303771 * k) +
    0.00006 * sin(207.14 + 2.453732 * k) +
    0.000056 * sin(154.84 + 7.30686 * k) +
    0.000047 * sin(34.52 + 27.261239 * k) +
    0.000042 * sin(207.19 + 0.121824 * k) +
    0.00004 * sin(291.34 + 1.844379 * k) +
    0.000037 * sin(161.72 + 24.198154 * k) +
    0.000035 * sin(239.56 + 25.513099 * k) +
    0.000023 * sin(331.55 + 3.592518 * k);
  return mean + periodic + planetary;
}

/** Julian Day (UT) of the new moon number k. */
export function newMoonJd(k: number): number {
  const jde = newMoonJde(k);
  return jde - deltaTSeconds(yearOfJd(jde)) / 86400;
}

/** The sun's apparent longitude in degrees [0, 360) at a Julian Day in UT (Meeus ch. 25, low accuracy). */
export function sunApparentLongitude(jdUt: number): number {
  const jde = jdUt + deltaTSeconds(yearOfJd(jdUt)) / 86400;
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin(M) + (0.019993 - 0.000101 * T) * sin(2 * M) + 0.000289 * sin(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const apparent = L0 + C - 0.00569 - 0.00478 * sin(omega);
  return ((apparent % 360) + 360) % 360;
}

interface MonthEleven {
  /** New moon number that starts it. */
  k: number;
  /** Local day number of its first day. */
  day: number;
}

/** A lunar calendar for a time zone; the Vietnamese one is UTC+7. Other zones are there to compare (UTC+8 is China's). */
export function lunarCalendarForTimeZone(offsetHours: number): LunarCalendar {
  const offsetDays = offsetHours / 24;
  const newMoonDays = new Map<number, number>();
  const monthElevens = new Map<number, MonthEleven>();
  const leapOffsets = new Map<number, number | null>();

  /** Local day number on which new moon k falls. */
  const newMoonDay = (k: number): number => {
    let day = newMoonDays.get(k);
    if (day === undefined) {
      day = Math.floor(newMoonJd(k) - JD_UNIX_EPOCH + offsetDays);
      newMoonDays.set(k, day);
    }
    return day;
  };

  /** The 30° sector (0–11) the sun is in at the first instant of a local day: a month whose first day and next month's first day share a sector holds no principal term. */
  const sectorAtStartOf = (day: number): number => Math.floor(sunApparentLongitude(day + JD_UNIX_EPOCH - offsetDays) / 30);

  /** The new moon number of the month a local day falls in. */
  const monthContaining = (day: number): number => {
    let k = Math.floor((day + JD_UNIX_EPOCH - JDE_NEW_MOON_0) / SYNODIC_MONTH);
    while (newMoonDay(k) > day) k -= 1;
    while (newMoonDay(k + 1) <= day) k += 1;
    return k;
  };

  /** Month 11 of lunar year `year`: the month holding the December solstice of that Gregorian year. */
  const monthElevenOf = (year: number): MonthEleven => {
    const cached = monthElevens.get(year);
    if (cached) return cached;
    // Start from the month holding 21 December; around then the sectors run 7–10, so no wrap at 360°.
    let k = monthContaining(dayNumberOfDate(year, 12, 21));
    while (sectorAtStartOf(newMoonDay(k)) > 8) k -= 1;
    while (sectorAtStartOf(newMoonDay(k + 1)) <= 8) k += 1;
    const found = { k, day: newMoonDay(k) };
    monthElevens.set(year, found);
    return found;
  };

  /**
   * In the months that follow month 11 of `year`, how many months after it the leap month comes
   * (1 = leap 11, 2 = leap 12, 3 = leap 1, …), or null when 12 months lead to the next month 11.
   */
  const leapOffsetAfter = (year: number): number | null => {
    if (leapOffsets.has(year)) return leapOffsets.get(year) ?? null;
    const start = monthElevenOf(year).k;
    let offset: number | null = null;
    if (monthElevenOf(year + 1).k - start === 13) {
      for (let i = 1; i <= 12 && offset === null; i += 1) {
        if (sectorAtStartOf(newMoonDay(start + i)) === sectorAtStartOf(newMoonDay(start + i + 1))) offset = i;
      }
      // Thirteen months always hold one without a principal term; this only guards the arithmetic.
      if (offset === null) throw new Error(`Không tìm được tháng nhuận sau tháng 11 năm ${year}`);
    }
    leapOffsets.set(year, offset);
    return offset;
  };

  /** Month number (1–12) of a month `index` months after month 11, counting leap months as repeats. */
  const monthNumber = (index: number): number => ((10 + index) % 12) + 1;

  const solarToLunar = (iso: string): LunarDate => {
    const day = dayNumber(iso);
    const { year } = dateOfDayNumber(day);
    // The frame runs from a month 11 to the next; a date before this year's month 11 lies in last year's frame.
    const frameYear = day >= monthElevenOf(year).day ? year : year - 1;
    const k = monthContaining(day);
    const after = k - monthElevenOf(frameYear).k;
    const leapOffset = leapOffsetAfter(frameYear);
    const index = leapOffset !== null && after >= leapOffset ? after - 1 : after;
    return {
      year: index < 2 ? frameYear : frameYear + 1,
      month: monthNumber(index),
      day: day - newMoonDay(k) + 1,
      leap: leapOffset === after,
    };
  };

  /** New moon number of a lunar month; a RangeError when the year has no such (leap) month. */
  const monthStart = (year: number, month: number, leap: boolean): number => {
    if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
      throw new RangeError(`Tháng âm lịch không hợp lệ: tháng ${month} năm ${year}`);
    }
    const frameYear = month >= 11 ? year : year - 1;
    const index = month >= 11 ? month - 11 : month + 1;
    const leapOffset = leapOffsetAfter(frameYear);
    let after = index;
    if (leap) {
      if (leapOffset !== index + 1) throw new RangeError(`Năm âm lịch ${year} không có tháng ${month} nhuận`);
      after = index + 1;
    } else if (leapOffset !== null && index >= leapOffset) {
      after = index + 1;
    }
    return monthElevenOf(frameYear).k + after;
  };

  const lunarMonthLength = (year: number, month: number, leap = false): number => {
    const k = monthStart(year, month, leap);
    return newMoonDay(k + 1) - newMoonDay(k);
  };

  const lunarToSolar = (year: number, month: number, day: number, leap = false): string => {
    const k = monthStart(year, month, leap);
    const length = newMoonDay(k + 1) - newMoonDay(k);
    if (!Number.isInteger(day) || day < 1 || day > length) {
      throw new RangeError(`Ngày âm lịch không hợp lệ: ngày ${day} tháng ${month}${leap ? ' nhuận' : ''} năm ${year} (tháng có ${length} ngày)`);
    }
    return isoOfDayNumber(newMoonDay(k) + day - 1);
  };

  const leapMonthOf = (year: number): number | null => {
    // Leap 1–10 sit in the frame from last year's month 11; leap 11–12 in the frame from this year's.
    const early = leapOffsetAfter(year - 1);
    if (early !== null && early >= 3) return monthNumber(early - 1);
    const late = leapOffsetAfter(year);
    if (late !== null && late <= 2) return monthNumber(late - 1);
    return null;
  };

  return { lunarToSolar, solarToLunar, leapMonthOf, lunarMonthLength };
}

/** The Vietnamese calendar: UTC+7. */
export const VIETNAMESE_LUNAR_CALENDAR: LunarCalendar = lunarCalendarForTimeZone(7);

/** The solar (Gregorian) date of a Vietnamese lunar date, e.g. lunarToSolar(2024, 1, 1) = "2024-02-10" (Tết Giáp Thìn). */
export function lunarToSolar(year: number, month: number, day: number, leap = false): string {
  return VIETNAMESE_LUNAR_CALENDAR.lunarToSolar(year, month, day, leap);
}

/** The Vietnamese lunar date of a solar date, e.g. "2023-03-22" → 1 tháng 2 nhuận năm 2023. */
export function solarToLunar(iso: string): LunarDate {
  return VIETNAMESE_LUNAR_CALENDAR.solarToLunar(iso);
}

export function leapMonthOf(year: number): number | null {
  return VIETNAMESE_LUNAR_CALENDAR.leapMonthOf(year);
}

export function lunarMonthLength(year: number, month: number, leap = false): number {
  return VIETNAMESE_LUNAR_CALENDAR.lunarMonthLength(year, month, leap);
}

/** Tết Nguyên đán (mùng 1 tháng Giêng) of a lunar year. */
export function tetDate(year: number): string {
  return lunarToSolar(year, 1, 1);
}

/** The last day of a lunar year (29 or 30 tháng Chạp, the eve of Tết): the day before next year's Tết. */
export function lastDayOfLunarYear(year: number): string {
  return isoOfDayNumber(dayNumber(tetDate(year + 1)) - 1);
}
