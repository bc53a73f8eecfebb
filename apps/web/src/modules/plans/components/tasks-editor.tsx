import { memo } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { PlanFormErrors, TaskRow } from '../state/plan-form';

export interface TasksEditorProps {
  tasks: readonly TaskRow[];
  /** The plan's frameworks when it has several (each task then says which); null for one. */
  frameworks: readonly string[] | null;
  errors: PlanFormErrors;
  idOf: (field: string) => string;
  onChange: (key: string, field: keyof TaskRow, value: string) => void;
  onMove: (key: string, step: -1 | 1) => void;
  onRemove: (key: string) => void;
}

type TextField = 'dimension' | 'subDimension' | 'task' | 'product' | 'lead' | 'implementers' | 'timeline';

/** Every cell is a text box that grows with its text: plans write long tasks, and names of several units. */
const COLUMNS: readonly TextField[] = ['dimension', 'subDimension', 'task', 'product', 'lead', 'implementers', 'timeline'];

/** The task table of the form, one row per task, every cell editable; rows move up and down and go. */
export function TasksEditor({ tasks, frameworks, errors, idOf, onChange, onMove, onRemove }: TasksEditorProps) {
  const { t } = useI18n();
  const texts = t.plans.tasks;
  if (tasks.length === 0) return <p className="empty-hint">{texts.empty}</p>;
  return (
    <div className="table-scroller plan-tasks-editor">
      <table className="data-table plan-rows" data-testid="plan-tasks-editor">
        <caption className="visually-hidden">{texts.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.position}</th>
            {frameworks && <th scope="col">{texts.framework}</th>}
            {COLUMNS.map((field) => (
              <th key={field} scope="col" className={`plan-tasks-editor__${field}`}>
                {texts[field]}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{texts.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((row, index) => (
            <TaskRowEditor
              key={row.key}
              row={row}
              position={index + 1}
              isLast={index === tasks.length - 1}
              frameworks={frameworks}
              errors={errors}
              idOf={idOf}
              onChange={onChange}
              onMove={onMove}
              onRemove={onRemove}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface TaskRowEditorProps extends Omit<TasksEditorProps, 'tasks'> {
  row: TaskRow;
  position: number;
  isLast: boolean;
}

const TaskRowEditor = memo(function TaskRowEditor({ row, position, isLast, frameworks, errors, idOf, onChange, onMove, onRemove }: TaskRowEditorProps) {
  const { t } = useI18n();
  const texts = t.plans.tasks;
  const rowName = texts.rowName(position);
  return (
    <tr data-testid="plan-task-row">
      <th scope="row" className="data-table__number">
        {position}
      </th>
      {frameworks && (
        <td>
          <select
            className="input input--cell"
            aria-label={`${rowName} — ${texts.framework}`}
            value={row.framework}
            onChange={(event) => onChange(row.key, 'framework', event.target.value)}
          >
            <option value="">—</option>
            {[...frameworks, ...(row.framework && !frameworks.includes(row.framework) ? [row.framework] : [])].map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </td>
      )}
      {COLUMNS.map((field) => {
        const path = `tasks.${row.key}.${field}`;
        const error = errors[path];
        return (
          <td key={field} className={`plan-tasks-editor__${field}`}>
            <textarea
              id={idOf(path)}
              className="input input--cell plan-textarea"
              rows={1}
              aria-label={`${rowName} — ${texts[field]}`}
              value={row[field]}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${idOf(path)}-error` : undefined}
              onChange={(event) => onChange(row.key, field, event.target.value)}
            />
            {error && (
              <p id={`${idOf(path)}-error`} className="field-error">
                {error}
              </p>
            )}
          </td>
        );
      })}
      <td className="data-table__actions plan-tasks-editor__actions">
        <button type="button" className="button button--small button--quiet" disabled={position === 1} aria-label={`${texts.moveUp}: ${rowName}`} title={texts.moveUp} onClick={() => onMove(row.key, -1)}>
          ↑
        </button>
        <button type="button" className="button button--small button--quiet" disabled={isLast} aria-label={`${texts.moveDown}: ${rowName}`} title={texts.moveDown} onClick={() => onMove(row.key, 1)}>
          ↓
        </button>
        <button type="button" className="button button--small button--quiet" aria-label={t.plans.form.removeLabel(texts.task, position)} onClick={() => onRemove(row.key)}>
          {t.plans.form.remove}
        </button>
      </td>
    </tr>
  );
});
