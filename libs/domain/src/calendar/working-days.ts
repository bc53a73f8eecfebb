import { VIETNAM_HOLIDAY_TABLE, yearCalendar, type DayOff, type HolidayTable, type YearCalendar } from './holidays.js';
import { dateOfDayNumber, dayNumber, isoOfDayNumber, weekdayOfDayNumber } from './iso-date.js';

/**
 * Working days of Vietnamese state bodies: Monday to Friday, less the year's holidays, make-up days and
 * announced swaps, plus the Saturdays worked in exchange. Years are computed on first use and kept.
 */
export class WorkingDayCalendar {
  private readonly years = new Map<number, { off: Map<number, DayOff>; working: Set<number>; calendar: YearCalendar }>();

  constructor(private readonly table: HolidayTable = VIETNAM_HOLIDAY_TABLE) {}

  private year(year: number) {
    let entry = this.years.get(year);
    if (!entry) {
      const calendar = yearCalendar(year, this.table[year]);
      entry = {
        off: new Map(calendar.daysOff.map((dayOff) => [dayNumber(dayOff.date), dayOff])),
        working: new Set(calendar.workingWeekendDays.map(dayNumber)),
        calendar,
      };
      this.years.set(year, entry);
    }
    return entry;
  }

  private isWorkingDayNumber(day: number): boolean {
    const entry = this.year(dateOfDayNumber(day).year);
    if (entry.working.has(day)) return true;
    if (entry.off.has(day)) return false;
    const weekday = weekdayOfDayNumber(day);
    return weekday !== 0 && weekday !== 6;
  }

  /** The year's official days off and worked weekend days. */
  yearCalendar(year: number): YearCalendar {
    return this.year(year).calendar;
  }

  /** The official day off on a date (holiday, Tết, make-up day, swap), or null. */
  dayOff(iso: string): DayOff | null {
    const day = dayNumber(iso);
    return this.year(dateOfDayNumber(day).year).off.get(day) ?? null;
  }

  isWorkingDay(iso: string): boolean {
    return this.isWorkingDayNumber(dayNumber(iso));
  }

  /**
   * The date n working days after `iso`, the date itself not counted: a Friday + 1 is the next Monday
   * when that is a working day. n = 0 gives the date itself; a negative n counts back the same way
   * (a Monday − 1 is the Friday before).
   */
  addWorkingDays(iso: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError(`Số ngày làm việc phải là số nguyên: ${n}`);
    let day = dayNumber(iso);
    const step = n < 0 ? -1 : 1;
    for (let left = Math.abs(n); left > 0; ) {
      day += step;
      if (this.isWorkingDayNumber(day)) left -= 1;
    }
    return isoOfDayNumber(day);
  }

  /**
   * Working days after `fromIso` up to and including `toIso`; negative (the count from `toIso` to
   * `fromIso`) when `toIso` is earlier. For n ≥ 0, workingDaysBetween(d, addWorkingDays(d, n)) = n.
   */
  workingDaysBetween(fromIso: string, toIso: string): number {
    const from = dayNumber(fromIso);
    const to = dayNumber(toIso);
    if (to < from) return -this.workingDaysBetween(toIso, fromIso);
    let count = 0;
    for (let day = from + 1; day <= to; day += 1) if (this.isWorkingDayNumber(day)) count += 1;
    return count;
  }

  /** The date itself when it is a working day, else the first working day after it. */
  nextWorkingDayOnOrAfter(iso: string): string {
    let day = dayNumber(iso);
    while (!this.isWorkingDayNumber(day)) day += 1;
    return isoOfDayNumber(day);
  }
}

/** The calendar of the built-in holiday table. */
export const VIETNAM_WORKING_DAYS = new WorkingDayCalendar();

export function isWorkingDay(iso: string, calendar: WorkingDayCalendar = VIETNAM_WORKING_DAYS): boolean {
  return calendar.isWorkingDay(iso);
}

export function addWorkingDays(iso: string, n: number, calendar: WorkingDayCalendar = VIETNAM_WORKING_DAYS): string {
  return calendar.addWorkingDays(iso, n);
}

export function workingDaysBetween(fromIso: string, toIso: string, calendar: WorkingDayCalendar = VIETNAM_WORKING_DAYS): number {
  return calendar.workingDaysBetween(fromIso, toIso);
}

export function nextWorkingDayOnOrAfter(iso: string, calendar: WorkingDayCalendar = VIETNAM_WORKING_DAYS): string {
  return calendar.nextWorkingDayOnOrAfter(iso);
}
