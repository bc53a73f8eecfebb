import type { UnitRef } from './analytics.js';
import type { ReportingPeriodKind } from './plans.js';

/** A reporting period a district sets for its communes (seed 000 and 001 show two real calendars). */
export interface ReportingPeriod {
  id: number;
  /** The district that set it. */
  unit: UnitRef;
  year: number;
  kind: ReportingPeriodKind;
  title: string;
  /** ISO date the report is due. */
  dueOn: string;
  dataFrom: string | null;
  dataTo: string | null;
}

/** Body of POST /reporting-periods. */
export interface ReportingPeriodInput {
  unitId: number;
  year: number;
  kind: ReportingPeriodKind;
  title: string;
  dueOn: string;
  dataFrom: string | null;
  dataTo: string | null;
}

export type TaskProgress = 'not_started' | 'in_progress' | 'done';

export interface ReportEvidence {
  id: number;
  kind: 'file' | 'link';
  /** File name for files, the address for links. */
  name: string;
  sizeBytes: number | null;
}

export interface ReportItem {
  taskId: number;
  /** The plan task's text, for display. */
  task: string;
  indicatorCode: string | null;
  status: TaskProgress;
  result: string | null;
  kpiActual: number | null;
  evidence: ReportEvidence[];
}

export type ReportStatus = 'draft' | 'submitted' | 'approved' | 'returned';

/** How a report stands against its due date. `pending` is not yet due and not submitted. */
export type Timeliness = 'on_time' | 'late' | 'missing' | 'pending';

export interface ReportSummary {
  id: number;
  period: ReportingPeriod;
  unit: UnitRef;
  planId: number;
  status: ReportStatus;
  /** ISO timestamp of the first submission, which decides timeliness. */
  submittedAt: string | null;
  timeliness: Timeliness;
  version: number;
  reviewComment: string | null;
}

export interface ReportDetail extends ReportSummary {
  items: ReportItem[];
  /** Every submission and review, newest first; `by` is the name of who acted, as it was then. */
  history: Array<{ version: number; action: 'submitted' | 'approved' | 'returned'; at: string; by: string | null; comment: string | null }>;
}

/** Body of PUT /reports/:id (save a draft or returned report). */
export interface ReportItemsInput {
  items: Array<{ taskId: number; status: TaskProgress; result: string | null; kpiActual: number | null; links: string[] }>;
  /** The version the editor started from; a stale one is refused (409). */
  version?: number;
}

/** Body of POST /reports/:id/review. */
export interface ReportReviewInput {
  decision: 'approve' | 'return';
  comment: string | null;
}

/** Completeness and timeliness of one period across the communes of a district. */
export interface PeriodTimeliness {
  period: ReportingPeriod;
  /** Communes in force on the due date; closed units are not counted. */
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** (on time + late) / expected, at most 1. */
  completeness: number;
  units: Array<{ unit: UnitRef; timeliness: Timeliness; submittedAt: string | null; reportId: number | null }>;
}

export interface TimelinessResponse {
  parent: UnitRef;
  year: number;
  periods: PeriodTimeliness[];
}

export type FollowUpStatus = 'open' | 'answered' | 'closed';

export type FollowUpReasonKind =
  | 'weak_indicator'
  | 'bottom_quartile'
  | 'rank_drop'
  | 'weak_on_many_dimensions'
  | 'plan_late'
  | 'plan_missing'
  | 'plan_incomplete'
  | 'reports_late'
  | 'weak_without_task'
  | 'done_but_weak';

export interface FollowUpItem {
  id: number;
  unit: UnitRef;
  framework: string;
  year: number;
  indicatorCode: string | null;
  indicatorName: string | null;
  reasonKind: FollowUpReasonKind;
  reason: string;
  actionRequested: string;
  dueOn: string;
  status: FollowUpStatus;
  response: string | null;
  respondedAt: string | null;
  createdAt: string;
  createdBy: string | null;
}

/** Body of POST /follow-ups. */
export interface FollowUpInput {
  unitId: number;
  framework: string;
  year: number;
  indicatorCode: string | null;
  reasonKind: FollowUpReasonKind;
  reason: string;
  actionRequested: string;
  dueOn: string;
}

/** Body of PATCH /follow-ups/:id: the commune answers; the district closes or reopens. */
export interface FollowUpUpdate {
  status?: FollowUpStatus;
  response?: string | null;
}

export interface FollowUpListResponse {
  items: FollowUpItem[];
}

/** Plans set beside results for the communes of a district. */
export interface AlignmentUnit {
  unit: UnitRef;
  planId: number | null;
  /** Weak indicators (from the results year) with no task in the plan. */
  weakWithoutTask: Array<{ code: string; nameVi: string }>;
  /** Dimensions whose tasks are all reported done, yet which stay weak. */
  doneButWeak: Array<{ code: string; nameVi: string }>;
  /** Working days the plan came after the 15-working-day deadline; null when on time or no parent plan. */
  planLateDays: number | null;
  planMissing: boolean;
  /** Failed compliance checks of the plan. */
  planIncomplete: string[];
  reportsLate: number;
}

export interface AlignmentResponse {
  parent: UnitRef;
  framework: string;
  /** The plan year; weaknesses come from the results of `resultsYear`. */
  planYear: number;
  resultsYear: number | null;
  items: AlignmentUnit[];
}

export interface NotificationView {
  id: number;
  kind: 'reminder' | 'overdue' | 'follow_up' | 'report_reviewed';
  title: string;
  body: string;
  /** Dashboard path to open. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationListResponse {
  items: NotificationView[];
  unread: number;
}
