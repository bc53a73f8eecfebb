import type { ReportDetail, ReportItemsInput, ReportStatus, Role, TaskProgress } from '@govindex/contracts';

/** One task of the report as the form holds it: numbers as typed, links as a list. */
export interface ItemValues {
  taskId: number;
  status: TaskProgress;
  result: string;
  kpiActual: string;
  links: string[];
}

export interface ItemProblems {
  kpiInvalid: string;
  linkInvalid: string;
  tooLong: (max: number) => string;
}

export type ItemErrors = Partial<Record<'result' | 'kpiActual' | 'links', string>>;

export const MAX_RESULT_LENGTH = 4000;
export const MAX_LINK_LENGTH = 2000;
/** As the API refuses larger evidence files. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/**
 * Writes a number the way the reader's language does, for the form: 95,5 in Vietnamese, 95.5 in English.
 * No thousands separator, so what is shown reads back the same.
 */
export function numberText(value: number | null, language: 'vi' | 'en'): string {
  if (value === null) return '';
  const text = String(value);
  return language === 'vi' ? text.replace('.', ',') : text;
}

/**
 * Reads a number as officers type it: "95,5" (Vietnamese decimal comma), "1.234,5" (dots group thousands
 * when a comma marks the decimals), "95.5" (a lone dot is a decimal point), "-2". Empty text is no value
 * (null); anything else is undefined (not a number).
 */
export function parseDecimal(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  let normalised = trimmed;
  if (trimmed.includes(',')) normalised = trimmed.replace(/\./g, '').replace(',', '.');
  else if ((trimmed.match(/\./g) ?? []).length > 1) normalised = trimmed.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return undefined;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

/** An evidence link must be a web address (http or https), never a script or a local file. */
export function isWebLink(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LINK_LENGTH) return false;
  try {
    const url = new URL(trimmed);
    // As the API checks it: a named host with a top-level domain ("xa.gov.vn"), not "localhost".
    return (url.protocol === 'http:' || url.protocol === 'https:') && /\.[a-z]{2,}$/i.test(url.hostname);
  } catch {
    return false;
  }
}

/** The items of a report as the form starts from them. */
export function itemValuesOf(report: ReportDetail, language: 'vi' | 'en' = 'vi'): ItemValues[] {
  return report.items.map((item) => ({
    taskId: item.taskId,
    status: item.status,
    result: item.result ?? '',
    kpiActual: numberText(item.kpiActual, language),
    links: item.evidence.filter((evidence) => evidence.kind === 'link').map((evidence) => evidence.name),
  }));
}

/** What must be put right before saving, task by task; an empty map when nothing. */
export function validateItems(items: readonly ItemValues[], problems: ItemProblems): Map<number, ItemErrors> {
  const found = new Map<number, ItemErrors>();
  for (const item of items) {
    const errors: ItemErrors = {};
    if (item.result.trim().length > MAX_RESULT_LENGTH) errors.result = problems.tooLong(MAX_RESULT_LENGTH);
    if (parseDecimal(item.kpiActual) === undefined) errors.kpiActual = problems.kpiInvalid;
    if (item.links.some((link) => !isWebLink(link))) errors.links = problems.linkInvalid;
    if (Object.keys(errors).length > 0) found.set(item.taskId, errors);
  }
  return found;
}

/** The body of PUT /reports/:id; call after validateItems found nothing. */
export function reportItemsInput(items: readonly ItemValues[], version: number): ReportItemsInput {
  return {
    version,
    items: items.map((item) => ({
      taskId: item.taskId,
      status: item.status,
      result: item.result.trim() || null,
      kpiActual: parseDecimal(item.kpiActual) ?? null,
      links: [...new Set(item.links.map((link) => link.trim()).filter(Boolean))],
    })),
  };
}

/** Has anything been changed since the report was loaded (or last saved)? */
export function itemsChanged(items: readonly ItemValues[], saved: readonly ItemValues[]): boolean {
  return JSON.stringify(reportItemsInput(items, 0)) !== JSON.stringify(reportItemsInput(saved, 0));
}

export interface ReportViewer {
  role: Role;
  unitId: number | null;
}

const EDITABLE: readonly ReportStatus[] = ['draft', 'returned'];

/** Only the commune's own officers fill in its report, while it is a draft or has been returned to them. */
export function canEditReport(report: { unit: { id: number }; status: ReportStatus }, viewer: ReportViewer): boolean {
  return viewer.role === 'commune_officer' && viewer.unitId === report.unit.id && EDITABLE.includes(report.status);
}

/** Levels above the commune (district, province, the administrator) approve or return a submitted report. */
const REVIEWERS: readonly Role[] = ['district_officer', 'province_officer', 'admin'];

export function canReviewReport(report: { unit: { id: number }; status: ReportStatus }, viewer: ReportViewer): boolean {
  return REVIEWERS.includes(viewer.role) && viewer.unitId !== report.unit.id && report.status === 'submitted';
}

/** Share of the tasks reported done, 0–1 (0 for a plan without tasks). */
export function doneShare(items: ReadonlyArray<{ status: TaskProgress }>): number {
  if (items.length === 0) return 0;
  return items.filter((item) => item.status === 'done').length / items.length;
}
