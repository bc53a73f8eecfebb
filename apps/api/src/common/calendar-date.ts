import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Whether text is a date that exists, written YYYY-MM-DD, between 1900 and 2200 ("2024-02-30" is not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date field: YYYY-MM-DD and a day the calendar has. A pattern alone let "2024-02-30" and
 * "2024-13-45" through to PostgreSQL, which refused them with a 500.
 */
export function IsCalendarDate(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    { name: 'isCalendarDate', validator: { validate: (value) => isCalendarDate(value), defaultMessage: () => 'phải là ngày có thật, viết YYYY-MM-DD.' } },
    options,
  );
}
