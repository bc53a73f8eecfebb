export type Language = 'vi' | 'en';

/** Vietnamese groups thousands with "." (10.035) and writes decimals with ","; English readers get 10,035. */
const NUMBER_LOCALE: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };

const numberFormats = new Map<Language, Intl.NumberFormat>();

export function numberLocale(language: Language): string {
  return NUMBER_LOCALE[language];
}

export function formatNumber(value: number, language: Language = 'vi'): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[language], { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is the text a real calendar date written YYYY-MM-DD (2025-02-30 is not)? */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Writes an ISO date (YYYY-MM-DD, as the API sends) the way Vietnamese documents do: dd/mm/yyyy.
 * Works on the text itself so no time zone can shift the day. Anything else is returned unchanged.
 */
export function formatDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate;
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Writes an instant (ISO 8601 with a time, as the API sends timestamps) as "dd/mm/yyyy HH:mm", or
 * "dd/mm/yyyy HH:mm:ss" with `seconds`, on the 24-hour clock, in the user's time zone unless `timeZone`
 * names another. Text that is not a valid instant is returned unchanged.
 */
export function formatDateTime(iso: string, options: { seconds?: boolean; timeZone?: string } = {}): string {
  const instant = new Date(iso);
  if (!iso || Number.isNaN(instant.getTime())) return iso;
  const key = `${options.timeZone ?? ''}|${options.seconds ? 's' : ''}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: options.seconds ? '2-digit' : undefined,
      hourCycle: 'h23',
      timeZone: options.timeZone,
    });
    dateTimeFormats.set(key, format);
  }
  const parts = new Map(format.formatToParts(instant).map((part) => [part.type, part.value]));
  const time = [parts.get('hour'), parts.get('minute'), ...(options.seconds ? [parts.get('second')] : [])].join(':');
  return `${parts.get('day')}/${parts.get('month')}/${parts.get('year')} ${time}`;
}
