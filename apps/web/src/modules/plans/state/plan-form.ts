import type {
  KpiTarget,
  PlanDetail,
  PlanDraft,
  PlanInput,
  PlanSection,
  PlanStatus,
  PlanTargetKind,
  PlanTaskDraft,
  ReportingPeriodKind,
  TaskTimeline,
} from '@govindex/contracts';
import { parseKpiTargets, parseTimeline } from '@govindex/domain';
import { formatDate } from '../../../shared/format/format';
import { isoDateOfVietnamese } from '../../results/state/import-form';
import type { UnitChoice } from '../../users/state/user-form';

/**
 * The plan as the form holds it while it is reviewed or edited: texts as typed (dates dd/mm/yyyy, the year
 * as text), and a key per row so that rows keep their place and their errors while others are added or removed.
 */
export interface PlanFormValues {
  unit: UnitChoice | null;
  year: string;
  number: string;
  issuedOn: string;
  signer: string;
  status: PlanStatus;
  frameworks: string[];
  references: ReferenceRow[];
  targets: TargetRow[];
  deadlines: DeadlineRow[];
  /** The numbered parts of the plan's body, carried as read: the form does not edit them. */
  sections: PlanSection[];
  tasks: TaskRow[];
}

export interface ReferenceRow {
  key: string;
  number: string;
  date: string;
  issuer: string;
}

export interface TargetRow {
  key: string;
  kind: PlanTargetKind;
  text: string;
  /** A framework code, or '' when the goal is not about one framework. */
  framework: string;
}

export interface DeadlineRow {
  key: string;
  kind: ReportingPeriodKind;
  due: string;
  dataFrom: string;
  dataTo: string;
}

export interface TaskRow {
  key: string;
  /** The stored task this row edits (what reports say of it stays with it); null for a new one. */
  id: number | null;
  framework: string;
  dimension: string;
  subDimension: string;
  task: string;
  product: string;
  lead: string;
  implementers: string;
  /** The "Thời gian thực hiện" text. */
  timeline: string;
  /** The timeline as read from the document or stored: kept as it is while its text is not changed. */
  readTimeline: TaskTimeline | null;
  /** The numbers the product commits to, as read from `kpiSource`. */
  kpis: KpiTarget[];
  kpiSource: string;
}

export const PLAN_STATUSES: readonly PlanStatus[] = ['draft', 'issued'];
export const TARGET_KINDS: readonly PlanTargetKind[] = ['rank_up', 'top_of_parent', 'grade_at_least', 'score_at_least', 'other'];
export const DEADLINE_KINDS: readonly ReportingPeriodKind[] = ['half_year', 'annual', 'other'];

/** The field a problem belongs to: 'unit', 'year', …, or a row's field such as `tasks.<row key>.task`. */
export type PlanFormErrors = Record<string, string>;

export interface PlanFormProblems {
  unitRequired: string;
  yearInvalid: string;
  frameworksRequired: string;
  dateInvalid: string;
  issuedNeedsNumber: string;
  issuedNeedsDate: string;
  referenceNumberRequired: string;
  targetTextRequired: string;
  deadlineDueRequired: string;
  taskRequired: string;
}

let lastRowKey = 0;
/** A key no other row of the page has. */
export const newRowKey = (): string => `row-${++lastRowKey}`;

const text = (value: string | null | undefined): string => value ?? '';
const dateText = (iso: string | null | undefined): string => (iso ? formatDate(iso) : '');

export function emptyReferenceRow(): ReferenceRow {
  return { key: newRowKey(), number: '', date: '', issuer: '' };
}

export function emptyTargetRow(framework = ''): TargetRow {
  return { key: newRowKey(), kind: 'rank_up', text: '', framework };
}

export function emptyDeadlineRow(): DeadlineRow {
  return { key: newRowKey(), kind: 'half_year', due: '', dataFrom: '', dataTo: '' };
}

export function emptyTaskRow(framework = ''): TaskRow {
  return {
    key: newRowKey(),
    id: null,
    framework,
    dimension: '',
    subDimension: '',
    task: '',
    product: '',
    lead: '',
    implementers: '',
    timeline: '',
    readTimeline: null,
    kpis: [],
    kpiSource: '',
  };
}

/** A task as the form edits it: a stored one keeps its id, one read from a document or a sheet has none. */
export function taskRowOf(task: PlanTaskDraft & { id?: number }): TaskRow {
  return {
    key: newRowKey(),
    id: task.id ?? null,
    framework: text(task.framework),
    dimension: text(task.dimension),
    subDimension: text(task.subDimension),
    task: task.task,
    product: text(task.product),
    lead: text(task.lead),
    implementers: text(task.implementers),
    timeline: task.timeline.text,
    readTimeline: task.timeline,
    kpis: task.kpis,
    kpiSource: text(task.product),
  };
}

/** A new plan of the unit for the year, with nothing else filled in. */
export function emptyPlanForm(unit: UnitChoice | null, year: number | null): PlanFormValues {
  return {
    unit,
    year: year === null ? '' : String(year),
    number: '',
    issuedOn: '',
    signer: '',
    status: 'draft',
    frameworks: [],
    references: [],
    targets: [],
    deadlines: [],
    sections: [],
    tasks: [],
  };
}

type PlanContent = Pick<PlanDraft, 'number' | 'issuedOn' | 'signer' | 'frameworks' | 'references' | 'targets' | 'sections' | 'reportingDeadlines'> & {
  tasks: ReadonlyArray<PlanTaskDraft & { id?: number }>;
};

function contentValues(plan: PlanContent) {
  return {
    number: text(plan.number),
    issuedOn: dateText(plan.issuedOn),
    signer: text(plan.signer),
    frameworks: [...plan.frameworks],
    references: plan.references.map((reference) => ({
      key: newRowKey(),
      number: reference.number,
      date: dateText(reference.date),
      issuer: text(reference.issuer),
    })),
    targets: plan.targets.map((target) => ({ key: newRowKey(), kind: target.kind, text: target.text, framework: text(target.framework) })),
    deadlines: plan.reportingDeadlines.map((deadline) => ({
      key: newRowKey(),
      kind: deadline.kind,
      due: dateText(deadline.due),
      dataFrom: dateText(deadline.dataFrom),
      dataTo: dateText(deadline.dataTo),
    })),
    sections: plan.sections,
    tasks: plan.tasks.map(taskRowOf),
  };
}

/**
 * The review form of a document just read: every field the reader found, the unit it matched in the
 * officer's scope (none when it matched nothing: the reviewer must choose). A document with a number and a
 * date of issue is an issued plan; one without (a draft, "Số:   /KH-UBND") is saved as a draft unless changed.
 */
export function formValuesOfDraft(draft: PlanDraft, unit: UnitChoice | null): PlanFormValues {
  return {
    unit,
    year: draft.year === null ? '' : String(draft.year),
    status: draft.number && draft.issuedOn ? 'issued' : 'draft',
    ...contentValues(draft),
  };
}

/** The edit form of a stored plan. */
export function formValuesOfDetail(plan: PlanDetail, unit: UnitChoice | null): PlanFormValues {
  return { unit, year: String(plan.year), status: plan.status, ...contentValues(plan) };
}

const YEAR = /^\d{4}$/;

/** The plan's year as a number, or null while it is not a year GovIndex accepts (2000–2100). */
export function planYearOf(values: Pick<PlanFormValues, 'year'>): number | null {
  const year = values.year.trim();
  if (!YEAR.test(year)) return null;
  const number = Number(year);
  return number >= 2000 && number <= 2100 ? number : null;
}

/** What must be put right before the plan is sent; an empty object when nothing. */
export function validatePlanForm(values: PlanFormValues, problems: PlanFormProblems): PlanFormErrors {
  const errors: PlanFormErrors = {};
  const checkDate = (field: string, value: string) => {
    if (isoDateOfVietnamese(value) === null) errors[field] = problems.dateInvalid;
  };
  if (!values.unit) errors['unit'] = problems.unitRequired;
  if (planYearOf(values) === null) errors['year'] = problems.yearInvalid;
  if (values.frameworks.length === 0) errors['frameworks'] = problems.frameworksRequired;
  checkDate('issuedOn', values.issuedOn);
  if (values.status === 'issued') {
    if (!values.number.trim()) errors['number'] = problems.issuedNeedsNumber;
    if (!values.issuedOn.trim()) errors['issuedOn'] = problems.issuedNeedsDate;
  }
  for (const row of values.references) {
    if (!row.number.trim()) errors[`references.${row.key}.number`] = problems.referenceNumberRequired;
    checkDate(`references.${row.key}.date`, row.date);
  }
  for (const row of values.targets) {
    if (!row.text.trim()) errors[`targets.${row.key}.text`] = problems.targetTextRequired;
  }
  for (const row of values.deadlines) {
    if (!row.due.trim()) errors[`deadlines.${row.key}.due`] = problems.deadlineDueRequired;
    else checkDate(`deadlines.${row.key}.due`, row.due);
    checkDate(`deadlines.${row.key}.dataFrom`, row.dataFrom);
    checkDate(`deadlines.${row.key}.dataTo`, row.dataTo);
  }
  for (const row of values.tasks) {
    if (!row.task.trim()) errors[`tasks.${row.key}.task`] = problems.taskRequired;
  }
  return errors;
}

/** A task of PlanInput: the draft's fields, with the id of the stored task it keeps. */
export type PlanInputTask = PlanInput['tasks'][number];

const orNull = (value: string): string | null => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
const isoOrNull = (value: string): string | null => isoDateOfVietnamese(value) || null;

/**
 * The task as the API stores it. A timeline or product whose text was not touched keeps what the reader
 * understood of it; a changed text is read again by the same rules (libs/domain) the reader uses.
 */
export function taskDraftOf(row: TaskRow, planYear: number | null): PlanInputTask {
  const timelineText = row.timeline.trim().replace(/\s+/g, ' ');
  const timeline =
    row.readTimeline && row.readTimeline.text.trim().replace(/\s+/g, ' ') === timelineText ? row.readTimeline : parseTimeline(timelineText, planYear);
  const product = row.product.trim();
  const kpis = product === row.kpiSource.trim() ? row.kpis : parseKpiTargets(product);
  const task: PlanInputTask = {
    framework: orNull(row.framework),
    dimension: orNull(row.dimension),
    subDimension: orNull(row.subDimension),
    task: row.task.trim(),
    product: orNull(row.product),
    lead: orNull(row.lead),
    implementers: orNull(row.implementers),
    timeline,
    kpis,
  };
  if (row.id !== null) task.id = row.id;
  return task;
}

/** The body of POST /plans and PUT /plans/:id; call it on a form without problems. */
export function planInputOf(values: PlanFormValues, version?: number): PlanInput {
  const year = planYearOf(values);
  if (!values.unit || year === null) throw new Error('validate the plan form before building the request');
  const input: PlanInput = {
    unitId: values.unit.id,
    year,
    frameworks: [...values.frameworks],
    number: orNull(values.number),
    issuedOn: isoOrNull(values.issuedOn),
    signer: orNull(values.signer),
    status: values.status,
    references: values.references.map((row) => ({ number: row.number.trim(), date: isoOrNull(row.date), issuer: orNull(row.issuer) })),
    targets: values.targets.map((row) => ({ kind: row.kind, text: row.text.trim(), framework: orNull(row.framework) })),
    sections: values.sections,
    tasks: values.tasks.map((row) => taskDraftOf(row, year)),
    reportingDeadlines: values.deadlines.map((row) => ({
      kind: row.kind,
      due: isoOrNull(row.due) ?? '',
      dataFrom: isoOrNull(row.dataFrom),
      dataTo: isoOrNull(row.dataTo),
    })),
  };
  if (version !== undefined) input.version = version;
  return input;
}

export type TaskMerge = 'replace' | 'append';

/** The task table once the tasks of an Excel sheet replace it or are added after its rows. */
export function mergeSheetTasks(current: readonly TaskRow[], sheet: readonly PlanTaskDraft[], mode: TaskMerge): TaskRow[] {
  const rows = sheet.map(taskRowOf);
  return mode === 'replace' ? rows : [...current, ...rows];
}

/** Moves a row one place up (-1) or down (+1); the list is unchanged at either end. */
export function moveRow<T extends { key: string }>(rows: readonly T[], key: string, step: -1 | 1): T[] {
  const index = rows.findIndex((row) => row.key === key);
  const target = index + step;
  if (index < 0 || target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/** The fields of the API's PlanInput, as the form names them; rows are named by their key. */
const TOP_FIELDS: Readonly<Record<string, string>> = {
  unitId: 'unit',
  year: 'year',
  frameworks: 'frameworks',
  number: 'number',
  issuedOn: 'issuedOn',
  signer: 'signer',
  status: 'status',
};
const LIST_FIELDS: Readonly<Record<string, { list: 'references' | 'targets' | 'deadlines' | 'tasks'; fields: Readonly<Record<string, string>> }>> = {
  references: { list: 'references', fields: { number: 'number', date: 'date', issuer: 'issuer' } },
  targets: { list: 'targets', fields: { kind: 'kind', text: 'text', framework: 'framework' } },
  reportingDeadlines: { list: 'deadlines', fields: { kind: 'kind', due: 'due', dataFrom: 'dataFrom', dataTo: 'dataTo' } },
  tasks: {
    list: 'tasks',
    fields: {
      framework: 'framework',
      dimension: 'dimension',
      subDimension: 'subDimension',
      task: 'task',
      product: 'product',
      kpis: 'product',
      lead: 'lead',
      implementers: 'implementers',
      timeline: 'timeline',
    },
  },
};

const DETAIL = /^([A-Za-z]+)(?:(?:\.|\[)(\d+)\]?(?:\.([A-Za-z]+)[\w.[\]]*)?)?: (.+)$/s;

/**
 * Splits the API's details ("tasks.3.task: Không được để trống.", "unitId: …") over the fields of the form
 * they name; details about anything else are kept whole, to be shown above the form.
 */
export function planErrorsOfDetails(details: readonly string[], values: PlanFormValues): { fields: PlanFormErrors; other: string[] } {
  const fields: PlanFormErrors = {};
  const other: string[] = [];
  const add = (field: string, message: string) => {
    fields[field] = fields[field] ? `${fields[field]} ${message}` : message;
  };
  for (const detail of details) {
    const [, name = '', index, sub, message = ''] = DETAIL.exec(detail) ?? [];
    const top = TOP_FIELDS[name];
    const list = LIST_FIELDS[name];
    if (top && index === undefined) {
      add(top, message);
      continue;
    }
    if (list && index !== undefined) {
      const row = values[list.list][Number(index)];
      const field = sub ? list.fields[sub] : undefined;
      if (row && field) {
        add(`${list.list}.${row.key}.${field}`, message);
        continue;
      }
    }
    other.push(detail);
  }
  return { fields, other };
}
