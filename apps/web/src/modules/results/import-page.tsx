import type { FrameworkSummary, InputIssue, ResultImportReport, UnitLevel } from '@govindex/contracts';
import { useId, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { describeError } from '../../app/i18n/describe-error';
import { useI18n } from '../../app/i18n/i18n';
import { ApiError } from '../../shared/api/api-client';
import { uploadPercent, type UploadProgress } from '../../shared/api/upload';
import { ExportButton } from '../../shared/export/export-button';
import { buildExportSheet, exportFileName, type ExportColumn } from '../../shared/export/table-export';
import { formatNumber } from '../../shared/format/format';
import { Field } from '../../shared/forms/field';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { useSignedInSession } from '../auth/session';
import { catalogApi } from '../catalog/catalog-api';
import { levelsOf, yearsOf } from '../catalog/state/catalog';
import { useOwnUnit } from '../units/use-own-unit';
import { resultsApi } from './results-api';
import { RESULTS_PATH } from './results-paths';
import { rankingViewParams } from './state/ranking-view';
import {
  importFormFields,
  sortIssues,
  templateUrl,
  validateImportForm,
  type ImportField,
  type ImportFieldErrors,
  type ImportFormValues,
} from './state/import-form';

type Outcome =
  | { kind: 'none' }
  | { kind: 'uploading'; progress: UploadProgress | null }
  | { kind: 'imported'; report: ResultImportReport; framework: string; level: UnitLevel | ''; year: number | null }
  | { kind: 'rejected'; message: string | null; issues: InputIssue[]; fileName: string }
  | { kind: 'failed'; error: unknown };

const INITIAL: ImportFormValues = {
  framework: '',
  level: '',
  year: '',
  issuer: '',
  decisionNumber: '',
  decisionDate: '',
  sourceKey: '',
  file: null,
};

/** Import published results from a CSV or XLSX file (administrators, province and district officers). */
export function ImportPage() {
  const { t } = useI18n();
  const catalog = useApiQuery({ key: 'catalog', load: () => catalogApi.list() });
  return (
    <>
      <title>{`${t.results.import.pageTitle} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{t.results.import.pageTitle}</h1>
        <p className="page-heading__intro">{t.results.import.pageIntro}</p>
      </div>
      {catalog.status === 'error' ? (
        <ErrorNotice error={catalog.error} onRetry={catalog.retry} />
      ) : catalog.status !== 'success' ? (
        <p className="tree-status">{t.units.tree.loading}</p>
      ) : (
        <ImportForm frameworks={catalog.data.frameworks} />
      )}
    </>
  );
}

function ImportForm({ frameworks }: { frameworks: readonly FrameworkSummary[] }) {
  const { t, language } = useI18n();
  const texts = t.results.import;
  const session = useSignedInSession();
  const own = useOwnUnit();
  const baseId = useId();
  const idOf = (field: ImportField | 'year' | 'summary' | 'progress') => `${baseId}-${field}`;
  const fileObject = useRef<File | null>(null);
  const currentYear = new Date().getFullYear();

  const [values, setValues] = useState<ImportFormValues>(() => {
    const first = frameworks.find((framework) => framework.code === 'PAR_INDEX') ?? frameworks[0];
    return { ...INITIAL, framework: first?.code ?? '', level: first ? (levelsOf(first).at(-1) ?? '') : '' };
  });
  const [errors, setErrors] = useState<ImportFieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const framework = frameworks.find((candidate) => candidate.code === values.framework) ?? null;
  const levels = framework ? levelsOf(framework) : [];
  const years = useMemo(
    () => (framework && values.level ? yearsOf(framework, values.level, own.provinceId, currentYear).filter((year) => year <= currentYear) : []),
    [framework, values.level, own.provinceId, currentYear],
  );
  const templateYear = years.includes(Number(values.year)) ? Number(values.year) : (years.find((year) => year < currentYear) ?? years[0] ?? null);

  const change = <K extends keyof ImportFormValues>(field: K, value: ImportFormValues[K]) => {
    setValues((previous) => {
      const next = { ...previous, [field]: value };
      // A framework without the chosen level: take its lowest level, where officers import most.
      if (field === 'framework') {
        const chosen = frameworks.find((candidate) => candidate.code === value);
        const available = chosen ? levelsOf(chosen) : [];
        if (!available.includes(next.level as UnitLevel)) next.level = available.at(-1) ?? '';
      }
      return next;
    });
    setErrors((previous) => {
      const next = { ...previous };
      delete next[field as ImportField];
      return next;
    });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateImportForm(values, texts.problems);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setOutcome({ kind: 'none' });
      const first = (Object.keys(found) as ImportField[])[0];
      if (first) document.getElementById(idOf(first))?.focus();
      return;
    }
    const file = fileObject.current;
    if (!file) return;
    setOutcome({ kind: 'uploading', progress: { loaded: 0, total: file.size } });
    try {
      const report = await resultsApi.importFile({ fields: importFormFields(values), file }, session.csrfToken, (progress) =>
        setOutcome({ kind: 'uploading', progress }),
      );
      setOutcome({ kind: 'imported', report, framework: values.framework, level: values.level, year: templateYear });
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.issues.length > 0) {
        setOutcome({ kind: 'rejected', message: error.serverMessage, issues: sortIssues(error.issues), fileName: file.name });
      } else {
        setOutcome({ kind: 'failed', error });
      }
    }
    document.getElementById(idOf('summary'))?.focus();
  };

  const describedBy = (field: ImportField, hint: boolean) =>
    [hint ? `${idOf(field)}-hint` : null, errors[field] ? `${idOf(field)}-error` : null].filter(Boolean).join(' ') || undefined;
  /** The props every free-text field of the form shares. */
  const textInputProps = (field: 'issuer' | 'decisionNumber' | 'decisionDate' | 'sourceKey', hint: boolean) => ({
    id: idOf(field),
    className: 'input',
    type: 'text',
    autoComplete: 'off',
    value: values[field],
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': describedBy(field, hint),
    onChange: (event: ChangeEvent<HTMLInputElement>) => change(field, event.target.value),
  });
  const uploading = outcome.kind === 'uploading';

  return (
    <div className="import-layout">
      <form className="panel import-form" onSubmit={submit} noValidate aria-describedby={idOf('summary')} aria-busy={uploading}>
        <div className="import-form__row">
          <Field id={idOf('framework')} label={texts.form.framework} error={errors.framework}>
            <select
              id={idOf('framework')}
              className="input"
              value={values.framework}
              aria-invalid={errors.framework ? true : undefined}
              aria-describedby={describedBy('framework', false)}
              onChange={(event) => change('framework', event.target.value)}
            >
              {frameworks.map((option) => (
                <option key={option.code} value={option.code}>
                  {language === 'vi' ? option.nameVi : option.nameEn}
                </option>
              ))}
            </select>
          </Field>
          <Field id={idOf('level')} label={texts.form.level} error={errors.level}>
            <select
              id={idOf('level')}
              className="input"
              value={values.level}
              aria-invalid={errors.level ? true : undefined}
              aria-describedby={describedBy('level', false)}
              onChange={(event) => change('level', event.target.value as UnitLevel)}
            >
              {levels.map((level) => (
                <option key={level} value={level}>
                  {t.units.levelNames[level]}
                </option>
              ))}
            </select>
          </Field>
        </div>

        <fieldset className="form-field import-form__template">
          <legend className="field-label">{texts.form.template}</legend>
          <div className="import-form__template-row">
            <div className="form-field">
              <label htmlFor={idOf('year')} className="field-label">
                {texts.form.year}
              </label>
              <select
                id={idOf('year')}
                className="input"
                value={templateYear === null ? '' : String(templateYear)}
                onChange={(event) => change('year', event.target.value)}
              >
                {years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            </div>
            {framework && values.level && templateYear !== null && (
              <p className="import-form__template-links">
                <a className="button button--quiet button--small" href={templateUrl(framework.code, values.level, templateYear, 'xlsx')} download>
                  {texts.form.templateXlsx}
                </a>
                <a className="button button--quiet button--small" href={templateUrl(framework.code, values.level, templateYear, 'csv')} download>
                  {texts.form.templateCsv}
                </a>
              </p>
            )}
          </div>
          <p className="field-hint">{texts.form.templateHint}</p>
        </fieldset>

        <Field id={idOf('issuer')} label={texts.form.issuer} hint={texts.form.issuerHint} error={errors.issuer}>
          <input {...textInputProps('issuer', true)} />
        </Field>
        <div className="import-form__row">
          <Field id={idOf('decisionNumber')} label={texts.form.decisionNumber} error={errors.decisionNumber}>
            <input {...textInputProps('decisionNumber', false)} />
          </Field>
          <Field id={idOf('decisionDate')} label={texts.form.decisionDate} hint={texts.form.decisionDateHint} error={errors.decisionDate}>
            <input {...textInputProps('decisionDate', true)} inputMode="numeric" placeholder="dd/mm/yyyy" />
          </Field>
        </div>
        <Field id={idOf('sourceKey')} label={texts.form.sourceKey} hint={texts.form.sourceKeyHint} error={errors.sourceKey}>
          <input {...textInputProps('sourceKey', true)} spellCheck={false} />
        </Field>
        <Field id={idOf('file')} label={texts.form.file} hint={texts.form.fileHint} error={errors.file}>
          <input
            id={idOf('file')}
            className="input input--file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={describedBy('file', true)}
            onChange={(event) => {
              const file = event.target.files?.[0] ?? null;
              fileObject.current = file;
              change('file', file ? { name: file.name, size: file.size } : null);
            }}
          />
        </Field>

        <div className="form-actions">
          <button type="submit" className="button" disabled={uploading}>
            {uploading ? texts.form.submitting : texts.form.submit}
          </button>
          {/* Back to the ranking of what the form names, so no year has to be guessed there. */}
          <Link to={rankingPath(values.framework, values.level, templateYear)} className="button button--quiet">
            {texts.back}
          </Link>
        </div>
      </form>

      <div id={idOf('summary')} tabIndex={-1} className="import-outcome" aria-live="polite">
        <ImportOutcome outcome={outcome} fieldErrors={Object.keys(errors).length > 0} progressId={idOf('progress')} />
      </div>
    </div>
  );
}

function ImportOutcome({ outcome, fieldErrors, progressId }: { outcome: Outcome; fieldErrors: boolean; progressId: string }) {
  const { t, language } = useI18n();
  const texts = t.results.import;
  if (fieldErrors) {
    return (
      <p className="notice notice--error" role="alert">
        {texts.form.fixFields}
      </p>
    );
  }
  switch (outcome.kind) {
    case 'none':
      return null;
    case 'uploading': {
      const percent = uploadPercent(outcome.progress);
      const sent = percent !== null && percent >= 100;
      return (
        <div className="panel upload-progress" data-testid="upload-progress">
          <label htmlFor={progressId} className="field-label">
            {sent ? texts.progress.checking : percent === null ? texts.progress.uploadingUnknown : texts.progress.uploading(formatNumber(percent, language))}
          </label>
          {/* Without a value the bar shows an indeterminate state: the API is checking the file. */}
          <progress id={progressId} max={100} value={sent || percent === null ? undefined : percent} aria-label={texts.progress.label}>
            {percent === null ? '' : `${percent}%`}
          </progress>
        </div>
      );
    }
    case 'imported':
      return <ImportReport report={outcome.report} framework={outcome.framework} level={outcome.level} year={outcome.year} />;
    case 'rejected':
      return <ImportProblems message={outcome.message} issues={outcome.issues} fileName={outcome.fileName} />;
    case 'failed':
      if (outcome.error instanceof ApiError && outcome.error.kind === 'too-large') {
        return (
          <p className="notice notice--error" role="alert">
            {texts.problems.fileTooLarge}
          </p>
        );
      }
      if (outcome.error instanceof ApiError && (outcome.error.kind === 'bad-request' || outcome.error.kind === 'conflict')) {
        return (
          <div className="notice notice--error" role="alert">
            <span>
              {outcome.error.serverMessage ?? describeError(outcome.error, t)}
              {outcome.error.details.length > 0 && ` ${outcome.error.details.join(' ')}`}
            </span>
          </div>
        );
      }
      return <ErrorNotice error={outcome.error} />;
  }
}

interface ImportReportProps {
  report: ResultImportReport;
  framework: string;
  level: UnitLevel | '';
  year: number | null;
}

function ImportReport({ report, framework, level, year }: ImportReportProps) {
  const { t, language } = useI18n();
  const texts = t.results.import.report;
  const number = (value: number) => formatNumber(value, language);
  const rankingLink = rankingPath(framework, level, year);
  return (
    <section className="panel import-report" data-testid="import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title" className={`import-report__title import-report__title--${report.status}`}>
        {report.status === 'imported' ? texts.imported : texts.unchanged}
      </h2>
      <dl className="facts">
        <div className="facts__row facts__row--wide">
          <dt>{texts.sourceKey}</dt>
          <dd>
            <code>{report.sourceKey}</code>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{texts.sourceId}</dt>
          <dd>#{report.sourceId}</dd>
        </div>
        <div className="facts__row">
          <dt>{texts.rows}</dt>
          <dd data-testid="report-rows">{number(report.rows)}</dd>
        </div>
        <div className="facts__row">
          <dt>{texts.values}</dt>
          <dd data-testid="report-values">{number(report.values)}</dd>
        </div>
        <div className="facts__row">
          <dt>{texts.computed}</dt>
          <dd data-testid="report-computed">{number(report.computedValues)}</dd>
        </div>
        <div className="facts__row">
          <dt>{texts.blankLines}</dt>
          <dd>{report.blankLines.length === 0 ? texts.none : report.blankLines.map(number).join(', ')}</dd>
        </div>
        <div className="facts__row">
          <dt>{texts.superseded}</dt>
          <dd>{report.supersededSourceId === null ? texts.none : texts.supersededText(report.supersededSourceId)}</dd>
        </div>
      </dl>
      <p>
        <Link to={rankingLink}>{texts.viewRanking}</Link>
      </p>
    </section>
  );
}

function ImportProblems({ message, issues, fileName }: { message: string | null; issues: readonly InputIssue[]; fileName: string }) {
  const { t, language } = useI18n();
  const texts = t.results.import.rejected;
  const count = formatNumber(issues.length, language);
  // The API words its summary in Vietnamese; other languages get the interface's own.
  const summary = language === 'vi' && message ? message : texts.summary(count);
  const columns: ExportColumn<InputIssue>[] = [
    { header: texts.file, value: (issue) => issue.file },
    { header: texts.row, value: (issue) => issue.row ?? null, width: 8 },
    { header: texts.column, value: (issue) => issue.column ?? null, width: 14 },
    { header: texts.message, value: (issue) => issue.message, width: 90 },
  ];
  return (
    <section className="panel import-problems" data-testid="import-problems" aria-labelledby="import-problems-title">
      <div className="notice notice--error" role="alert">
        <span id="import-problems-title" data-testid="import-problems-summary">
          {summary}
        </span>
      </div>
      <div className="table-toolbar import-problems__toolbar">
        <ExportButton
          label={texts.download}
          build={() => ({ fileName: exportFileName([texts.filePrefix, fileName.replace(/\.[^.]+$/, '')]), sheets: [buildExportSheet(texts.sheet, columns, issues)] })}
        />
      </div>
      <div className="table-scroller">
        <table className="data-table" data-testid="import-problems-table">
          <caption className="visually-hidden">{texts.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.file}</th>
              <th scope="col">{texts.row}</th>
              <th scope="col">{texts.column}</th>
              <th scope="col">{texts.message}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, index) => (
              <tr key={`${issue.row ?? ''}:${issue.column ?? ''}:${index}`}>
                <td>{issue.file}</td>
                <td className="data-table__number">{issue.row ?? <span className="muted">—</span>}</td>
                <td>{issue.column ? <code>{issue.column}</code> : <span className="muted">—</span>}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The ranking page showing a framework, level and year (the latest with results when no year is known). */
function rankingPath(framework: string, level: UnitLevel | '', year: number | null): string {
  return `${RESULTS_PATH}?${rankingViewParams({ framework: framework || null, level: level || null, year, indicator: 'TOTAL', parent: null })}`;
}
