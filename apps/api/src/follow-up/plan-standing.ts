import type { LaggingReason } from '@govindex/contracts';
import { addWorkingDays, checkPlanCompliance, classifyTimeliness, VIETNAM_WORKING_DAYS, workingDaysBetween, type FrameworkDimension } from '@govindex/domain';
import type { EntityManager } from 'typeorm';

/** How a unit's plan and reports of a year stand: the signals alignment and lagging read. */
export interface PlanStanding {
  planId: number | null;
  planMissing: boolean;
  /** Working days past the 15-working-day deadline after the parent plan; null when on time, missing or not applicable. */
  planLateDays: number | null;
  /** Whether the parent unit has issued its plan of the year (so a missing plan is a failing). */
  parentPlanIssued: boolean;
  /** Reasons of the plan's failed compliance checks. */
  planIncomplete: string[];
  /** Reports of the year's periods submitted late or missing. */
  reportsLate: number;
  /** Catalog codes the plan's tasks are linked to. */
  taskCodes: string[];
  /** Per linked code: whether every task on it was reported done in the latest report. */
  doneCodes: string[];
}

interface PlanRow {
  id: number | null;
  unit_id: number;
  issued_on: string | null;
  parent_issued_on: string | null;
  parent_id: number | null;
}

interface TaskRow {
  plan_id: number;
  position: number;
  framework: string | null;
  dimension: string | null;
  sub_dimension: string | null;
  indicator_code: string | null;
  task: string;
  product: string | null;
  lead: string | null;
  implementers: string | null;
  timeline: { kind: 'unspecified'; text: string };
  kpis: [];
}

/**
 * Plan and report standing of each unit for one framework and year, in a handful of set-wise queries.
 * `dimensions` are the framework's top-level dimensions at the units' level, for the completeness
 * checks; `today` (Vietnam date) decides how late a missing plan is.
 */
export async function planStandings(
  manager: EntityManager,
  unitIds: readonly number[],
  framework: string,
  year: number,
  dimensions: FrameworkDimension[],
  now: Date,
  today: string,
): Promise<Map<number, PlanStanding>> {
  const result = new Map<number, PlanStanding>();
  if (unitIds.length === 0) return result;
  const plans = await manager.query<PlanRow[]>(
    `SELECT DISTINCT ON (u.id) p.id, u.id AS unit_id, to_char(p.issued_on, 'YYYY-MM-DD') AS issued_on,
            to_char(pp.issued_on, 'YYYY-MM-DD') AS parent_issued_on, pp.id AS parent_id
     FROM unit u
     LEFT JOIN plan p ON p.unit_id = u.id AND p.year = $2 AND $3 = ANY(p.frameworks)
     LEFT JOIN LATERAL (
       SELECT id, issued_on FROM plan WHERE unit_id = u.parent_id AND year = $2 AND $3 = ANY(frameworks) AND issued_on IS NOT NULL
       ORDER BY status = 'issued' DESC, issued_on LIMIT 1) pp ON true
     WHERE u.id = ANY($1::int[])
     ORDER BY u.id, p.status = 'issued' DESC, p.issued_on DESC NULLS LAST, p.id DESC`,
    [unitIds, year, framework],
  );
  const planIds = plans.flatMap((row) => [row.id, row.parent_id]).filter((id): id is number => id !== null);
  const tasks = await manager.query<TaskRow[]>(
    `SELECT plan_id, position, framework, dimension, sub_dimension, indicator_code, task, product, lead, implementers, timeline, kpis
     FROM plan_task WHERE plan_id = ANY($1::int[]) ORDER BY plan_id, position`,
    [planIds],
  );
  const tasksOf = (planId: number | null) =>
    tasks
      .filter((task) => task.plan_id === planId)
      .map((task) => ({ ...task, subDimension: task.sub_dimension, indicatorCode: task.indicator_code }));
  const reports = await manager.query<Array<{ unit_id: number; due_on: string; first_submitted_at: Date | null }>>(
    `SELECT c.id AS unit_id, to_char(rp.due_on, 'YYYY-MM-DD') AS due_on, r.first_submitted_at
     FROM unit c
     JOIN reporting_period rp ON rp.year = $2 AND rp.unit_id = ANY(c.ancestry) AND rp.unit_id <> c.id
     LEFT JOIN report r ON r.period_id = rp.id AND r.unit_id = c.id
     WHERE c.id = ANY($1::int[])`,
    [unitIds, year],
  );
  const latestItems = await manager.query<Array<{ unit_id: number; indicator_code: string; all_done: boolean }>>(
    `SELECT DISTINCT ON (r.unit_id, t.indicator_code) r.unit_id, t.indicator_code,
            bool_and(i.status = 'done') OVER (PARTITION BY r.id, t.indicator_code) AS all_done
     FROM report r
     JOIN reporting_period rp ON rp.id = r.period_id AND rp.year = $2
     JOIN report_item i ON i.report_id = r.id
     JOIN plan_task t ON t.id = i.task_id AND t.indicator_code IS NOT NULL
     WHERE r.unit_id = ANY($1::int[]) AND r.first_submitted_at IS NOT NULL
     ORDER BY r.unit_id, t.indicator_code, rp.due_on DESC`,
    [unitIds, year],
  );
  for (const plan of plans) {
    const own = plan.id === null ? [] : tasksOf(plan.id);
    let planLateDays: number | null = null;
    if (plan.parent_issued_on) {
      const deadline = addWorkingDays(plan.parent_issued_on, 15, VIETNAM_WORKING_DAYS);
      // A missing plan is "missing", not ever later; a plan with no date yet counts as late until today.
      if (plan.id !== null) {
        const late = workingDaysBetween(deadline, plan.issued_on ?? today, VIETNAM_WORKING_DAYS);
        planLateDays = late > 0 ? late : null;
      }
    }
    const checks =
      plan.id === null
        ? []
        : checkPlanCompliance({
            plan: { issuedOn: plan.issued_on, tasks: own },
            parentPlan: plan.parent_id === null ? null : { issuedOn: plan.parent_issued_on, tasks: tasksOf(plan.parent_id) },
            frameworkDimensions: dimensions,
            calendar: VIETNAM_WORKING_DAYS,
          });
    result.set(plan.unit_id, {
      planId: plan.id,
      planMissing: plan.id === null,
      parentPlanIssued: plan.parent_issued_on !== null,
      planLateDays,
      planIncomplete: checks.filter((check) => !check.passed && check.code !== 'issued_within_15_working_days').map((check) => check.reason ?? check.code),
      reportsLate: reports.filter((report) => {
        if (report.unit_id !== plan.unit_id) return false;
        const status = classifyTimeliness(report.due_on, report.first_submitted_at === null ? null : new Date(report.first_submitted_at), now);
        return status === 'late' || status === 'missing';
      }).length,
      taskCodes: [...new Set(own.flatMap((task) => (task.indicatorCode ? [task.indicatorCode] : [])))],
      doneCodes: latestItems.filter((item) => item.unit_id === plan.unit_id && item.all_done).map((item) => item.indicator_code),
    });
  }
  return result;
}

/** The lagging reasons a unit's plan and reports add. */
export function standingReasons(standing: PlanStanding | undefined, year: number): LaggingReason[] {
  if (!standing) return [];
  const reasons: LaggingReason[] = [];
  if (standing.planMissing && standing.parentPlanIssued) reasons.push({ kind: 'plan_missing', year });
  if (standing.planLateDays !== null) reasons.push({ kind: 'plan_late', days: standing.planLateDays });
  if (standing.reportsLate > 0) reasons.push({ kind: 'reports_late', count: standing.reportsLate });
  return reasons;
}
