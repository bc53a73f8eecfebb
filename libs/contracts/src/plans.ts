import type { InputIssue } from './errors.js';
import type { UnitRef } from './analytics.js';
import type { UnitLevel } from './units.js';

/** When a task is to be done, as the plan's "Thời gian thực hiện" column says it. */
export type TaskTimeline =
  | { kind: 'ongoing'; text: string }
  | { kind: 'quarter'; text: string; quarter: 1 | 2 | 3 | 4; year: number | null }
  | { kind: 'date'; text: string; due: string }
  | { kind: 'event'; text: string; event: string }
  | { kind: 'unspecified'; text: string };

/** A number a task commits to, read from its product/KPI text ("100%", "trên 95%", "ít nhất 2 lần/năm"). */
export interface KpiTarget {
  text: string;
  comparator: 'eq' | 'gt' | 'gte' | 'lt' | 'lte';
  value: number;
  unit: 'percent' | 'per_year' | 'per_quarter' | 'per_month' | 'count';
}

/** A parent plan, directive or decision the plan implements. */
export interface PlanReference {
  number: string;
  /** ISO date, null when the document gives none. */
  date: string | null;
  issuer: string | null;
}

export type PlanTargetKind = 'rank_up' | 'top_of_parent' | 'grade_at_least' | 'score_at_least' | 'other';

/** A goal the plan sets for the index ("tăng bậc so với năm trước", "tốp đầu của huyện", "xếp loại Khá trở lên"). */
export interface PlanTarget {
  kind: PlanTargetKind;
  text: string;
  framework: string | null;
}

/** One row of the task table (Biểu tổng hợp nhiệm vụ). Dimension names are as written; the API links them to the catalog. */
export interface PlanTaskDraft {
  framework: string | null;
  dimension: string | null;
  subDimension: string | null;
  task: string;
  product: string | null;
  lead: string | null;
  implementers: string | null;
  timeline: TaskTimeline;
  kpis: KpiTarget[];
}

/** A numbered part of the plan's body ("1.1. Nội dung “Tham gia của người dân ở cấp cơ sở”") with its items. */
export interface PlanSection {
  framework: string | null;
  dimension: string | null;
  title: string;
  items: string[];
}

export type ReportingPeriodKind = 'half_year' | 'annual' | 'other';

export interface ReportingDeadline {
  kind: ReportingPeriodKind;
  /** ISO date the report is due. */
  due: string;
  dataFrom: string | null;
  dataTo: string | null;
}

/** What the plan reader finds in a plan document (`npm run parse-plan -- PATH`). Dates are ISO. */
export interface PlanDraft {
  unit: { name: string | null; level: UnitLevel | null };
  year: number | null;
  number: string | null;
  issuedOn: string | null;
  signer: string | null;
  /** Catalog framework codes (PAPI, PAR_INDEX, SIPAS, DTI, DAN_VAN, PCI). */
  frameworks: string[];
  references: PlanReference[];
  targets: PlanTarget[];
  sections: PlanSection[];
  tasks: PlanTaskDraft[];
  reportingDeadlines: ReportingDeadline[];
  /** What the reader could not be sure of, for the person reviewing the draft. */
  warnings: string[];
}

/** A task as stored: the draft's fields plus the catalog indicator its dimension was linked to. */
export interface PlanTask extends PlanTaskDraft {
  id: number;
  position: number;
  /** Catalog indicator code of the (sub-)dimension, e.g. "D1.2"; null when it could not be linked. */
  indicatorCode: string | null;
}

export type PlanStatus = 'draft' | 'issued';

export interface PlanSummary {
  id: number;
  unit: UnitRef;
  year: number;
  frameworks: string[];
  number: string | null;
  issuedOn: string | null;
  status: PlanStatus;
  taskCount: number;
  updatedAt: string;
}

export interface PlanDetail extends PlanSummary {
  signer: string | null;
  /** The plan of the parent unit this plan implements, when known. */
  parentPlanId: number | null;
  references: PlanReference[];
  targets: PlanTarget[];
  sections: PlanSection[];
  tasks: PlanTask[];
  reportingDeadlines: ReportingDeadline[];
  version: number;
}

/** Body of POST /plans and PUT /plans/:id. */
export interface PlanInput {
  unitId: number;
  year: number;
  frameworks: string[];
  number: string | null;
  issuedOn: string | null;
  signer: string | null;
  status: PlanStatus;
  references: PlanReference[];
  targets: PlanTarget[];
  sections: PlanSection[];
  /** Tasks in order; an `id` keeps an existing task (and what reports say of it), none adds one. */
  tasks: Array<PlanTaskDraft & { id?: number }>;
  reportingDeadlines: ReportingDeadline[];
  /** Optimistic concurrency on update: the version the editor started from. */
  version?: number;
}

/** Answer of POST /plans/parse (a document turned into a draft for review). */
export interface PlanParseResponse {
  fileName: string;
  draft: PlanDraft;
  /** The unit the draft names, matched in the caller's scope; null when none matched. */
  matchedUnit: UnitRef | null;
}

/** Answer of POST /plans/task-sheet (the task-table Excel template, read back). */
export interface PlanTaskSheetResponse {
  tasks: PlanTaskDraft[];
  issues: InputIssue[];
}

export type ComplianceCheckCode =
  | 'issued_within_15_working_days'
  | 'dimensions_covered'
  | 'tasks_complete'
  | 'parent_tasks_present';

export interface ComplianceCheck {
  code: ComplianceCheckCode;
  passed: boolean;
  /** Why it failed, in Vietnamese, naming the missing items; null when passed or not applicable. */
  reason: string | null;
  /** Items behind a failure (missing dimension names, task numbers, ...). */
  details: string[];
}

export interface PlanComplianceResponse {
  planId: number;
  checks: ComplianceCheck[];
}
