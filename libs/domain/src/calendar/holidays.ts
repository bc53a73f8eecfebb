import { dayNumber, isoDate, isoOfDayNumber, parseIsoDate, weekdayOfDayNumber } from './iso-date.js';
import { lastDayOfLunarYear, lunarToSolar, tetDate } from './lunar.js';

/**
 * Public holidays of Vietnam and the days the government moves each year, as they apply to state
 * bodies (cán bộ, công chức, viên chức: Monday–Friday, Quyết định 188/1999/QĐ-TTg), whose plans the
 * platform checks.
 *
 * Bộ luật Lao động 2019 (45/2019/QH14), in force from 01/01/2021:
 * - Điều 112 khoản 1: Tết Dương lịch 1 day (01/01); Tết Âm lịch 5 days; Ngày Chiến thắng 1 day (30/4);
 *   Quốc tế lao động 1 day (01/5); Quốc khánh 2 days (02/9 and one day right before or after it);
 *   Giỗ Tổ Hùng Vương 1 day (10/3 âm lịch).
 * - Điều 112 khoản 3: the Prime Minister sets the exact days of Tết Âm lịch and of Quốc khánh each year.
 * - Điều 111 khoản 3: a holiday that falls on the weekly day off is made up on the next working day
 *   ("nghỉ bù").
 * Before 2021 (Bộ luật Lao động 2012) Quốc khánh was one day; that is modelled too.
 * Besides, the Prime Minister may let state bodies swap a weekday with a Saturday ("hoán đổi ngày làm
 * việc"): the table below lists those as extra days off and extra working days.
 * Not modelled: Ngày Văn hóa Việt Nam (24/11), which Nghị quyết 80-NQ/TW of the Politburo means to make
 * a paid holiday; that needs an amendment of Điều 112, not yet law when this was written. Until then a
 * year can list it in extraDaysOff.
 */

/** The days off and working Saturdays the government announced for one year, beyond the law's rules. */
export interface HolidayCalendarConfig {
  /** Weekdays off announced for the year (the weekday side of a swap, or any extra day off). */
  extraDaysOff: string[];
  /** Weekend days worked (the Saturday side of a swap). */
  extraWorkingDays: string[];
  /** The announced Tết break, weekends included; without it: 30 (or 29) tháng Chạp through mùng 4 Tết, with make-up days. */
  tet?: { from: string; to: string };
  /** The announced second day of Quốc khánh (01/9 or 03/9); without it see defaultNationalDayAdjacent. */
  nationalDayAdjacent?: string;
  /** Where the year's days come from, for people checking the table. */
  source?: string;
}

/** Holiday configuration by Gregorian year; years missing here follow the law's defaults. */
export type HolidayTable = Readonly<Record<number, HolidayCalendarConfig>>;

export type DayOffKind = 'holiday' | 'tet' | 'compensatory' | 'swap';

export interface DayOff {
  date: string;
  kind: DayOffKind;
  /** Vietnamese name, e.g. "Giỗ Tổ Hùng Vương", "Nghỉ bù Quốc khánh". */
  name: string;
}

export interface YearCalendar {
  year: number;
  /** Every official day off of the year (weekend days inside the Tết break included), by date. */
  daysOff: DayOff[];
  /** Saturdays or Sundays worked in exchange for a day off. */
  workingWeekendDays: string[];
}

/**
 * Built-in table. Sources: the Prime Minister's decisions (Văn phòng Chính phủ letters, "…/VPCP-KGVX") and
 * the notices that carry them out for cán bộ, công chức, viên chức, from Bộ Lao động – Thương binh và Xã hội
 * (until 02/2025) and Bộ Nội vụ (from 03/2025), checked against press reports of those documents. Where a
 * number is marked unconfirmed, the days are as reported, the document number was not found.
 */
export const VIETNAM_HOLIDAY_TABLE: HolidayTable = {
  2023: {
    // Tết Quý Mão 20/01 (29 tháng Chạp) – 26/01/2023 (mùng 5), 7 days, as Phó Thủ tướng Vũ Đức Đam agreed;
    // Quốc khánh 01/9 (Friday) and 02/9 (Saturday, made up on Monday 04/9): the Bộ LĐTBXH notice for Tết
    // and Quốc khánh 2023 (number unconfirmed). 01/01 on Sunday → nghỉ bù 02/01; Giỗ Tổ (Saturday 29/4)
    // and 30/4 (Sunday) → nghỉ bù 02/5 and 03/5: the law's own rules, no swap that year.
    extraDaysOff: [],
    extraWorkingDays: [],
    tet: { from: '2023-01-20', to: '2023-01-26' },
    nationalDayAdjacent: '2023-09-01',
    source: 'Bộ LĐTBXH, Tết Quý Mão và Quốc khánh 2023 (số thông báo chưa xác minh)',
  },
  2024: {
    // Tết Giáp Thìn 08/02 (29 tháng Chạp) – 14/02/2024 (mùng 5), 7 days; Quốc khánh 31/8 – 03/9/2024
    // (02/9 and 03/9): Thông báo 5015/TB-LĐTBXH ngày 22/11/2023, after Văn bản 8662/VPCP-KGVX ngày 03/11/2023.
    // 30/4–01/5: Monday 29/4 off, Saturday 04/5/2024 worked: Văn bản 2450/VPCP-KGVX ngày 12/4/2024.
    extraDaysOff: ['2024-04-29'],
    extraWorkingDays: ['2024-05-04'],
    tet: { from: '2024-02-08', to: '2024-02-14' },
    nationalDayAdjacent: '2024-09-03',
    source: 'Thông báo 5015/TB-LĐTBXH (22/11/2023); Văn bản 2450/VPCP-KGVX (12/4/2024)',
  },
  2025: {
    // Thông báo 6150/TB-LĐTBXH (2024), after Văn bản 8726/VPCP-KGVX ngày 26/11/2024: Tết Ất Tỵ 25/01
    // (26 tháng Chạp) – 02/02/2025 (mùng 5), 9 days of which 5 weekdays; 30/4–01/5: Friday 02/5 off,
    // Saturday 26/4/2025 worked; Quốc khánh 30/8 – 02/9/2025 (01/9 and 02/9).
    extraDaysOff: ['2025-05-02'],
    extraWorkingDays: ['2025-04-26'],
    tet: { from: '2025-01-25', to: '2025-02-02' },
    nationalDayAdjacent: '2025-09-01',
    source: 'Thông báo 6150/TB-LĐTBXH (2024), theo Văn bản 8726/VPCP-KGVX (26/11/2024)',
  },
  2026: {
    // Tết Dương lịch: Friday 02/01 off, Saturday 10/01/2026 worked: Văn bản 12729/VPCP-KGVX ngày 25/12/2025.
    // Tết Bính Ngọ 14/02 (27 tháng Chạp) – 22/02/2026 (mùng 6), 9 days whose 5 weekdays are the law's 29 tháng
    // Chạp – mùng 4: Bộ Nội vụ notice of 10/2025 (number unconfirmed). Giỗ Tổ on Sunday 26/4 → nghỉ bù 27/4.
    // Not included, as not confirmed here: the second day of Quốc khánh 2026 (02/9 is a Wednesday; the
    // default rule picks 01/9) and any swap around 30/4/2026.
    extraDaysOff: ['2026-01-02'],
    extraWorkingDays: ['2026-01-10'],
    tet: { from: '2026-02-14', to: '2026-02-22' },
    source: 'Văn bản 12729/VPCP-KGVX (25/12/2025); Bộ Nội vụ, Tết Bính Ngọ 2026 (số thông báo chưa xác minh)',
  },
};

const SATURDAY = 6;
const SUNDAY = 0;

function isWeekendDay(day: number): boolean {
  const weekday = weekdayOfDayNumber(day);
  return weekday === SATURDAY || weekday === SUNDAY;
}

/**
 * The second day of Quốc khánh when none was announced: the neighbour of 02/9 that joins a weekend, as
 * 2021–2025 were set (02/9 on Monday → 03/9; Tuesday → 01/9; Thursday → 03/9; Friday or Saturday → 01/9;
 * Sunday → 03/9). When 02/9 is a Wednesday neither does; 01/9 is assumed.
 */
export function defaultNationalDayAdjacent(year: number): string {
  const weekday = weekdayOfDayNumber(dayNumber(isoDate(year, 9, 2)));
  const after = weekday === 1 || weekday === 4 || weekday === SUNDAY;
  return isoDate(year, 9, after ? 3 : 1);
}

function assertInYear(iso: string, year: number, what: string): void {
  if (parseIsoDate(iso).year !== year) throw new RangeError(`${what} ${iso} không thuộc năm ${year}`);
}

/** The official days off of a Gregorian year under the law and the year's announced configuration. */
export function yearCalendar(year: number, config: HolidayCalendarConfig | undefined): YearCalendar {
  const days = new Map<number, DayOff>();
  const add = (iso: string, kind: DayOffKind, name: string) => {
    const day = dayNumber(iso);
    if (!days.has(day)) days.set(day, { date: iso, kind, name });
  };
  /** Holidays that earn a make-up day when they fall on a weekend, in date order. */
  const madeUp: DayOff[] = [];
  const holiday = (iso: string, name: string, kind: DayOffKind = 'holiday') => {
    // Two holidays on one date (Giỗ Tổ can fall on 30/4) give one day off: the law grants nothing for the overlap.
    if (days.has(dayNumber(iso))) return;
    add(iso, kind, name);
    madeUp.push({ date: iso, kind, name });
  };

  holiday(isoDate(year, 1, 1), 'Tết Dương lịch');
  if (config?.tet) {
    // An announced break already counts its make-up days: every day of it is off, nothing carries over.
    const from = dayNumber(config.tet.from);
    const to = dayNumber(config.tet.to);
    if (to < from) throw new RangeError(`Kỳ nghỉ Tết năm ${year}: ngày kết thúc ${config.tet.to} trước ngày bắt đầu ${config.tet.from}`);
    for (let day = from; day <= to; day += 1) add(isoOfDayNumber(day), 'tet', 'Tết Nguyên đán');
  } else {
    const eve = dayNumber(lastDayOfLunarYear(year - 1));
    for (let day = eve; day <= dayNumber(tetDate(year)) + 3; day += 1) holiday(isoOfDayNumber(day), 'Tết Nguyên đán', 'tet');
  }
  // Giỗ Tổ is on the regular month 3, never on a leap one.
  holiday(lunarToSolar(year, 3, 10), 'Giỗ Tổ Hùng Vương');
  holiday(isoDate(year, 4, 30), 'Ngày Chiến thắng');
  holiday(isoDate(year, 5, 1), 'Ngày Quốc tế Lao động');
  if (year >= 2021) {
    const adjacent = config?.nationalDayAdjacent ?? defaultNationalDayAdjacent(year);
    if (adjacent !== isoDate(year, 9, 1) && adjacent !== isoDate(year, 9, 3)) {
      throw new RangeError(`Ngày nghỉ Quốc khánh liền kề năm ${year} phải là 01/9 hoặc 03/9, không phải ${adjacent}`);
    }
    if (adjacent < isoDate(year, 9, 2)) holiday(adjacent, 'Quốc khánh');
    holiday(isoDate(year, 9, 2), 'Quốc khánh');
    if (adjacent > isoDate(year, 9, 2)) holiday(adjacent, 'Quốc khánh');
  } else {
    holiday(isoDate(year, 9, 2), 'Quốc khánh');
  }

  const working = new Set<number>();
  for (const iso of config?.extraWorkingDays ?? []) {
    assertInYear(iso, year, 'Ngày làm bù');
    working.add(dayNumber(iso));
  }
  for (const iso of config?.extraDaysOff ?? []) {
    assertInYear(iso, year, 'Ngày nghỉ hoán đổi');
    if (working.has(dayNumber(iso))) throw new RangeError(`Ngày ${iso} vừa là ngày nghỉ vừa là ngày làm bù năm ${year}`);
    add(iso, 'swap', 'Nghỉ hoán đổi');
  }

  // Điều 111 khoản 3: each holiday on a weekend moves to the next weekday not already off.
  for (const holidayOff of madeUp) {
    let day = dayNumber(holidayOff.date);
    if (!isWeekendDay(day)) continue;
    while (isWeekendDay(day) || days.has(day)) day += 1;
    add(isoOfDayNumber(day), 'compensatory', `Nghỉ bù ${holidayOff.name}`);
  }

  const daysOff = [...days.entries()].sort(([a], [b]) => a - b).map(([, dayOff]) => dayOff);
  return { year, daysOff, workingWeekendDays: [...working].sort((a, b) => a - b).map(isoOfDayNumber) };
}
