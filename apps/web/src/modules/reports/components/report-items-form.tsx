import type { PlanTask, ReportDetail, ReportEvidence, ReportItem, TaskProgress } from '@govindex/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../../app/error-notice';
import { ApiError } from '../../../shared/api/api-client';
import { uploadPercent, type UploadProgress } from '../../../shared/api/upload';
import { formatNumber } from '../../../shared/format/format';
import { useSignedInSession } from '../../auth/session';
import { reportsApi } from '../reports-api';
import {
  isWebLink,
  itemsChanged,
  itemValuesOf,
  MAX_EVIDENCE_BYTES,
  reportItemsInput,
  validateItems,
  type ItemErrors,
  type ItemValues,
} from '../state/report-form';
import { useReportsText } from '../use-reports-text';
import { EvidenceFiles, WebLink } from './report-items-view';

const PROGRESS: readonly TaskProgress[] = ['not_started', 'in_progress', 'done'];

/**
 * The commune fills in its report task by task: how far the task went, what it achieved, the KPI value
 * reached, and evidence (files uploaded at once, links saved with the draft). "Lưu nháp" keeps it; "Nộp báo
 * cáo" saves and submits it, after a second click. A stale version (409) is said, with a way to reload.
 */
export function ReportItemsForm({
  report,
  tasks,
  onChanged,
  onReload,
}: {
  report: ReportDetail;
  tasks: ReadonlyMap<number, PlanTask>;
  /** The report as the API now has it (after a save, a submission or an upload). */
  onChanged: (report: ReportDetail, message: string | null) => void;
  onReload: () => void;
}) {
  const { r, language } = useReportsText();
  const texts = r.report;
  const { csrfToken } = useSignedInSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ItemValues[]>(() => itemValuesOf(report, language));
  const [saved, setSaved] = useState<ItemValues[]>(values);
  const [errors, setErrors] = useState<Map<number, ItemErrors>>(new Map());
  const [busy, setBusy] = useState<'saving' | 'submitting' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const stale = failure instanceof ApiError && failure.kind === 'conflict';
  const dirty = itemsChanged(values, saved);

  const update = (taskId: number, change: Partial<ItemValues>) => {
    setValues((previous) => previous.map((item) => (item.taskId === taskId ? { ...item, ...change } : item)));
    setErrors((previous) => {
      if (!previous.has(taskId)) return previous;
      const next = new Map(previous);
      next.delete(taskId);
      return next;
    });
  };

  /** Checks and saves the form; the saved report, or null when something must be put right first. */
  const save = async (): Promise<ReportDetail | null> => {
    const found = validateItems(values, texts.problems);
    setErrors(found);
    if (found.size > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return null;
    }
    const next = await reportsApi.save(report.id, reportItemsInput(values, report.version), csrfToken);
    setSaved(values);
    return next;
  };

  const saveDraft = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setBusy('saving');
    try {
      const next = await save();
      if (next) onChanged(next, texts.saved);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setFailure(null);
    setBusy('submitting');
    try {
      const next = await save();
      if (!next) {
        setConfirming(false);
        return;
      }
      onChanged(await reportsApi.submit(report.id, csrfToken), texts.submitted);
    } catch (error) {
      setFailure(error);
      setConfirming(false);
    } finally {
      setBusy(null);
    }
  };

  const uploaded = async (evidence: ReportEvidence) => {
    // The upload may have moved the report's version on: take the report as it now is, keeping what is typed.
    try {
      onChanged(await reportsApi.get(report.id), texts.items.uploaded(evidence.name));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <form ref={formRef} className="report-form" onSubmit={saveDraft} noValidate aria-labelledby="report-items-title" data-testid="report-form">
      <h2 id="report-items-title" className="panel__title">
        {texts.items.title}
      </h2>
      {report.items.length === 0 && <p className="empty-hint">{texts.items.empty}</p>}
      <ol className="report-items">
        {report.items.map((item, index) => {
          const itemValues = values.find((candidate) => candidate.taskId === item.taskId);
          if (!itemValues) return null;
          return (
            <ItemFields
              key={item.taskId}
              reportId={report.id}
              position={index + 1}
              item={item}
              task={tasks.get(item.taskId)}
              values={itemValues}
              errors={errors.get(item.taskId) ?? {}}
              onChange={(change) => update(item.taskId, change)}
              onUploaded={(evidence) => void uploaded(evidence)}
              language={language}
            />
          );
        })}
      </ol>
      <div className="report-form__footer" data-testid="report-actions">
        {errors.size > 0 && (
          <p className="notice notice--error" role="alert">
            {texts.fixFields}
          </p>
        )}
        {stale ? (
          <div className="notice notice--error" role="alert">
            <span>{texts.stale}</span>
            <button type="button" className="button button--small" onClick={onReload}>
              {texts.reload}
            </button>
          </div>
        ) : (
          failure !== null && <ErrorNotice error={failure} />
        )}
        {confirming ? (
          <div className="notice notice--info report-form__confirm" role="group" aria-label={texts.submit}>
            <span>{texts.confirmSubmit}</span>
            <span className="report-form__buttons">
              <button type="button" className="button" disabled={busy !== null} aria-busy={busy === 'submitting'} onClick={() => void submit()}>
                {busy === 'submitting' ? texts.submitting : report.status === 'returned' ? texts.resubmit : texts.submit}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                {r.periodForm.cancel}
              </button>
            </span>
          </div>
        ) : (
          <div className="form-actions">
            <button type="submit" className="button button--quiet" disabled={busy !== null} aria-busy={busy === 'saving'}>
              {busy === 'saving' ? texts.saving : texts.save}
            </button>
            <button type="button" className="button" disabled={busy !== null || report.items.length === 0} onClick={() => setConfirming(true)}>
              {report.status === 'returned' ? texts.resubmit : texts.submit}
            </button>
            {dirty && (
              <span className="report-form__dirty" role="status">
                {texts.unsaved}
              </span>
            )}
          </div>
        )}
      </div>
    </form>
  );
}

function ItemFields({
  reportId,
  position,
  item,
  task,
  values,
  errors,
  onChange,
  onUploaded,
  language,
}: {
  reportId: number;
  position: number;
  item: ReportItem;
  task: PlanTask | undefined;
  values: ItemValues;
  errors: ItemErrors;
  onChange: (change: Partial<ItemValues>) => void;
  onUploaded: (evidence: ReportEvidence) => void;
  language: 'vi' | 'en';
}) {
  const { r } = useReportsText();
  const texts = r.report.items;
  const { csrfToken } = useSignedInSession();
  const baseId = useId();
  const idOf = (field: string) => `${baseId}-${field}`;
  const [link, setLink] = useState('');
  const [linkError, setLinkError] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<unknown>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const files = item.evidence.filter((evidence) => evidence.kind === 'file');
  const target = task ? task.kpis.map((kpi) => kpi.text).join('; ') || task.product : null;

  const addLink = () => {
    const trimmed = link.trim();
    if (!isWebLink(trimmed)) {
      setLinkError(r.report.problems.linkInvalid);
      return;
    }
    if (!values.links.includes(trimmed)) onChange({ links: [...values.links, trimmed] });
    setLink('');
    setLinkError(null);
  };

  const upload = async () => {
    if (!file) return;
    if (file.size > MAX_EVIDENCE_BYTES) {
      setFileError(r.report.problems.fileTooLarge);
      return;
    }
    setFileError(null);
    setProgress({ loaded: 0, total: file.size });
    try {
      const evidence = await reportsApi.uploadEvidence(reportId, item.taskId, file, csrfToken, setProgress);
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
      onUploaded(evidence);
    } catch (error) {
      setFileError(error);
    } finally {
      setProgress(null);
    }
  };

  const percent = uploadPercent(progress);
  const describedBy = (field: 'result' | 'kpiActual', hint = false) =>
    [hint ? `${idOf(field)}-hint` : null, errors[field] ? `${idOf(field)}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <li className="report-item" data-task-id={item.taskId} data-testid="report-item">
      <fieldset className="report-item__fieldset">
        <legend className="report-item__task">
          <span className="report-item__number">{texts.task(String(position))}</span> {item.task}
        </legend>
        <p className="report-item__meta">
          {item.indicatorCode && (
            <span>
              {texts.indicator}: <span className="overview-code">{item.indicatorCode}</span>
            </span>
          )}
          {target && (
            <span>
              {texts.target}: {target}
            </span>
          )}
          {task && task.timeline.text && (
            <span>
              {texts.timeline}: {task.timeline.text}
            </span>
          )}
        </p>
        <div className="report-item__grid">
          <div className="form-field">
            <label htmlFor={idOf('status')} className="field-label">
              {texts.status}
            </label>
            <select
              id={idOf('status')}
              className="input"
              value={values.status}
              onChange={(event) => onChange({ status: event.target.value as TaskProgress })}
            >
              {PROGRESS.map((progressValue) => (
                <option key={progressValue} value={progressValue}>
                  {r.progress[progressValue]}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={idOf('kpiActual')} className="field-label">
              {texts.kpiActual}
            </label>
            <input
              id={idOf('kpiActual')}
              className="input"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={values.kpiActual}
              aria-invalid={errors.kpiActual ? true : undefined}
              aria-describedby={describedBy('kpiActual', true)}
              onChange={(event) => onChange({ kpiActual: event.target.value })}
            />
            <p id={`${idOf('kpiActual')}-hint`} className="field-hint">
              {texts.kpiHint}
            </p>
            {errors.kpiActual && (
              <p id={`${idOf('kpiActual')}-error`} className="field-error">
                {errors.kpiActual}
              </p>
            )}
          </div>
          <div className="form-field report-item__wide">
            <label htmlFor={idOf('result')} className="field-label">
              {texts.result}
            </label>
            <textarea
              id={idOf('result')}
              className="input report-item__result"
              rows={3}
              value={values.result}
              aria-invalid={errors.result ? true : undefined}
              aria-describedby={describedBy('result')}
              onChange={(event) => onChange({ result: event.target.value })}
            />
            {errors.result && (
              <p id={`${idOf('result')}-error`} className="field-error">
                {errors.result}
              </p>
            )}
          </div>
        </div>
        <div className="report-item__evidence">
          <h3 className="report-item__subheading">{texts.evidence}</h3>
          {files.length === 0 && values.links.length === 0 && <p className="empty-hint">{texts.noEvidence}</p>}
          <EvidenceFiles reportId={reportId} files={files} language={language} />
          {values.links.length > 0 && (
            <ul className="evidence-list">
              {values.links.map((address) => (
                <li key={address} className="evidence-list__item">
                  <WebLink address={address} />
                  <button
                    type="button"
                    className="link-button"
                    aria-label={texts.removeLinkLabel(address)}
                    onClick={() => onChange({ links: values.links.filter((other) => other !== address) })}
                  >
                    {texts.removeLink}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {errors.links && <p className="field-error">{errors.links}</p>}
          <div className="report-item__adders">
            <div className="form-field">
              <label htmlFor={idOf('file')} className="field-label">
                {texts.file}
              </label>
              <span className="report-item__inline">
                <input
                  ref={fileInput}
                  id={idOf('file')}
                  className="input input--file"
                  type="file"
                  aria-describedby={`${idOf('file')}-hint`}
                  onChange={(event) => {
                    setFile(event.target.files?.[0] ?? null);
                    setFileError(null);
                  }}
                />
                <button type="button" className="button button--small" disabled={!file || progress !== null} onClick={() => void upload()}>
                  {progress !== null ? texts.uploading(percent === null ? '…' : formatNumber(percent, language)) : texts.upload}
                </button>
              </span>
              <p id={`${idOf('file')}-hint`} className="field-hint">
                {texts.fileHint}
              </p>
              {fileError !== null &&
                (typeof fileError === 'string' ? <p className="field-error">{fileError}</p> : <ErrorNotice error={fileError} />)}
            </div>
            <div className="form-field">
              <label htmlFor={idOf('link')} className="field-label">
                {texts.link}
              </label>
              <span className="report-item__inline">
                <input
                  id={idOf('link')}
                  className="input"
                  type="url"
                  placeholder="https://"
                  autoComplete="off"
                  value={link}
                  aria-invalid={linkError ? true : undefined}
                  aria-describedby={linkError ? `${idOf('link')}-error` : undefined}
                  onChange={(event) => {
                    setLink(event.target.value);
                    setLinkError(null);
                  }}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      addLink();
                    }
                  }}
                />
                <button type="button" className="button button--small button--quiet" disabled={link.trim() === ''} onClick={addLink}>
                  {texts.addLink}
                </button>
              </span>
              {linkError && (
                <p id={`${idOf('link')}-error`} className="field-error">
                  {linkError}
                </p>
              )}
            </div>
          </div>
        </div>
      </fieldset>
    </li>
  );
}
