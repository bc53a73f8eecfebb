import type { ReportingPeriodInput, ReportingPeriodKind } from '@govindex/contracts';
import { formatDate } from '../../../shared/format/format';
import { isoDateOfVietnamese } from '../../results/state/import-form';

/** The new-period form as typed: dates dd/mm/yyyy, as Vietnamese documents write them. */
export interface PeriodFormValues {
  kind: ReportingPeriodKind;
  title: string;
  /** The officer has typed a title of their own: a change of kind no longer replaces it. */
  titleEdited: boolean;
  dueOn: string;
  dataFrom: string;
  dataTo: string;
}

export type PeriodField = 'title' | 'dueOn' | 'dataFrom' | 'dataTo';
export type PeriodFieldErrors = Partial<Record<PeriodField, string>>;

export interface PeriodProblems {
  titleRequired: string;
  tooLong: (max: number) => string;
  dueRequired: string;
  dateInvalid: string;
  windowOrder: string;
}

export const MAX_PERIOD_TITLE = 200;

/**
 * What a kind of period usually asks, as the districts' plans set it (seed plans: the half-year report is
 * due 03/07, the annual one 03/01 of the next year): the window of the data and the due date.
 */
export function periodDefaults(kind: ReportingPeriodKind, year: number): Pick<PeriodFormValues, 'dueOn' | 'dataFrom' | 'dataTo'> {
  switch (kind) {
    case 'half_year':
      return { dueOn: formatDate(`${year}-07-03`), dataFrom: formatDate(`${year}-01-01`), dataTo: formatDate(`${year}-06-30`) };
    case 'annual':
      return { dueOn: formatDate(`${year + 1}-01-03`), dataFrom: formatDate(`${year}-01-01`), dataTo: formatDate(`${year}-12-31`) };
    case 'other':
      return { dueOn: '', dataFrom: '', dataTo: '' };
  }
}

export function initialPeriodValues(kind: ReportingPeriodKind, year: number, titleOf: (kind: ReportingPeriodKind, year: number) => string): PeriodFormValues {
  return { kind, title: titleOf(kind, year), titleEdited: false, ...periodDefaults(kind, year) };
}

/** Another kind chosen: its usual dates, and its usual title unless the officer wrote one. */
export function changeKind(
  values: PeriodFormValues,
  kind: ReportingPeriodKind,
  year: number,
  titleOf: (kind: ReportingPeriodKind, year: number) => string,
): PeriodFormValues {
  return { ...values, kind, title: values.titleEdited ? values.title : titleOf(kind, year), ...periodDefaults(kind, year) };
}

/** What must be put right before sending; an empty object when nothing. */
export function validatePeriodForm(values: PeriodFormValues, problems: PeriodProblems): PeriodFieldErrors {
  const errors: PeriodFieldErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = problems.titleRequired;
  else if (title.length > MAX_PERIOD_TITLE) errors.title = problems.tooLong(MAX_PERIOD_TITLE);
  const due = isoDateOfVietnamese(values.dueOn);
  if (due === '') errors.dueOn = problems.dueRequired;
  else if (due === null) errors.dueOn = problems.dateInvalid;
  const from = isoDateOfVietnamese(values.dataFrom);
  const to = isoDateOfVietnamese(values.dataTo);
  if (from === null) errors.dataFrom = problems.dateInvalid;
  if (to === null) errors.dataTo = problems.dateInvalid;
  if (from && to && from > to) errors.dataTo = problems.windowOrder;
  return errors;
}

/** The body of POST /reporting-periods; call after validatePeriodForm found nothing. */
export function periodInput(values: PeriodFormValues, unitId: number, year: number): ReportingPeriodInput {
  return {
    unitId,
    year,
    kind: values.kind,
    title: values.title.trim(),
    dueOn: isoDateOfVietnamese(values.dueOn) || '',
    dataFrom: isoDateOfVietnamese(values.dataFrom) || null,
    dataTo: isoDateOfVietnamese(values.dataTo) || null,
  };
}
