import type { AlignmentResponse, FollowUpInput, FollowUpItem, FollowUpReasonKind, UnitRef } from '@govindex/contracts';

/** Why a commune of the district needs following up, as the alignment of plan and results shows it. */
export type AlignmentReason =
  | { kind: 'plan_missing' }
  | { kind: 'plan_late'; days: number }
  | { kind: 'plan_incomplete'; checks: readonly string[] }
  | { kind: 'weak_without_task'; code: string; nameVi: string }
  | { kind: 'done_but_weak'; code: string; nameVi: string }
  | { kind: 'reports_late'; count: number };

export interface AlignmentRow {
  /** Unique in the list: unit and reason (and indicator). */
  key: string;
  unit: UnitRef;
  reason: AlignmentReason;
}

/** The indicator a reason is about, if any. */
export function indicatorOf(reason: AlignmentReason): string | null {
  return reason.kind === 'weak_without_task' || reason.kind === 'done_but_weak' ? reason.code : null;
}

/**
 * One row per thing to follow up, commune by commune in the API's order: the plan first (missing, late,
 * incomplete), then weak indicators without a task, dimensions done yet weak, and late reports.
 */
export function alignmentRows(response: AlignmentResponse): AlignmentRow[] {
  const rows: AlignmentRow[] = [];
  for (const entry of response.items) {
    const add = (reason: AlignmentReason, suffix: string) => rows.push({ key: `${entry.unit.id}:${reason.kind}:${suffix}`, unit: entry.unit, reason });
    if (entry.planMissing) add({ kind: 'plan_missing' }, '');
    else {
      if (entry.planLateDays !== null && entry.planLateDays > 0) add({ kind: 'plan_late', days: entry.planLateDays }, '');
      if (entry.planIncomplete.length > 0) add({ kind: 'plan_incomplete', checks: entry.planIncomplete }, '');
    }
    for (const indicator of entry.weakWithoutTask) add({ kind: 'weak_without_task', code: indicator.code, nameVi: indicator.nameVi }, indicator.code);
    for (const dimension of entry.doneButWeak) add({ kind: 'done_but_weak', code: dimension.code, nameVi: dimension.nameVi }, dimension.code);
    if (entry.reportsLate > 0) add({ kind: 'reports_late', count: entry.reportsLate }, '');
  }
  return rows;
}

/** Communes with at least one row, for the count above the list. */
export function unitsWithRows(rows: readonly AlignmentRow[]): number {
  return new Set(rows.map((row) => row.unit.id)).size;
}

/** The ISO date `days` after `iso` (calendar days), whatever the time zone. */
export function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

/** A follow-up is answered within 15 days unless the district says otherwise. */
export const DEFAULT_FOLLOW_UP_DAYS = 15;

/** An item not closed yet that already asks about the same thing (unit, kind, indicator, year): no need to ask twice. */
export function existingItemFor(
  row: AlignmentRow,
  items: readonly FollowUpItem[],
  framework: string,
  year: number,
): FollowUpItem | null {
  const kind = row.reason.kind;
  const code = indicatorOf(row.reason);
  return (
    items.find(
      (item) =>
        item.status !== 'closed' &&
        item.unit.id === row.unit.id &&
        item.reasonKind === kind &&
        (item.indicatorCode ?? null) === code &&
        item.framework === framework &&
        item.year === year,
    ) ?? null
  );
}

/** What the creation dialog starts from; the officer may change the action and the due date. */
export interface FollowUpDraft {
  unit: UnitRef;
  framework: string;
  year: number;
  indicatorCode: string | null;
  reasonKind: FollowUpReasonKind;
  reason: string;
  actionRequested: string;
  /** ISO date. */
  dueOn: string;
}

export function draftOfRow(
  row: AlignmentRow,
  options: { framework: string; year: number; today: string; reason: string; action: string },
): FollowUpDraft {
  return {
    unit: row.unit,
    framework: options.framework,
    year: options.year,
    indicatorCode: indicatorOf(row.reason),
    reasonKind: row.reason.kind,
    reason: options.reason,
    actionRequested: options.action,
    dueOn: addDays(options.today, DEFAULT_FOLLOW_UP_DAYS),
  };
}

export function followUpInput(draft: FollowUpDraft, actionRequested: string, dueOn: string): FollowUpInput {
  return {
    unitId: draft.unit.id,
    framework: draft.framework,
    year: draft.year,
    indicatorCode: draft.indicatorCode,
    reasonKind: draft.reasonKind,
    reason: draft.reason,
    actionRequested: actionRequested.trim(),
    dueOn,
  };
}
