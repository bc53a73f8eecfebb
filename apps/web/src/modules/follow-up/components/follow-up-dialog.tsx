import type { FollowUpItem } from '@govindex/contracts';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../../app/error-notice';
import { formatDate, todayIsoDate } from '../../../shared/format/format';
import { useSignedInSession } from '../../auth/session';
import { isoDateOfVietnamese } from '../../results/state/import-form';
import { followUpApi } from '../follow-up-api';
import { followUpInput, type FollowUpDraft } from '../state/alignment';
import { MAX_RESPONSE_LENGTH } from '../state/follow-up-list';
import { useFollowUpText } from '../use-follow-up-text';

/**
 * A small modal to send a follow-up request: the unit and the reason as found, the request and its due
 * date (15 days by default) editable. Escape or "Huỷ" closes it without sending anything.
 */
export function FollowUpDialog({
  draft,
  onClose,
  onCreated,
}: {
  draft: FollowUpDraft;
  onClose: () => void;
  onCreated: (item: FollowUpItem) => void;
}) {
  const { f } = useFollowUpText();
  const texts = f.dialog;
  const { csrfToken } = useSignedInSession();
  const baseId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [action, setAction] = useState(draft.actionRequested);
  const [dueOn, setDueOn] = useState(formatDate(draft.dueOn));
  const [errors, setErrors] = useState<{ action?: string; dueOn?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: { action?: string; dueOn?: string } = {};
    const trimmed = action.trim();
    if (!trimmed) found.action = texts.actionRequired;
    else if (trimmed.length > MAX_RESPONSE_LENGTH) found.action = texts.tooLong(MAX_RESPONSE_LENGTH);
    const due = isoDateOfVietnamese(dueOn);
    if (!due) found.dueOn = texts.dueInvalid;
    else if (due < todayIsoDate()) found.dueOn = texts.duePast;
    setErrors(found);
    if (Object.keys(found).length > 0 || !due) return;
    setSaving(true);
    setFailure(null);
    try {
      onCreated(await followUpApi.create(followUpInput(draft, trimmed, due), csrfToken));
    } catch (error) {
      setFailure(error);
      setSaving(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="follow-up-dialog"
      aria-labelledby={`${baseId}-title`}
      data-testid="follow-up-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form className="follow-up-dialog__form" onSubmit={submit} noValidate>
        <h2 id={`${baseId}-title`} className="panel__title">
          {texts.title}
        </h2>
        <dl className="facts follow-up-dialog__facts">
          <div className="facts__row">
            <dt>{texts.unit}</dt>
            <dd>{draft.unit.fullName}</dd>
          </div>
          <div className="facts__row">
            <dt>{texts.reason}</dt>
            <dd>
              <span className="badge">{f.reasonKinds[draft.reasonKind]}</span> {draft.reason}
            </dd>
          </div>
        </dl>
        {failure !== null && <ErrorNotice error={failure} />}
        <div className="form-field">
          <label htmlFor={`${baseId}-action`} className="field-label">
            {texts.action}
          </label>
          <textarea
            id={`${baseId}-action`}
            className="input"
            rows={4}
            value={action}
            aria-invalid={errors.action ? true : undefined}
            aria-describedby={errors.action ? `${baseId}-action-error` : undefined}
            onChange={(event) => setAction(event.target.value)}
          />
          {errors.action && (
            <p id={`${baseId}-action-error`} className="field-error">
              {errors.action}
            </p>
          )}
        </div>
        <div className="form-field follow-up-dialog__due">
          <label htmlFor={`${baseId}-due`} className="field-label">
            {texts.dueOn}
          </label>
          <input
            id={`${baseId}-due`}
            className="input"
            type="text"
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            autoComplete="off"
            value={dueOn}
            aria-invalid={errors.dueOn ? true : undefined}
            aria-describedby={[`${baseId}-due-hint`, errors.dueOn ? `${baseId}-due-error` : null].filter(Boolean).join(' ')}
            onChange={(event) => setDueOn(event.target.value)}
          />
          <p id={`${baseId}-due-hint`} className="field-hint">
            {texts.dateHint}
          </p>
          {errors.dueOn && (
            <p id={`${baseId}-due-error`} className="field-error">
              {errors.dueOn}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={saving} aria-busy={saving}>
            {saving ? texts.submitting : texts.submit}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {texts.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
