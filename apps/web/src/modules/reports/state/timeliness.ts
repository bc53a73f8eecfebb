import type { PeriodTimeliness, ReportingPeriod, ReportSummary, Timeliness } from '@govindex/contracts';

/**
 * How a unit stands on a period: as the API judged its report, or, with no report, missing once the
 * due day is over and pending until then (a report is on time on its due day).
 */
export function periodStanding(period: Pick<ReportingPeriod, 'dueOn'>, report: Pick<ReportSummary, 'timeliness'> | null, today: string): Timeliness {
  if (report) return report.timeliness;
  return today > period.dueOn ? 'missing' : 'pending';
}

export type Tone = 'good' | 'bad' | 'warn' | 'neutral';

/** The colour a standing is shown in: late and missing are what the district must act on. */
export function timelinessTone(timeliness: Timeliness): Tone {
  switch (timeliness) {
    case 'on_time':
      return 'good';
    case 'late':
      return 'warn';
    case 'missing':
      return 'bad';
    case 'pending':
      return 'neutral';
  }
}

/** Whole percent of a share (0–1), never above 100. */
export function percentOf(share: number): number {
  if (!Number.isFinite(share) || share <= 0) return 0;
  return Math.min(100, Math.round(share * 100));
}

export interface YearTotals {
  periods: number;
  /** Periods whose due date has passed. */
  due: number;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** Reports in (on time or late) over those expected in periods already due, 0–1; null before any is due. */
  completeness: number | null;
}

/** The year at a glance: the counts of every period added up, completeness over the periods already due. */
export function yearTotals(periods: readonly PeriodTimeliness[], today: string): YearTotals {
  const totals: YearTotals = { periods: periods.length, due: 0, expected: 0, onTime: 0, late: 0, missing: 0, pending: 0, completeness: null };
  let dueExpected = 0;
  let dueIn = 0;
  for (const period of periods) {
    totals.expected += period.expected;
    totals.onTime += period.onTime;
    totals.late += period.late;
    totals.missing += period.missing;
    totals.pending += period.pending;
    if (today > period.period.dueOn) {
      totals.due += 1;
      dueExpected += period.expected;
      dueIn += period.onTime + period.late;
    }
  }
  totals.completeness = dueExpected === 0 ? null : Math.min(1, dueIn / dueExpected);
  return totals;
}

/** Periods by due date, earliest first (ties by title), as a calendar reads. */
export function sortPeriods<T extends { dueOn: string; title: string }>(periods: readonly T[]): T[] {
  return [...periods].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'vi'));
}

/** Periods of the timeliness answer by due date, earliest first. */
export function sortPeriodTimeliness(periods: readonly PeriodTimeliness[]): PeriodTimeliness[] {
  return [...periods].sort((a, b) => a.period.dueOn.localeCompare(b.period.dueOn) || a.period.title.localeCompare(b.period.title, 'vi'));
}

/** Which standings come first when a table is sorted by them: what needs action first. */
export const TIMELINESS_ORDER: Readonly<Record<Timeliness, number>> = { missing: 0, late: 1, pending: 2, on_time: 3 };
