/**
 * Calendar dates as ISO strings ("2024-01-11") and as day numbers (days since 1970-01-01), with no
 * time of day and no time zone: every computation runs on UTC midnights so a server's zone never
 * shifts a date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The date's parts; a RangeError for anything that is not a real date written YYYY-MM-DD. */
export function parseIsoDate(iso: string): CivilDate {
  const match = ISO_DATE.exec(iso);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return { year, month, day };
  }
  throw new RangeError(`Ngày không hợp lệ (cần dạng YYYY-MM-DD): "${iso}"`);
}

/** Days since 1970-01-01 of a civil date; out-of-range months and days roll over as in Date.UTC. */
export function dayNumberOfDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

export function dayNumber(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  return dayNumberOfDate(year, month, day);
}

export function dateOfDayNumber(days: number): CivilDate {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function isoOfDayNumber(days: number): string {
  const { year, month, day } = dateOfDayNumber(days);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO of a date written as parts, or null when they make no date (31/02, month 13) or a year outside 1900–2200. */
export function validIsoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoDate(year, month, day) : null;
}

/** ISO of the last day of a month. */
export function endOfMonthIso(year: number, month: number): string {
  return isoDate(year, month + 1, 0);
}

export function isoDate(year: number, month: number, day: number): string {
  return isoOfDayNumber(dayNumberOfDate(year, month, day));
}

export function addDays(iso: string, days: number): string {
  return isoOfDayNumber(dayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

export function weekday(iso: string): number {
  return weekdayOfDayNumber(dayNumber(iso));
}

/** "2024-01-11" → "11/01/2024", as Vietnamese documents write dates. */
export function formatDateVi(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
}
