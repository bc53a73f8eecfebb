import type { ReportingPeriod, ReportingPeriodKind } from '@govindex/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../../app/error-notice';
import { useSignedInSession } from '../../auth/session';
import { Field } from '../../../shared/forms/field';
import { reportsApi } from '../reports-api';
import {
  changeKind,
  initialPeriodValues,
  periodInput,
  validatePeriodForm,
  type PeriodField,
  type PeriodFieldErrors,
  type PeriodFormValues,
} from '../state/period-form';
import { useReportsText } from '../use-reports-text';

const KINDS: readonly ReportingPeriodKind[] = ['half_year', 'annual', 'other'];

/** Sets a reporting period for the communes of `unitId`: kind, title, due date and the window of the data. */
export function PeriodForm({
  unitId,
  year,
  onCreated,
  onCancel,
}: {
  unitId: number;
  year: number;
  onCreated: (period: ReportingPeriod) => void;
  onCancel: () => void;
}) {
  const { r } = useReportsText();
  const texts = r.periodForm;
  const { csrfToken } = useSignedInSession();
  const baseId = useId();
  const idOf = (field: PeriodField | 'kind') => `${baseId}-${field}`;
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<PeriodFormValues>(() => initialPeriodValues('half_year', year, texts.defaultTitle));
  const [errors, setErrors] = useState<PeriodFieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const change = (field: PeriodField, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value, ...(field === 'title' ? { titleEdited: true } : {}) }));
    setErrors((previous) => {
      const next = { ...previous };
      delete next[field];
      return next;
    });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validatePeriodForm(values, texts.problems);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setSaving(true);
    try {
      const created = await reportsApi.createPeriod(periodInput(values, unitId, year), csrfToken);
      onCreated(created);
    } catch (error) {
      setFailure(error);
      setSaving(false);
    }
  };

  const dateField = (field: 'dueOn' | 'dataFrom' | 'dataTo', label: string) => (
    <Field id={idOf(field)} label={label} hint={texts.dateHint} error={errors[field]}>
      <input
        id={idOf(field)}
        className="input"
        type="text"
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        autoComplete="off"
        value={values[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={[`${idOf(field)}-hint`, errors[field] ? `${idOf(field)}-error` : null].filter(Boolean).join(' ')}
        onChange={(event) => change(field, event.target.value)}
      />
    </Field>
  );

  return (
    <form ref={formRef} className="period-form" onSubmit={submit} noValidate aria-labelledby={`${baseId}-heading`} data-testid="period-form">
      <h3 id={`${baseId}-heading`} className="period-form__title">
        {texts.title} — {year}
      </h3>
      {failure !== null && <ErrorNotice error={failure} />}
      {Object.keys(errors).length > 0 && (
        <p className="notice notice--error" role="alert">
          {texts.fixFields}
        </p>
      )}
      <div className="period-form__grid">
        <Field id={idOf('kind')} label={texts.kind}>
          <select
            id={idOf('kind')}
            className="input"
            value={values.kind}
            onChange={(event) => setValues((previous) => changeKind(previous, event.target.value as ReportingPeriodKind, year, texts.defaultTitle))}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {r.kinds[kind]}
              </option>
            ))}
          </select>
        </Field>
        <div className="period-form__wide">
          <Field id={idOf('title')} label={texts.name} error={errors.title}>
            <input
              id={idOf('title')}
              className="input"
              type="text"
              autoComplete="off"
              value={values.title}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={errors.title ? `${idOf('title')}-error` : undefined}
              onChange={(event) => change('title', event.target.value)}
            />
          </Field>
        </div>
        {dateField('dueOn', texts.dueOn)}
        {dateField('dataFrom', texts.dataFrom)}
        {dateField('dataTo', texts.dataTo)}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving} aria-busy={saving}>
          {saving ? texts.submitting : texts.submit}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {texts.cancel}
        </button>
      </div>
    </form>
  );
}
