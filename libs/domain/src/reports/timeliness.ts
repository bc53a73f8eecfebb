import type { Timeliness } from '@govindex/contracts';

/** Vietnam keeps one time zone, UTC+7, with no daylight saving: a deadline is a day there. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Vietnam of an instant, as YYYY-MM-DD. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * How a report stands against its due date: submitted on or before the due day (Vietnam time) is on
 * time, after it late; not submitted is missing once the due day has passed, pending until then.
 */
export function classifyTimeliness(dueOn: string, submittedAt: Date | null, now: Date): Timeliness {
  if (submittedAt) return vietnamDate(submittedAt) <= dueOn ? 'on_time' : 'late';
  return vietnamDate(now) > dueOn ? 'missing' : 'pending';
}

export interface TimelinessTally {
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** Share of expected units that submitted, never above 1 (a unit counts once). */
  completeness: number;
}

/** Counts per status over the units expected to report (one entry per unit). */
export function tallyTimeliness(statuses: readonly Timeliness[]): TimelinessTally {
  const count = (wanted: Timeliness) => statuses.filter((status) => status === wanted).length;
  const onTime = count('on_time');
  const late = count('late');
  const expected = statuses.length;
  return {
    expected,
    onTime,
    late,
    missing: count('missing'),
    pending: count('pending'),
    completeness: expected === 0 ? 0 : Math.min(1, (onTime + late) / expected),
  };
}

/** Days before a due date on which the unit is reminded. */
export const REMINDER_DAYS_BEFORE = [7, 3, 1] as const;

export type DueNotice = { kind: 'reminder'; daysBefore: (typeof REMINDER_DAYS_BEFORE)[number] } | { kind: 'overdue' };

/**
 * The one notice a not-yet-submitted report calls for today, or null. Only the nearest reminder
 * counts: after days of downtime the unit gets the 1-day reminder, not the 7-, 3- and 1-day ones at once.
 */
export function dueNotice(dueOn: string, today: string): DueNotice | null {
  const daysLeft = Math.round((Date.parse(dueOn) - Date.parse(today)) / 86_400_000);
  if (daysLeft < 0) return { kind: 'overdue' };
  // Ascending, so the nearest threshold not yet passed wins (due today still gets the 1-day one).
  const threshold = [...REMINDER_DAYS_BEFORE].sort((a, b) => a - b).find((days) => daysLeft <= days);
  return threshold === undefined ? null : { kind: 'reminder', daysBefore: threshold };
}
