import type { InputIssue, UnitLevel } from '@govindex/contracts';
import { isIsoDate } from '../../../shared/format/format';
import { buildApiUrl } from '../../../shared/api/api-client';

/** As the API refuses larger uploads (413): checked before sending, so nobody waits for a refusal. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const ACCEPTED_EXTENSIONS = ['.csv', '.xlsx'] as const;

export interface ImportFormValues {
  framework: string;
  level: UnitLevel | '';
  /** The year of the template to download; the file itself says which years it holds. */
  year: string;
  issuer: string;
  decisionNumber: string;
  /** As typed: dd/mm/yyyy. */
  decisionDate: string;
  sourceKey: string;
  file: { name: string; size: number } | null;
}

export type ImportField = 'framework' | 'level' | 'issuer' | 'decisionNumber' | 'decisionDate' | 'sourceKey' | 'file';
export type ImportFieldErrors = Partial<Record<ImportField, string>>;

export interface ImportProblems {
  frameworkRequired: string;
  levelRequired: string;
  issuerRequired: string;
  tooLong: (max: number) => string;
  dateInvalid: string;
  fileRequired: string;
  fileType: string;
  fileTooLarge: string;
}

/**
 * Reads a date written the Vietnamese way, dd/mm/yyyy (one-digit day and month accepted, "-" or "."
 * as separators), as the API's YYYY-MM-DD; null when it is no calendar date. Empty text is no date at all ('').
 */
export function isoDateOfVietnamese(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const hasAcceptedExtension = (name: string) => ACCEPTED_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));

/** What must be put right before sending; an empty object when nothing. */
export function validateImportForm(values: ImportFormValues, problems: ImportProblems): ImportFieldErrors {
  const errors: ImportFieldErrors = {};
  if (!values.framework) errors.framework = problems.frameworkRequired;
  if (!values.level) errors.level = problems.levelRequired;
  const issuer = values.issuer.trim();
  if (!issuer) errors.issuer = problems.issuerRequired;
  else if (issuer.length > 200) errors.issuer = problems.tooLong(200);
  if (values.decisionNumber.trim().length > 100) errors.decisionNumber = problems.tooLong(100);
  if (isoDateOfVietnamese(values.decisionDate) === null) errors.decisionDate = problems.dateInvalid;
  if (values.sourceKey.trim().length > 300) errors.sourceKey = problems.tooLong(300);
  if (!values.file) errors.file = problems.fileRequired;
  else if (!hasAcceptedExtension(values.file.name)) errors.file = problems.fileType;
  else if (values.file.size > MAX_UPLOAD_BYTES) errors.file = problems.fileTooLarge;
  return errors;
}

/** The text fields of the upload, as the API names them; empty optional fields are left out. */
export function importFormFields(values: ImportFormValues): Array<[string, string]> {
  const fields: Array<[string, string]> = [
    ['framework', values.framework],
    ['level', values.level],
    ['issuer', values.issuer.trim()],
  ];
  const optional: Array<[string, string]> = [
    ['decisionNumber', values.decisionNumber.trim()],
    ['decisionDate', isoDateOfVietnamese(values.decisionDate) ?? ''],
    ['sourceKey', values.sourceKey.trim()],
  ];
  return [...fields, ...optional.filter(([, value]) => value !== '')];
}

/** Address of the pre-filled template for the caller's units (the API sends it as a download). */
export function templateUrl(framework: string, level: UnitLevel, year: number, format: 'xlsx' | 'csv'): string {
  return buildApiUrl('/api/v1/results/template', { framework, level, year, format });
}

/** Problems in the order a person fixes a file: by file, then row (problems of the whole file first), then column. */
export function sortIssues(issues: readonly InputIssue[]): InputIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? '', 'vi', { numeric: true }),
  );
}
