import type { FrameworkSummary, PlanParseResponse } from '@govindex/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { describeError } from '../../app/i18n/describe-error';
import { useI18n } from '../../app/i18n/i18n';
import { ApiError } from '../../shared/api/api-client';
import { uploadPercent, type UploadProgress } from '../../shared/api/upload';
import { formatNumber } from '../../shared/format/format';
import { Field } from '../../shared/forms/field';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { useSignedInSession } from '../auth/session';
import { catalogApi } from '../catalog/catalog-api';
import { MAX_UPLOAD_BYTES } from '../results/state/import-form';
import { unitsApi } from '../units/units-api';
import { unitChoiceOfDetail, type UnitChoice } from '../users/state/user-form';
import { PlanForm } from './components/plan-form';
import { plansApi } from './plans-api';
import { PLANS_PATH, planPath, type SavedPlanNote } from './plans-paths';
import { formValuesOfDraft, planInputOf, type PlanFormValues } from './state/plan-form';
import './plans.css';

const DOCUMENT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.md'];

type Stage =
  | { kind: 'choose'; error: string | null }
  | { kind: 'uploading'; progress: UploadProgress | null }
  | { kind: 'failed'; error: unknown }
  | { kind: 'review'; parsed: PlanParseResponse; initial: PlanFormValues };

/** The unit the reader matched, read whole for the picker; what the answer says of it when that fails. */
async function matchedUnitChoice(parsed: PlanParseResponse): Promise<UnitChoice | null> {
  const matched = parsed.matchedUnit;
  if (!matched) return null;
  try {
    return unitChoiceOfDetail(await unitsApi.detail(matched.id));
  } catch {
    return { id: matched.id, fullName: matched.fullName, level: parsed.draft.unit.level ?? 'commune', path: '' };
  }
}

/**
 * "Nhập từ văn bản": a plan document (.docx, .pdf, .txt, .md) is read by the API into a draft, shown for
 * review in the plan form with what the reader was unsure of; it is saved only when the officer confirms.
 */
export function PlanImportPage() {
  const { t } = useI18n();
  const catalog = useApiQuery({ key: 'catalog', load: () => catalogApi.list() });
  return (
    <>
      <title>{`${t.plans.import.pageTitle} — GovIndex`}</title>
      {catalog.status === 'error' ? (
        <ErrorNotice error={catalog.error} onRetry={catalog.retry} />
      ) : catalog.status !== 'success' ? (
        <p className="tree-status">{t.units.tree.loading}</p>
      ) : (
        <PlanImport frameworks={catalog.data.frameworks} />
      )}
    </>
  );
}

function PlanImport({ frameworks }: { frameworks: readonly FrameworkSummary[] }) {
  const { t, language } = useI18n();
  const texts = t.plans.import;
  const { csrfToken } = useSignedInSession();
  const navigate = useNavigate();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'choose', error: null });

  const read = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0] ?? null;
    let problem: string | null = null;
    if (!file) problem = texts.fileRequired;
    else if (!DOCUMENT_EXTENSIONS.some((extension) => file.name.toLowerCase().endsWith(extension))) problem = texts.fileType;
    else if (file.size > MAX_UPLOAD_BYTES) problem = texts.fileTooLarge;
    if (problem || !file) {
      setStage({ kind: 'choose', error: problem });
      fileRef.current?.focus();
      return;
    }
    setStage({ kind: 'uploading', progress: { loaded: 0, total: file.size } });
    try {
      const parsed = await plansApi.parse(file, csrfToken, (progress) => setStage({ kind: 'uploading', progress }));
      const unit = await matchedUnitChoice(parsed);
      setStage({ kind: 'review', parsed, initial: formValuesOfDraft(parsed.draft, unit) });
      window.scrollTo({ top: 0 });
    } catch (error) {
      setStage({ kind: 'failed', error });
    }
  };

  const save = async (values: PlanFormValues) => {
    const created = await plansApi.create(planInputOf(values), csrfToken);
    const note: SavedPlanNote = { saved: 'created' };
    await navigate(planPath(created.id), { state: note });
  };

  if (stage.kind === 'review') {
    const { parsed } = stage;
    const written = parsed.draft.unit.name;
    return (
      <>
        <div className="page-heading">
          <h1>{texts.reviewTitle}</h1>
          <p className="page-heading__intro">{texts.reviewIntro(parsed.fileName)}</p>
        </div>
        <PlanForm initial={stage.initial} frameworks={frameworks} onSubmit={save} onCancel={() => setStage({ kind: 'choose', error: null })}>
          <div className="plan-review-notes" data-testid="plan-review-notes">
            <p className={`notice ${parsed.matchedUnit ? 'notice--info' : 'notice--error'}`} data-testid="plan-review-unit">
              {parsed.matchedUnit && written ? texts.unitMatched(written, parsed.matchedUnit.fullName) : texts.unitUnmatched(written)}
            </p>
            {parsed.draft.warnings.length > 0 && (
              <div className="notice notice--info notice--stacked" data-testid="plan-warnings">
                <p className="notice__title">{texts.warnings}</p>
                <ul className="problem-list">
                  {parsed.draft.warnings.map((warning, index) => (
                    <li key={index}>{warning}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </PlanForm>
      </>
    );
  }

  const uploading = stage.kind === 'uploading';
  const percent = uploading ? uploadPercent(stage.progress) : null;
  const sent = percent !== null && percent >= 100;
  const fileError = stage.kind === 'choose' ? stage.error : null;
  return (
    <>
      <div className="page-heading">
        <h1>{texts.pageTitle}</h1>
        <p className="page-heading__intro">{texts.pageIntro}</p>
      </div>
      <form className="panel plan-import" onSubmit={read} noValidate aria-busy={uploading}>
        <Field id={`${id}-file`} label={texts.file} hint={texts.fileHint} error={fileError ?? undefined}>
          <input
            id={`${id}-file`}
            ref={fileRef}
            className="input input--file"
            type="file"
            accept=".docx,.pdf,.txt,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/plain,text/markdown"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`${id}-file-hint${fileError ? ` ${id}-file-error` : ''}`}
            onChange={() => setStage({ kind: 'choose', error: null })}
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={uploading}>
            {uploading ? texts.submitting : texts.submit}
          </button>
          <Link to={PLANS_PATH} className="button button--quiet">
            {texts.back}
          </Link>
        </div>
        <div aria-live="polite">
          {uploading && (
            <div className="upload-progress" data-testid="upload-progress">
              <label htmlFor={`${id}-progress`} className="field-label">
                {sent ? texts.progress.reading : percent === null ? texts.progress.uploadingUnknown : texts.progress.uploading(formatNumber(percent, language))}
              </label>
              <progress id={`${id}-progress`} max={100} value={sent || percent === null ? undefined : percent} aria-label={texts.progress.label} />
            </div>
          )}
          {stage.kind === 'failed' &&
            (stage.error instanceof ApiError && stage.error.kind === 'bad-request' ? (
              <p className="notice notice--error" role="alert" data-testid="plan-parse-problem">
                {/* The API's sentence, then its details unless they only repeat it (the located problem of the file). */}
                {[...new Set([stage.error.serverMessage ?? describeError(stage.error, t), ...stage.error.details])].join(' ')}
              </p>
            ) : stage.error instanceof ApiError && stage.error.kind === 'too-large' ? (
              <p className="notice notice--error" role="alert">
                {texts.fileTooLarge}
              </p>
            ) : (
              <ErrorNotice error={stage.error} />
            ))}
        </div>
      </form>
    </>
  );
}
