import type { ComplianceCheck, PlanTaskDraft } from '@govindex/contracts';
import { formatDateVi } from '../calendar/iso-date.js';
import type { WorkingDayCalendar } from '../calendar/working-days.js';
import { foldVietnamese } from '../text/fold-vietnamese.js';

/** A task as the checks read it: the draft plus the catalog (sub-)dimension it was linked to. */
export type ComplianceTask = PlanTaskDraft & {
  indicatorCode: string | null;
  /** 1-based row number in the task table; the task's place in the list when absent. */
  position?: number;
};

export interface CompliancePlan {
  issuedOn: string | null;
  tasks: ComplianceTask[];
}

export interface FrameworkDimension {
  code: string;
  nameVi: string;
  /** Catalog framework code; when set, only tasks of that framework (or naming none) cover the dimension. */
  framework?: string;
}

export interface PlanComplianceInput {
  /** The commune's plan. */
  plan: CompliancePlan;
  /** The district's plan it implements, or null when none is known. */
  parentPlan: CompliancePlan | null;
  /** The top-level dimensions (chỉ số nội dung) of the frameworks the plan is about. */
  frameworkDimensions: FrameworkDimension[];
  calendar: WorkingDayCalendar;
}

/** The commune plan is due within this many working days of the district plan. */
export const PLAN_DEADLINE_WORKING_DAYS = 15;

/**
 * Share of the shorter task's word pairs the other task must contain for the two to be taken as the same
 * task: communes copy district tasks with local additions ("… trên địa bàn thị trấn") or shorten them.
 * In the tests, a district task and its commune rewording share 10 of 15 pairs (0.67), while two different
 * tasks of one sub-dimension ("Công khai danh sách hộ nghèo …" / "Công khai ngân sách xã …") share 4 of 11
 * (0.36): one half sits between.
 */
export const TASK_TEXT_MATCH_THRESHOLD = 0.5;
/** And at least this many shared word pairs, so a two-word task does not match everything that contains it. */
const MIN_SHARED_PAIRS = 2;

/** The plan's checks, in the order of ComplianceCheckCode. */
export function checkPlanCompliance(input: PlanComplianceInput): ComplianceCheck[] {
  return [
    checkIssuedInTime(input.plan, input.parentPlan, input.calendar),
    checkDimensionsCovered(input.plan.tasks, input.frameworkDimensions),
    checkTasksComplete(input.plan.tasks),
    checkParentTasksPresent(input.plan.tasks, input.parentPlan),
  ];
}

/**
 * Passes when the plan was issued at most 15 working days after the district plan, counting the working
 * days after the district plan's date up to and including the plan's date (so a plan dated on a Saturday
 * right after the 15th working day still passes: no 16th working day has begun). Not applicable, and so
 * passed with a note in details, when there is no district plan or it has no date: the commune cannot
 * be late against an unknown date. A plan without a date of its own fails.
 */
function checkIssuedInTime(plan: CompliancePlan, parent: CompliancePlan | null, calendar: WorkingDayCalendar): ComplianceCheck {
  const code = 'issued_within_15_working_days';
  if (!parent) return { code, passed: true, reason: null, details: ['Không có kế hoạch cấp trên'] };
  if (!parent.issuedOn) return { code, passed: true, reason: null, details: ['Kế hoạch cấp trên chưa có ngày ban hành'] };
  const parentDate = formatDateVi(parent.issuedOn);
  const deadline = formatDateVi(calendar.addWorkingDays(parent.issuedOn, PLAN_DEADLINE_WORKING_DAYS));
  if (!plan.issuedOn) {
    return {
      code,
      passed: false,
      reason: `Kế hoạch chưa có ngày ban hành; hạn ban hành là ${deadline} (${PLAN_DEADLINE_WORKING_DAYS} ngày làm việc sau kế hoạch cấp trên ngày ${parentDate}).`,
      details: [`Hạn ban hành: ${deadline}`],
    };
  }
  const elapsed = calendar.workingDaysBetween(parent.issuedOn, plan.issuedOn);
  if (elapsed <= PLAN_DEADLINE_WORKING_DAYS) return { code, passed: true, reason: null, details: [] };
  return {
    code,
    passed: false,
    reason:
      `Kế hoạch ban hành ngày ${formatDateVi(plan.issuedOn)}, ${elapsed} ngày làm việc sau kế hoạch cấp trên ngày ${parentDate}; ` +
      `quá thời hạn ${PLAN_DEADLINE_WORKING_DAYS} ngày làm việc (hạn ${deadline}).`,
    details: [`Hạn ban hành: ${deadline}`, `Chậm ${elapsed - PLAN_DEADLINE_WORKING_DAYS} ngày làm việc`],
  };
}

/** Whether an indicator code is the given one or lies below it: "D1" covers "D1" and "D1.2", not "D10". */
function isAtOrBelow(indicatorCode: string, ancestorCode: string): boolean {
  return indicatorCode === ancestorCode || indicatorCode.startsWith(`${ancestorCode}.`);
}

function compactName(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]/g, '');
}

/**
 * Whether two framework names can be the same framework: "PAR_INDEX", "PAR INDEX" and "Chỉ số PAR INDEX"
 * can. A task naming no framework is given the benefit of the doubt.
 */
function sameFramework(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  const [x, y] = [compactName(a), compactName(b)];
  return x.includes(y) || y.includes(x);
}

function checkDimensionsCovered(tasks: readonly ComplianceTask[], dimensions: readonly FrameworkDimension[]): ComplianceCheck {
  const code = 'dimensions_covered';
  const missing = dimensions.filter(
    (dimension) =>
      !tasks.some((task) => task.indicatorCode !== null && isAtOrBelow(task.indicatorCode, dimension.code) && sameFramework(task.framework, dimension.framework)),
  );
  if (missing.length === 0) return { code, passed: true, reason: null, details: [] };
  const names = missing.map((dimension) => dimension.nameVi);
  return {
    code,
    passed: false,
    reason: `Chưa có nhiệm vụ cho ${missing.length}/${dimensions.length} chỉ số nội dung: ${names.join('; ')}.`,
    details: names,
  };
}

function positionOf(task: ComplianceTask, index: number): number {
  return task.position ?? index + 1;
}

function isBlank(text: string | null): boolean {
  return text === null || text.trim() === '';
}

function checkTasksComplete(tasks: readonly ComplianceTask[]): ComplianceCheck {
  const code = 'tasks_complete';
  if (tasks.length === 0) return { code, passed: false, reason: 'Kế hoạch chưa có nhiệm vụ nào.', details: [] };
  const details: string[] = [];
  const incomplete: number[] = [];
  tasks.forEach((task, index) => {
    const lacking: string[] = [];
    if (isBlank(task.product)) lacking.push('sản phẩm (kết quả)');
    if (isBlank(task.lead)) lacking.push('đơn vị chủ trì');
    if (task.timeline.kind === 'unspecified') lacking.push('thời gian thực hiện');
    if (lacking.length === 0) return;
    incomplete.push(positionOf(task, index));
    details.push(`Nhiệm vụ ${positionOf(task, index)}: thiếu ${lacking.join(', ')}`);
  });
  if (incomplete.length === 0) return { code, passed: true, reason: null, details: [] };
  return {
    code,
    passed: false,
    reason: `${incomplete.length}/${tasks.length} nhiệm vụ chưa đủ sản phẩm, đơn vị chủ trì và thời gian thực hiện: nhiệm vụ ${incomplete.join(', ')}.`,
    details,
  };
}

/** Pairs of neighbouring syllables, within runs of text between punctuation: Vietnamese words are mostly two syllables. */
function syllablePairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const run of foldVietnamese(text).split(/[^a-z0-9\s]+/)) {
    const syllables = run.split(/\s+/).filter((syllable) => syllable.length > 0);
    for (let i = 0; i + 1 < syllables.length; i += 1) pairs.add(`${syllables[i]} ${syllables[i + 1]}`);
  }
  return pairs;
}

/** Overlap coefficient of the two texts' syllable pairs: shared pairs over the smaller set. */
export function taskTextSimilarity(a: string, b: string): number {
  const pairsA = syllablePairs(a);
  const pairsB = syllablePairs(b);
  const smaller = Math.min(pairsA.size, pairsB.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const pair of pairsA) if (pairsB.has(pair)) shared += 1;
  return shared < MIN_SHARED_PAIRS ? 0 : shared / smaller;
}

/** How a district task is shown in a list of missing tasks. */
function describeTask(task: ComplianceTask, index: number): string {
  const text = task.task.trim().replace(/\s+/g, ' ');
  const short = text.length > 120 ? `${text.slice(0, 117)}…` : text;
  const where = task.indicatorCode ? ` [${task.indicatorCode}]` : '';
  return `Nhiệm vụ ${positionOf(task, index)}${where}: ${short}`;
}

/**
 * Every district task needs a counterpart in the commune plan: a task whose text is similar
 * (taskTextSimilarity ≥ TASK_TEXT_MATCH_THRESHOLD), or, for a task linked to a (sub-)dimension, at least
 * one commune task on that (sub-)dimension or below it — communes often merge the district's tasks of a
 * sub-dimension into one row of their own. Not applicable (passed, with a note) without a district plan.
 */
function checkParentTasksPresent(tasks: readonly ComplianceTask[], parent: CompliancePlan | null): ComplianceCheck {
  const code = 'parent_tasks_present';
  if (!parent) return { code, passed: true, reason: null, details: ['Không có kế hoạch cấp trên'] };
  const missing: string[] = [];
  parent.tasks.forEach((parentTask, index) => {
    const present = tasks.some(
      (task) =>
        sameFramework(task.framework, parentTask.framework) &&
        ((parentTask.indicatorCode !== null && task.indicatorCode !== null && isAtOrBelow(task.indicatorCode, parentTask.indicatorCode)) ||
          taskTextSimilarity(parentTask.task, task.task) >= TASK_TEXT_MATCH_THRESHOLD),
    );
    if (!present) missing.push(describeTask(parentTask, index));
  });
  if (missing.length === 0) return { code, passed: true, reason: null, details: [] };
  return {
    code,
    passed: false,
    reason: `Kế hoạch chưa có ${missing.length}/${parent.tasks.length} nhiệm vụ của kế hoạch cấp trên.`,
    details: missing,
  };
}
