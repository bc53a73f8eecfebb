import type { InputIssue, PlanTaskDraft } from '@govindex/contracts';
import { useId, useRef, useState } from 'react';
import { ErrorNotice } from '../../../app/error-notice';
import { useI18n } from '../../../app/i18n/i18n';
import { ApiError } from '../../../shared/api/api-client';
import { formatNumber } from '../../../shared/format/format';
import { useSignedInSession } from '../../auth/session';
import { sortIssues } from '../../results/state/import-form';
import { plansApi, TASK_TEMPLATE_URL } from '../plans-api';
import type { TaskMerge } from '../state/plan-form';
import { IssuesTable } from './issues-table';

type SheetState =
  | { kind: 'none' }
  | { kind: 'reading' }
  | { kind: 'read'; tasks: PlanTaskDraft[]; issues: InputIssue[] }
  | { kind: 'applied'; mode: TaskMerge; count: number }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; error: unknown };

const SHEET_EXTENSIONS = ['.xlsx', '.csv'];

export interface TaskSheetImportProps {
  /** The plan's year, for quarters written without one ("Quý II"). */
  year: number | null;
  /** Puts the tasks read from the sheet in the form: in place of its tasks, or after them. */
  onApply: (tasks: PlanTaskDraft[], mode: TaskMerge) => void;
}

/**
 * "Nhập bảng nhiệm vụ từ Excel": the template to download, and a filled one read back by the API. What was
 * read is shown (with the problems of its rows) before it replaces or extends the task table of the form.
 */
export function TaskSheetImport({ year, onApply }: TaskSheetImportProps) {
  const { t, language } = useI18n();
  const texts = t.plans.sheet;
  const { csrfToken } = useSignedInSession();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [state, setState] = useState<SheetState>({ kind: 'none' });
  const count = (value: number) => formatNumber(value, language);

  const read = async () => {
    const file = fileRef.current?.files?.[0] ?? null;
    if (!file) return setFileError(texts.fileRequired);
    if (!SHEET_EXTENSIONS.some((extension) => file.name.toLowerCase().endsWith(extension))) return setFileError(texts.fileType);
    setFileError(null);
    setState({ kind: 'reading' });
    try {
      const answer = await plansApi.readTaskSheet(file, year, csrfToken);
      setState({ kind: 'read', tasks: answer.tasks, issues: sortIssues(answer.issues) });
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) setState({ kind: 'read', tasks: [], issues: sortIssues(error.issues) });
      else if (error instanceof ApiError && error.kind === 'bad-request' && error.serverMessage)
        setState({ kind: 'refused', message: [...new Set([error.serverMessage, ...error.details])].join(' ') });
      else setState({ kind: 'failed', error });
    }
  };

  const apply = (tasks: PlanTaskDraft[], mode: TaskMerge) => {
    onApply(tasks, mode);
    setState({ kind: 'applied', mode, count: tasks.length });
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <fieldset className="form-field task-sheet" data-testid="task-sheet">
      <legend className="field-label">{texts.heading}</legend>
      <p className="field-hint">{texts.hint}</p>
      <div className="task-sheet__row">
        <a className="button button--quiet button--small" href={TASK_TEMPLATE_URL} download>
          {texts.template}
        </a>
        <div className="form-field task-sheet__file">
          <label htmlFor={`${id}-file`} className="field-label">
            {texts.file}
          </label>
          <input
            id={`${id}-file`}
            ref={fileRef}
            className="input input--file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`${id}-hint${fileError ? ` ${id}-error` : ''}`}
            onChange={() => {
              setFileError(null);
              if (state.kind !== 'reading') setState({ kind: 'none' });
            }}
          />
          <p id={`${id}-hint`} className="field-hint">
            {texts.fileHint}
          </p>
          {fileError && (
            <p id={`${id}-error`} className="field-error">
              {fileError}
            </p>
          )}
        </div>
        <button type="button" className="button button--small" onClick={() => void read()} disabled={state.kind === 'reading'}>
          {state.kind === 'reading' ? texts.reading : texts.read}
        </button>
      </div>
      <div aria-live="polite" className="task-sheet__outcome">
        {state.kind === 'read' && (
          <div className="task-sheet__result" data-testid="task-sheet-result">
            <p className={`notice ${state.issues.length > 0 ? 'notice--error' : 'notice--success'}`}>
              <span>{state.issues.length > 0 ? texts.issues(count(state.issues.length)) : texts.found(count(state.tasks.length))}</span>
            </p>
            {state.issues.length > 0 && (
              <IssuesTable issues={state.issues} caption={texts.caption} labels={texts} testId="task-sheet-issues" />
            )}
            <div className="form-actions">
              <button type="button" className="button button--small" disabled={state.tasks.length === 0} onClick={() => apply(state.tasks, 'replace')}>
                {texts.replace}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                disabled={state.tasks.length === 0}
                onClick={() => apply(state.tasks, 'append')}
              >
                {texts.append}
              </button>
              <button type="button" className="button button--small button--quiet" onClick={() => setState({ kind: 'none' })}>
                {texts.dismiss}
              </button>
            </div>
          </div>
        )}
        {state.kind === 'applied' && (
          <p className="notice notice--success" role="status">
            {state.mode === 'replace' ? texts.replaced(count(state.count)) : texts.appended(count(state.count))}
          </p>
        )}
        {state.kind === 'refused' && (
          <p className="notice notice--error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === 'failed' && <ErrorNotice error={state.error} />}
      </div>
    </fieldset>
  );
}
