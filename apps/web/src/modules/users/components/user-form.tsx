import { ROLES, type Role } from '@govindex/contracts';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../../app/error-notice';
import { useI18n } from '../../../app/i18n/i18n';
import { ApiError } from '../../../shared/api/api-client';
import { Field } from '../../../shared/forms/field';
import {
  MIN_PASSWORD_LENGTH,
  needsUnit,
  placementProblem,
  saveFailureOf,
  validateUserForm,
  type FieldErrors,
  type UserFormField,
  type UserFormValues,
} from '../state/user-form';
import { UnitPicker } from './unit-picker';

export type SaveOutcome = 'saved' | 'unchanged';

export interface UserFormProps {
  mode: 'create' | 'edit';
  initial: UserFormValues;
  /** The administrator is editing their own account: role and status stay as they are. */
  isSelf?: boolean;
  /** Saves the values; rejects with the API's error, which the form then shows field by field. */
  onSubmit: (values: UserFormValues) => Promise<SaveOutcome>;
  onCancel: () => void;
}

/**
 * Creates a user or edits one. Checks what it can before sending (required fields, the 10-character
 * password, the role-and-unit rule of the domain), then shows what the API refuses next to the field it names.
 */
export function UserForm({ mode, initial, isSelf = false, onSubmit, onCancel }: UserFormProps) {
  const { t } = useI18n();
  const texts = t.users.form;
  const baseId = useId();
  const idOf = (field: UserFormField | 'summary') => `${baseId}-${field}`;
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  /** Why the last submit was refused; `aboutFields` when only the marked fields are the matter. */
  const [failure, setFailure] = useState<{ summary: string | null; error: unknown; aboutFields: boolean } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  // Bumped after a refused submit: the effect then moves focus to the first field to correct.
  const [refusals, setRefusals] = useState(0);

  useEffect(() => {
    if (refusals === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? summaryRef.current)?.focus();
  }, [refusals]);

  const change = <K extends keyof UserFormValues>(field: K, value: UserFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setNotice(null);
    const errorField: UserFormField = field === 'unit' ? 'unitId' : (field as UserFormField);
    setErrors((previous) => {
      const next = { ...previous };
      delete next[errorField];
      // A new role may fit the chosen unit: the rule is checked again below, live.
      if (field === 'role') delete next.unitId;
      return next;
    });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const found = validateUserForm(values, mode, texts.problems);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setFailure({ summary: texts.fixFields, error: null, aboutFields: true });
      setRefusals((count) => count + 1);
      return;
    }
    setErrors({});
    setFailure(null);
    setIsSaving(true);
    try {
      const outcome = await onSubmit(values);
      // Once saved, the page moves on; an edit that changed nothing stays, and says so.
      if (outcome === 'unchanged') setNotice(texts.nothingChanged);
      setIsSaving(false);
    } catch (error) {
      const { fields, summary } = saveFailureOf(error, t);
      setErrors(fields);
      setFailure({ summary, error, aboutFields: summary === texts.fixFields });
      setIsSaving(false);
      setRefusals((count) => count + 1);
    }
  };

  const livePlacement = needsUnit(values.role) ? placementProblem(values, texts.problems) : null;
  const unitError = errors.unitId ?? livePlacement;
  const sessionEnded = failure?.error instanceof ApiError && failure.error.kind === 'unauthorized';
  // "Correct the marked fields" goes once every marked field is corrected.
  const showSummary = failure !== null && (!failure.aboutFields || Object.keys(errors).length > 0);

  const describedBy = (field: UserFormField, hint?: boolean) =>
    [hint ? `${idOf(field)}-hint` : null, errors[field] ? `${idOf(field)}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form ref={formRef} className="panel user-form" onSubmit={submit} noValidate aria-describedby={idOf('summary')}>
      <div id={idOf('summary')} ref={summaryRef} tabIndex={-1} className="user-form__summary">
        {showSummary &&
          (sessionEnded ? (
            <ErrorNotice error={failure.error} />
          ) : (
            failure.summary && (
              <p className="notice notice--error" role="alert">
                {failure.summary}
              </p>
            )
          ))}
        {notice && (
          <p className="notice notice--info" role="status">
            {notice}
          </p>
        )}
      </div>

      <Field id={idOf('email')} label={texts.email} error={errors.email} hint={mode === 'edit' ? texts.emailFixed : undefined}>
        <input
          id={idOf('email')}
          className="input"
          type="email"
          name="email"
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          readOnly={mode === 'edit'}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('email', mode === 'edit')}
          onChange={(event) => change('email', event.target.value)}
        />
      </Field>

      <Field id={idOf('displayName')} label={texts.displayName} error={errors.displayName}>
        <input
          id={idOf('displayName')}
          className="input"
          type="text"
          name="displayName"
          autoComplete="off"
          value={values.displayName}
          aria-invalid={errors.displayName ? true : undefined}
          aria-describedby={describedBy('displayName')}
          onChange={(event) => change('displayName', event.target.value)}
        />
      </Field>

      <Field id={idOf('role')} label={texts.role} error={errors.role} hint={isSelf ? texts.selfNote : undefined}>
        <select
          id={idOf('role')}
          className="input"
          name="role"
          value={values.role}
          disabled={isSelf}
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={describedBy('role', isSelf)}
          onChange={(event) => change('role', event.target.value as Role | '')}
        >
          <option value="" disabled>
            {texts.rolePlaceholder}
          </option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t.roles[role]}
            </option>
          ))}
        </select>
      </Field>

      {needsUnit(values.role) ? (
        <UnitPicker value={values.unit} onChange={(unit) => change('unit', unit)} error={unitError} errorId={`${idOf('unitId')}-error`} />
      ) : (
        <div className="form-field">
          <p className="field-label">{texts.unit}</p>
          <p className="field-hint">{texts.unitNone}</p>
        </div>
      )}

      <Field
        id={idOf('password')}
        label={mode === 'create' ? texts.password : texts.newPassword}
        error={errors.password}
        hint={mode === 'create' ? texts.passwordHint(MIN_PASSWORD_LENGTH) : texts.newPasswordHint(MIN_PASSWORD_LENGTH)}
      >
        <input
          id={idOf('password')}
          className="input"
          type="password"
          name="password"
          autoComplete="new-password"
          value={values.password}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy('password', true)}
          onChange={(event) => change('password', event.target.value)}
        />
      </Field>

      {mode === 'edit' && (
        <div className="form-field">
          <label className="checkbox">
            <input
              type="checkbox"
              name="active"
              checked={values.active}
              disabled={isSelf}
              aria-describedby={`${idOf('active')}-hint`}
              onChange={(event) => change('active', event.target.checked)}
            />
            <span>{texts.active}</span>
          </label>
          <p id={`${idOf('active')}-hint`} className="field-hint">
            {isSelf ? texts.selfNote : texts.activeHint}
          </p>
          {errors.active && <p className="field-error">{errors.active}</p>}
        </div>
      )}

      {mode === 'edit' && <p className="notice notice--info">{texts.sessionsNote}</p>}

      <div className="form-actions">
        <button type="submit" className="button" disabled={isSaving}>
          {isSaving ? texts.saving : mode === 'create' ? texts.submitCreate : texts.submitEdit}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {texts.cancel}
        </button>
      </div>
    </form>
  );
}
