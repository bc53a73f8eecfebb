import type { FrameworkSummary, PlanStatus, PlanTaskDraft } from '@govindex/contracts';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice } from '../../../app/error-notice';
import { describeError } from '../../../app/i18n/describe-error';
import { useI18n } from '../../../app/i18n/i18n';
import type { Messages } from '../../../app/i18n/messages';
import { ApiError } from '../../../shared/api/api-client';
import { formatNumber } from '../../../shared/format/format';
import { Field } from '../../../shared/forms/field';
import { UnitPicker } from '../../users/components/unit-picker';
import {
  DEADLINE_KINDS,
  emptyDeadlineRow,
  emptyReferenceRow,
  emptyTargetRow,
  emptyTaskRow,
  mergeSheetTasks,
  moveRow,
  PLAN_STATUSES,
  planErrorsOfDetails,
  planYearOf,
  TARGET_KINDS,
  validatePlanForm,
  type DeadlineRow,
  type PlanFormErrors,
  type PlanFormValues,
  type ReferenceRow,
  type TargetRow,
  type TaskMerge,
  type TaskRow,
} from '../state/plan-form';
import { TaskSheetImport } from './task-sheet-import';
import { TasksEditor } from './tasks-editor';

export interface PlanFormProps {
  initial: PlanFormValues;
  /** The catalog's frameworks, offered as the plan's indices. */
  frameworks: readonly FrameworkSummary[];
  /** Saves the plan; rejects with the API's error, which the form then shows by the fields it names. */
  onSubmit: (values: PlanFormValues) => Promise<void>;
  onCancel: () => void;
  /** Given when editing a stored plan: a 409 (saved elsewhere since) then offers to load it again. */
  onReload?: () => void;
  /** Shown at the top of the form (the reader's warnings on a review). */
  children?: ReactNode;
}

type Failure = { kind: 'summary'; summary: string; aboutFields: boolean } | { kind: 'stale' } | { kind: 'session'; error: unknown };

/** How a refused save is shown: by the fields the API names where it can, else in one sentence above the form. */
function failureOf(error: unknown, values: PlanFormValues, t: Messages, canReload: boolean): { fields: PlanFormErrors; failure: Failure } {
  if (!(error instanceof ApiError)) return { fields: {}, failure: { kind: 'summary', summary: describeError(error, t), aboutFields: false } };
  if (error.kind === 'unauthorized') return { fields: {}, failure: { kind: 'session', error } };
  if (error.kind === 'conflict' && canReload) return { fields: {}, failure: { kind: 'stale' } };
  if (error.details.length > 0) {
    const { fields, other } = planErrorsOfDetails(error.details, values);
    const summary = other.length > 0 ? other.join(' ') : t.plans.form.fixFields;
    return { fields, failure: { kind: 'summary', summary, aboutFields: other.length === 0 } };
  }
  const summary = error.serverMessage && error.kind !== 'server' ? error.serverMessage : describeError(error, t);
  return { fields: {}, failure: { kind: 'summary', summary, aboutFields: false } };
}

/**
 * The plan form, shared by the review of a document just read, the creation of a plan and its editing:
 * the plan's header, the documents it implements, its goals, its reporting deadlines and its task table
 * (typed, or imported from the Excel template). Checks what it can before sending; nothing is saved before
 * "Lưu kế hoạch".
 */
export function PlanForm({ initial, frameworks, onSubmit, onCancel, onReload, children }: PlanFormProps) {
  const { t, language } = useI18n();
  const texts = t.plans.form;
  const baseId = useId();
  const idOf = useCallback((field: string) => `${baseId}-${field}`, [baseId]);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<PlanFormErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  // Bumped after a refused submit: the effect then moves focus to the first field to correct.
  const [refusals, setRefusals] = useState(0);

  useEffect(() => {
    if (refusals === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? summaryRef.current)?.focus();
  }, [refusals]);

  const clearError = useCallback((field: string) => {
    setErrors((previous) => {
      if (!(field in previous)) return previous;
      const next = { ...previous };
      delete next[field];
      return next;
    });
  }, []);

  const change = <K extends keyof PlanFormValues>(field: K, value: PlanFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    clearError(field);
    // An issued plan needs number and date: a status change may settle both.
    if (field === 'status') {
      clearError('number');
      clearError('issuedOn');
    }
  };

  const changeRow = <L extends 'references' | 'targets' | 'deadlines'>(list: L, key: string, field: string, value: string) => {
    setValues((previous) => ({
      ...previous,
      [list]: (previous[list] as Array<{ key: string }>).map((row) => (row.key === key ? { ...row, [field]: value } : row)),
    }));
    clearError(`${list}.${key}.${field}`);
  };
  const addRow = <L extends 'references' | 'targets' | 'deadlines'>(list: L, row: PlanFormValues[L][number]) =>
    setValues((previous) => ({ ...previous, [list]: [...previous[list], row] }));
  const removeRow = (list: 'references' | 'targets' | 'deadlines', key: string) => {
    setValues((previous) => ({ ...previous, [list]: (previous[list] as Array<{ key: string }>).filter((row) => row.key !== key) }));
    setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([field]) => !field.startsWith(`${list}.${key}.`))));
  };

  // The task table has many rows: its callbacks keep their identity so that unchanged rows do not re-render.
  const changeTask = useCallback(
    (key: string, field: keyof TaskRow, value: string) => {
      setValues((previous) => ({ ...previous, tasks: previous.tasks.map((row) => (row.key === key ? { ...row, [field]: value } : row)) }));
      clearError(`tasks.${key}.${field}`);
    },
    [clearError],
  );
  const moveTask = useCallback((key: string, step: -1 | 1) => setValues((previous) => ({ ...previous, tasks: moveRow(previous.tasks, key, step) })), []);
  const removeTask = useCallback((key: string) => {
    setValues((previous) => ({ ...previous, tasks: previous.tasks.filter((row) => row.key !== key) }));
    setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([field]) => !field.startsWith(`tasks.${key}.`))));
  }, []);
  const addTask = () => {
    const row = emptyTaskRow(values.frameworks.length === 1 ? (values.frameworks[0] ?? '') : '');
    setValues((previous) => ({ ...previous, tasks: [...previous.tasks, row] }));
    // The new row's first field, once it is drawn.
    requestAnimationFrame(() => document.getElementById(idOf(`tasks.${row.key}.dimension`))?.focus());
  };
  const applySheet = (tasks: PlanTaskDraft[], mode: TaskMerge) => {
    setValues((previous) => ({ ...previous, tasks: mergeSheetTasks(previous.tasks, tasks, mode) }));
    setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([field]) => mode === 'append' || !field.startsWith('tasks.'))));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validatePlanForm(values, texts.problems);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setFailure({ kind: 'summary', summary: texts.fixFields, aboutFields: true });
      setRefusals((count) => count + 1);
      return;
    }
    setErrors({});
    setFailure(null);
    setIsSaving(true);
    try {
      await onSubmit(values);
      // Saved: the page moves on to the plan.
    } catch (error) {
      const refused = failureOf(error, values, t, onReload !== undefined);
      setErrors(refused.fields);
      setFailure(refused.failure);
      setIsSaving(false);
      setRefusals((count) => count + 1);
    }
  };

  const describedBy = (field: string, hint = false) =>
    [hint ? `${idOf(field)}-hint` : null, errors[field] ? `${idOf(field)}-error` : null].filter(Boolean).join(' ') || undefined;
  const invalid = (field: string) => (errors[field] ? true : undefined);
  // "Correct the marked fields" goes once every marked field is corrected.
  const showFailure = failure !== null && (failure.kind !== 'summary' || !failure.aboutFields || Object.keys(errors).length > 0);
  const frameworkOptions = [
    ...frameworks.map((framework) => ({ code: framework.code, name: language === 'vi' ? framework.nameVi : framework.nameEn })),
    ...values.frameworks.filter((code) => !frameworks.some((framework) => framework.code === code)).map((code) => ({ code, name: code })),
  ];

  /** A text box of a row of one of the small lists (documents, goals, deadlines). */
  const rowInput = (
    list: 'references' | 'targets' | 'deadlines',
    listName: string,
    row: { key: string },
    position: number,
    field: string,
    label: string,
    value: string,
    extra: { placeholder?: string; inputMode?: 'numeric' } = {},
  ) => {
    const path = `${list}.${row.key}.${field}`;
    return (
      <td>
        <input
          id={idOf(path)}
          className="input input--cell"
          type="text"
          autoComplete="off"
          aria-label={texts.rowField(listName, position, label)}
          value={value}
          aria-invalid={invalid(path)}
          aria-describedby={describedBy(path)}
          onChange={(event) => changeRow(list, row.key, field, event.target.value)}
          {...extra}
        />
        {errors[path] && (
          <p id={`${idOf(path)}-error`} className="field-error">
            {errors[path]}
          </p>
        )}
      </td>
    );
  };
  const removeCell = (list: 'references' | 'targets' | 'deadlines', listName: string, key: string, position: number) => (
    <td className="data-table__actions">
      <button type="button" className="button button--small button--quiet" aria-label={texts.removeLabel(listName, position)} onClick={() => removeRow(list, key)}>
        {texts.remove}
      </button>
    </td>
  );

  return (
    <form ref={formRef} className="plan-form" onSubmit={submit} noValidate aria-describedby={idOf('summary')} data-testid="plan-form">
      {children}
      <div id={idOf('summary')} ref={summaryRef} tabIndex={-1} className="plan-form__summary">
        {showFailure &&
          (failure.kind === 'session' ? (
            <ErrorNotice error={failure.error} />
          ) : failure.kind === 'stale' ? (
            <div className="notice notice--error" role="alert" data-testid="plan-stale">
              <span>{texts.stale}</span>
              {onReload && (
                <button type="button" className="button button--small" onClick={onReload}>
                  {texts.reload}
                </button>
              )}
            </div>
          ) : (
            <p className="notice notice--error" role="alert" data-testid="plan-form-problem">
              {failure.summary}
            </p>
          ))}
      </div>

      <section className="panel plan-form__section" aria-labelledby={idOf('general-title')}>
        <h2 id={idOf('general-title')} className="panel__title">
          {texts.general}
        </h2>
        <UnitPicker
          value={values.unit}
          onChange={(unit) => change('unit', unit)}
          error={errors['unit'] ?? null}
          errorId={`${idOf('unit')}-error`}
          texts={{ legend: texts.unit, empty: texts.unitEmpty, hint: texts.unitHint, searchHint: texts.unitSearchHint }}
        />
        <div className="plan-form__grid">
          <Field id={idOf('year')} label={texts.year} error={errors['year']}>
            <input
              id={idOf('year')}
              className="input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              value={values.year}
              aria-invalid={invalid('year')}
              aria-describedby={describedBy('year')}
              onChange={(event) => change('year', event.target.value)}
            />
          </Field>
          <Field id={idOf('number')} label={texts.number} hint={texts.numberHint} error={errors['number']}>
            <input
              id={idOf('number')}
              className="input"
              type="text"
              autoComplete="off"
              value={values.number}
              aria-invalid={invalid('number')}
              aria-describedby={describedBy('number', true)}
              onChange={(event) => change('number', event.target.value)}
            />
          </Field>
          <Field id={idOf('issuedOn')} label={texts.issuedOn} hint={texts.dateHint} error={errors['issuedOn']}>
            <input
              id={idOf('issuedOn')}
              className="input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              placeholder="dd/mm/yyyy"
              value={values.issuedOn}
              aria-invalid={invalid('issuedOn')}
              aria-describedby={describedBy('issuedOn', true)}
              onChange={(event) => change('issuedOn', event.target.value)}
            />
          </Field>
          <Field id={idOf('signer')} label={texts.signer} error={errors['signer']}>
            <input
              id={idOf('signer')}
              className="input"
              type="text"
              autoComplete="off"
              value={values.signer}
              aria-invalid={invalid('signer')}
              aria-describedby={describedBy('signer')}
              onChange={(event) => change('signer', event.target.value)}
            />
          </Field>
          <Field id={idOf('status')} label={texts.status} error={errors['status']}>
            <select
              id={idOf('status')}
              className="input"
              value={values.status}
              aria-invalid={invalid('status')}
              aria-describedby={describedBy('status')}
              onChange={(event) => change('status', event.target.value as PlanStatus)}
            >
              {PLAN_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t.plans.status[status]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset className="form-field plan-form__frameworks" aria-describedby={errors['frameworks'] ? `${idOf('frameworks')}-error` : undefined}>
          <legend className="field-label">{texts.frameworks}</legend>
          <div className="plan-form__checks">
            {frameworkOptions.map((option) => (
              <label key={option.code} className="checkbox">
                <input
                  type="checkbox"
                  checked={values.frameworks.includes(option.code)}
                  aria-invalid={invalid('frameworks')}
                  onChange={(event) =>
                    change(
                      'frameworks',
                      event.target.checked ? [...values.frameworks, option.code] : values.frameworks.filter((code) => code !== option.code),
                    )
                  }
                />
                <span>{option.name}</span>
              </label>
            ))}
          </div>
          {errors['frameworks'] && (
            <p id={`${idOf('frameworks')}-error`} className="field-error">
              {errors['frameworks']}
            </p>
          )}
        </fieldset>
        {values.sections.length > 0 && <p className="field-hint">{texts.sections(formatNumber(values.sections.length, language))}</p>}
      </section>

      <RowsSection
        id={idOf('references-title')}
        testId="plan-references"
        title={texts.references}
        emptyHint={texts.referencesEmpty}
        isEmpty={values.references.length === 0}
        columns={[texts.referenceNumber, texts.referenceDate, texts.referenceIssuer]}
        actionsLabel={t.plans.tasks.actions}
        addLabel={texts.addReference}
        onAdd={() => addRow('references', emptyReferenceRow())}
      >
        {values.references.map((row: ReferenceRow, index) => (
          <tr key={row.key}>
            {rowInput('references', texts.references, row, index + 1, 'number', texts.referenceNumber, row.number)}
            {rowInput('references', texts.references, row, index + 1, 'date', texts.referenceDate, row.date, {
              placeholder: 'dd/mm/yyyy',
              inputMode: 'numeric',
            })}
            {rowInput('references', texts.references, row, index + 1, 'issuer', texts.referenceIssuer, row.issuer)}
            {removeCell('references', texts.references, row.key, index + 1)}
          </tr>
        ))}
      </RowsSection>

      <RowsSection
        id={idOf('targets-title')}
        testId="plan-targets"
        title={texts.targets}
        emptyHint={texts.targetsEmpty}
        isEmpty={values.targets.length === 0}
        columns={[texts.targetKind, texts.targetText, texts.targetFramework]}
        actionsLabel={t.plans.tasks.actions}
        addLabel={texts.addTarget}
        onAdd={() => addRow('targets', emptyTargetRow(values.frameworks.length === 1 ? (values.frameworks[0] ?? '') : ''))}
      >
        {values.targets.map((row: TargetRow, index) => {
          const textPath = `targets.${row.key}.text`;
          return (
            <tr key={row.key}>
              <td>
                <select
                  className="input input--cell"
                  aria-label={texts.rowField(texts.targets, index + 1, texts.targetKind)}
                  value={row.kind}
                  onChange={(event) => changeRow('targets', row.key, 'kind', event.target.value)}
                >
                  {TARGET_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t.plans.targetKinds[kind]}
                    </option>
                  ))}
                </select>
              </td>
              <td className="plan-rows__wide">
                <textarea
                  id={idOf(textPath)}
                  className="input input--cell plan-textarea"
                  rows={2}
                  aria-label={texts.rowField(texts.targets, index + 1, texts.targetText)}
                  value={row.text}
                  aria-invalid={invalid(textPath)}
                  aria-describedby={describedBy(textPath)}
                  onChange={(event) => changeRow('targets', row.key, 'text', event.target.value)}
                />
                {errors[textPath] && (
                  <p id={`${idOf(textPath)}-error`} className="field-error">
                    {errors[textPath]}
                  </p>
                )}
              </td>
              <td>
                <select
                  className="input input--cell"
                  aria-label={texts.rowField(texts.targets, index + 1, texts.targetFramework)}
                  value={row.framework}
                  onChange={(event) => changeRow('targets', row.key, 'framework', event.target.value)}
                >
                  <option value="">{texts.noFramework}</option>
                  {frameworkOptions.map((option) => (
                    <option key={option.code} value={option.code}>
                      {option.code}
                    </option>
                  ))}
                </select>
              </td>
              {removeCell('targets', texts.targets, row.key, index + 1)}
            </tr>
          );
        })}
      </RowsSection>

      <RowsSection
        id={idOf('deadlines-title')}
        testId="plan-deadlines"
        title={texts.deadlines}
        emptyHint={texts.deadlinesEmpty}
        isEmpty={values.deadlines.length === 0}
        columns={[texts.deadlineKind, texts.deadlineDue, texts.deadlineFrom, texts.deadlineTo]}
        actionsLabel={t.plans.tasks.actions}
        addLabel={texts.addDeadline}
        onAdd={() => addRow('deadlines', emptyDeadlineRow())}
      >
        {values.deadlines.map((row: DeadlineRow, index) => {
          const date = { placeholder: 'dd/mm/yyyy', inputMode: 'numeric' as const };
          return (
            <tr key={row.key}>
              <td>
                <select
                  className="input input--cell"
                  aria-label={texts.rowField(texts.deadlines, index + 1, texts.deadlineKind)}
                  value={row.kind}
                  onChange={(event) => changeRow('deadlines', row.key, 'kind', event.target.value)}
                >
                  {DEADLINE_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t.plans.deadlineKinds[kind]}
                    </option>
                  ))}
                </select>
              </td>
              {rowInput('deadlines', texts.deadlines, row, index + 1, 'due', texts.deadlineDue, row.due, date)}
              {rowInput('deadlines', texts.deadlines, row, index + 1, 'dataFrom', texts.deadlineFrom, row.dataFrom, date)}
              {rowInput('deadlines', texts.deadlines, row, index + 1, 'dataTo', texts.deadlineTo, row.dataTo, date)}
              {removeCell('deadlines', texts.deadlines, row.key, index + 1)}
            </tr>
          );
        })}
      </RowsSection>

      <section className="panel plan-form__section" aria-labelledby={idOf('tasks-title')}>
        <div className="plan-form__tasks-heading">
          <h2 id={idOf('tasks-title')} className="panel__title">
            {t.plans.tasks.heading}
          </h2>
          <p className="table-toolbar__count" data-testid="plan-form-task-count">
            {t.plans.tasks.count(formatNumber(values.tasks.length, language))}
          </p>
        </div>
        <p className="field-hint">{t.plans.tasks.hint}</p>
        <TaskSheetImport year={planYearOf(values)} onApply={applySheet} />
        <TasksEditor
          tasks={values.tasks}
          frameworks={values.frameworks.length > 1 ? values.frameworks : null}
          errors={errors}
          idOf={idOf}
          onChange={changeTask}
          onMove={moveTask}
          onRemove={removeTask}
        />
        <button type="button" className="button button--small button--quiet" onClick={addTask}>
          {t.plans.tasks.add}
        </button>
      </section>

      <div className="form-actions plan-form__actions">
        <button type="submit" className="button" disabled={isSaving}>
          {isSaving ? texts.saving : texts.save}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {texts.cancel}
        </button>
      </div>
    </form>
  );
}

/** A part of the form that is a list of rows (references, targets, deadlines): title, table, and a button to add one. */
function RowsSection({
  id,
  testId,
  title,
  emptyHint,
  isEmpty,
  columns,
  actionsLabel,
  addLabel,
  onAdd,
  children,
}: {
  id: string;
  testId: string;
  title: string;
  emptyHint: string;
  isEmpty: boolean;
  columns: readonly string[];
  actionsLabel: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <section className="panel plan-form__section" aria-labelledby={id} data-testid={testId}>
      <h2 id={id} className="panel__title">
        {title}
      </h2>
      {isEmpty ? (
        <p className="empty-hint">{emptyHint}</p>
      ) : (
        <div className="table-scroller">
          <table className="data-table plan-rows">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{actionsLabel}</span>
                </th>
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
      <button type="button" className="button button--small button--quiet" onClick={onAdd}>
        {addLabel}
      </button>
    </section>
  );
}
