import type { FrameworkVersionDetail } from '@govindex/contracts';
import type { Aggregation } from '@govindex/domain';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { describeError } from '../../app/i18n/describe-error';
import { useI18n } from '../../app/i18n/i18n';
import { ApiError } from '../../shared/api/api-client';
import { formatNumber, type Language } from '../../shared/format/format';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { useSignedInSession } from '../auth/session';
import { catalogApi } from './catalog-api';
import { catalogVersionPath, idParam, type SavedVersionNote } from './catalog-paths';
import { definitionOfDetail } from './state/catalog';
import {
  addChild,
  addGrade,
  boundsOf,
  definitionOfDraft,
  draftOfDefinition,
  flattenDraft,
  isComputed,
  issuePlace,
  issuesAt,
  locateIssues,
  removeGrade,
  removeNode,
  updateGrade,
  updateNode,
  withoutIssuesAt,
  type DraftNode,
  type GradeField,
  type LocatedIssue,
  type NodeField,
  type VersionDraft,
  type VersionField,
} from './state/version-draft';

/** Creates the caller's province's commune-level version from a national one, or edits the province's own. */
export function ProvinceVersionPage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const from = idParam(searchParams.get('from'));
  const base = useApiQuery(from === null ? null : { key: `version:${from}`, load: () => catalogApi.version(from) });
  const session = useSignedInSession();
  const isOwn = base.status === 'success' && base.data.ownerProvinceId !== null && base.data.ownerProvinceId === session.user.unitId;
  const heading = isOwn ? t.catalog.editor.titleEdit : t.catalog.editor.titleCreate;

  let body: ReactNode;
  if (from === null) body = <p className="notice notice--error">{t.catalog.editor.noBase}</p>;
  else if (base.status === 'error') body = <ErrorNotice error={base.error} onRetry={base.retry} />;
  else if (base.status !== 'success') body = <p className="tree-status">{t.units.tree.loading}</p>;
  else if (base.data.level !== 'commune') body = <p className="notice notice--error">{t.catalog.editor.communeOnly}</p>;
  else body = <VersionEditor key={base.data.id} base={base.data} isOwn={isOwn} />;

  return (
    <>
      <title>{`${heading} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{heading}</h1>
        <p className="page-heading__intro">
          {base.status === 'success' ? t.catalog.editor.intro(base.data.label, session.user.unitName ?? '') : t.catalog.editor.introShort}
        </p>
      </div>
      {body}
    </>
  );
}

function initialDraft(base: FrameworkVersionDetail, isOwn: boolean, provinceName: string, language: Language): VersionDraft {
  const draft = draftOfDefinition(definitionOfDetail(base), language === 'vi');
  if (isOwn) return draft;
  // A new version of the province: named after it, starting next year, open-ended.
  return {
    ...draft,
    label: `${base.label} — ${provinceName}`,
    firstYear: String(new Date().getFullYear() + 1),
    lastYear: '',
    level: 'commune',
  };
}

const AGGREGATIONS: readonly Aggregation[] = ['sum', 'mean', 'weighted_mean', 'none'];

function VersionEditor({ base, isOwn }: { base: FrameworkVersionDetail; isOwn: boolean }) {
  const { t, language } = useI18n();
  const texts = t.catalog.editor;
  const session = useSignedInSession();
  const navigate = useNavigate();
  const baseId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState(() => initialDraft(base, isOwn, session.user.unitName ?? '', language));
  const [issues, setIssues] = useState<LocatedIssue[]>([]);
  const [failure, setFailure] = useState<{ message: string; error: unknown } | null>(null);
  const [saving, setSaving] = useState(false);
  const [refusals, setRefusals] = useState(0);

  useEffect(() => {
    if (refusals > 0) summaryRef.current?.focus();
  }, [refusals]);

  const number = (value: number) => formatNumber(value, language);
  const rows = flattenDraft(draft.total);

  const editVersion = (field: VersionField, patch: Partial<VersionDraft>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    setIssues((previous) => withoutIssuesAt(previous, 'version', field));
  };
  const editNode = (node: DraftNode, field: NodeField, patch: Partial<DraftNode>) => {
    setDraft((previous) => updateNode(previous, node.key, patch));
    // A changed bound may settle its parent's problem too: the parent's range follows from it.
    setIssues((previous) => withoutIssuesAt(previous, 'node', node.key, field));
  };
  const editGrade = (key: string, field: GradeField, patch: Partial<Record<GradeField, string>>) => {
    setDraft((previous) => updateGrade(previous, key, patch));
    setIssues((previous) => withoutIssuesAt(previous, 'grade', key, field));
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    setFailure(null);
    const sent = draft;
    try {
      const saved = await catalogApi.saveProvinceVersion(base.frameworkCode, definitionOfDraft(sent), session.csrfToken);
      const note: SavedVersionNote = { savedVersion: { id: saved.id, label: saved.label, created: !(isOwn && saved.id === base.id) } };
      await navigate(catalogVersionPath(saved.id), { state: note });
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiError && error.issues.length > 0) {
        setIssues(locateIssues(error.issues, sent));
        setFailure({ message: texts.rejected, error });
      } else {
        setIssues([]);
        const known = error instanceof ApiError && (error.kind === 'bad-request' || error.kind === 'conflict') ? error.serverMessage : null;
        setFailure({ message: known ?? describeError(error, t), error });
      }
      setRefusals((count) => count + 1);
    }
  };

  const wording = texts.places;
  const fieldId = (scope: string, key: string, field: string) => `${baseId}-${scope}-${key}-${field}`;
  const errorsOf = (messages: string[], id: string) =>
    messages.length === 0 ? null : (
      <div id={`${id}-error`} className="field-error-list">
        {messages.map((message) => (
          <p key={message} className="field-error">
            {message}
          </p>
        ))}
      </div>
    );

  const versionField = (field: 'label' | 'firstYear' | 'lastYear' | 'source', label: string, hint?: string) => {
    const id = fieldId('version', 'v', field);
    const messages = issuesAt(issues, 'version', field);
    const describedBy = [hint ? `${id}-hint` : '', messages.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className={`form-field version-editor__${field}`}>
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {field === 'source' ? (
          <textarea
            id={id}
            className="input"
            rows={3}
            value={draft.source}
            aria-invalid={messages.length > 0 ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => editVersion(field, { source: event.target.value })}
          />
        ) : (
          <input
            id={id}
            className="input"
            type="text"
            inputMode={field === 'firstYear' || field === 'lastYear' ? 'numeric' : undefined}
            autoComplete="off"
            value={draft[field]}
            aria-invalid={messages.length > 0 ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => editVersion(field, { [field]: event.target.value })}
          />
        )}
        {hint && (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        )}
        {errorsOf(messages, id)}
      </div>
    );
  };

  const nodeInput = (node: DraftNode, field: 'code' | 'nameVi' | 'nameEn' | 'min' | 'max' | 'weight', column: string, readOnly = false) => {
    const id = fieldId('node', node.key, field);
    const messages = issuesAt(issues, 'node', node.key, field);
    return (
      <>
        <input
          id={id}
          className={`input input--cell input--${field}`}
          type="text"
          inputMode={field === 'min' || field === 'max' || field === 'weight' ? 'decimal' : undefined}
          autoComplete="off"
          spellCheck={field === 'nameVi' || field === 'nameEn'}
          value={node[field]}
          readOnly={readOnly}
          aria-label={`${node.code || '?'} — ${column}`}
          aria-invalid={messages.length > 0 ? true : undefined}
          aria-describedby={messages.length > 0 ? `${id}-error` : undefined}
          onChange={(event) => editNode(node, field, { [field]: event.target.value })}
        />
        {errorsOf(messages, id)}
      </>
    );
  };

  const problemList = issues.map(({ issue, target }) => {
    const place = issuePlace(target, wording);
    return place ? `${place}: ${issue.message}` : issue.message;
  });

  return (
    <form className="version-editor" onSubmit={save} noValidate aria-describedby={`${baseId}-summary`}>
      <div id={`${baseId}-summary`} ref={summaryRef} tabIndex={-1} className="version-editor__summary">
        {failure &&
          (failure.error instanceof ApiError && failure.error.kind === 'unauthorized' ? (
            <ErrorNotice error={failure.error} />
          ) : (
            <div className="notice notice--error notice--stacked" role="alert" data-testid="version-problems">
              <p className="notice__title">{failure.message}</p>
              {problemList.length > 0 && (
                <ul className="problem-list">
                  {problemList.map((text, index) => (
                    <li key={`${index}:${text}`}>{text}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
      </div>

      <fieldset className="panel version-editor__version">
        <legend className="panel__title">{texts.versionHeading}</legend>
        <div className="version-editor__grid">
          {versionField('label', texts.label)}
          {versionField('firstYear', texts.firstYear, isOwn ? texts.firstYearOwnHint : texts.firstYearHint)}
          {versionField('lastYear', texts.lastYear, texts.lastYearHint)}
          {versionField('source', texts.source)}
        </div>
        <p className="field-hint">{texts.levelNote}</p>
        {issuesAt(issues, 'version', 'other').length > 0 && errorsOf(issuesAt(issues, 'version', 'other'), `${baseId}-version-other`)}
      </fieldset>

      <section className="panel" aria-labelledby={`${baseId}-tree`}>
        <h2 id={`${baseId}-tree`} className="panel__title">
          {texts.treeHeading}
        </h2>
        <p className="field-hint version-editor__hint">{texts.treeHint}</p>
        <div className="table-scroller">
          <table className="data-table tree-editor" data-testid="tree-editor">
            <caption className="visually-hidden">{texts.treeHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.code}</th>
                <th scope="col">{texts.columns.nameVi}</th>
                <th scope="col">{texts.columns.nameEn}</th>
                <th scope="col">{texts.columns.min}</th>
                <th scope="col">{texts.columns.max}</th>
                <th scope="col">{texts.columns.aggregation}</th>
                <th scope="col">{texts.columns.weight}</th>
                <th scope="col">
                  <span className="visually-hidden">{texts.columns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ node, depth, parent }) => {
                const computed = isComputed(node);
                const bounds = computed ? boundsOf(node) : null;
                const aggregationId = fieldId('node', node.key, 'aggregation');
                const aggregationMessages = issuesAt(issues, 'node', node.key, 'aggregation');
                const otherMessages = issuesAt(issues, 'node', node.key, 'other');
                return (
                  <tr key={node.key} className={`tree-editor__row tree-editor__row--depth-${Math.min(depth, 4)}`} data-code={node.code}>
                    <td className="tree-editor__code">{nodeInput(node, 'code', texts.columns.code, parent === null)}</td>
                    <td>
                      {nodeInput(node, 'nameVi', texts.columns.nameVi)}
                      {errorsOf(otherMessages, fieldId('node', node.key, 'other'))}
                    </td>
                    <td>{nodeInput(node, 'nameEn', texts.columns.nameEn)}</td>
                    {computed ? (
                      <td colSpan={2} className="tree-editor__computed">
                        <output aria-label={`${node.code} — ${texts.columns.range}`}>
                          {bounds ? `${number(bounds.min)}–${number(bounds.max)}` : '…'}
                        </output>
                        <span className="field-hint">{texts.computed}</span>
                        {errorsOf([...issuesAt(issues, 'node', node.key, 'min'), ...issuesAt(issues, 'node', node.key, 'max')], fieldId('node', node.key, 'range'))}
                      </td>
                    ) : (
                      <>
                        <td>{nodeInput(node, 'min', texts.columns.min)}</td>
                        <td>{nodeInput(node, 'max', texts.columns.max)}</td>
                      </>
                    )}
                    <td>
                      {node.children.length > 0 ? (
                        <>
                          <select
                            id={aggregationId}
                            className="input input--cell"
                            value={node.aggregation}
                            aria-label={`${node.code} — ${texts.columns.aggregation}`}
                            aria-invalid={aggregationMessages.length > 0 ? true : undefined}
                            onChange={(event) => editNode(node, 'aggregation', { aggregation: event.target.value as Aggregation })}
                          >
                            {AGGREGATIONS.map((option) => (
                              <option key={option} value={option}>
                                {option === 'none' ? t.catalog.aggregations.published : t.catalog.aggregations[option]}
                              </option>
                            ))}
                          </select>
                          {errorsOf(aggregationMessages, aggregationId)}
                        </>
                      ) : (
                        <span className="muted">{t.catalog.aggregations.none}</span>
                      )}
                    </td>
                    <td>
                      {parent?.aggregation === 'weighted_mean' || node.weight !== '' ? (
                        nodeInput(node, 'weight', texts.columns.weight)
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td className="data-table__actions tree-editor__actions">
                      <button
                        type="button"
                        className="button button--small button--quiet"
                        aria-label={texts.addChildLabel(node.code)}
                        onClick={() => setDraft((previous) => addChild(previous, node.key))}
                      >
                        {texts.addChild}
                      </button>
                      {parent !== null && (
                        <button
                          type="button"
                          className="button button--small button--quiet button--danger"
                          aria-label={texts.removeLabel(node.code)}
                          onClick={() => {
                            setDraft((previous) => removeNode(previous, node.key));
                            setIssues((previous) => withoutIssuesAt(previous, 'node', node.key));
                          }}
                        >
                          {texts.remove}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby={`${baseId}-grades`}>
        <h2 id={`${baseId}-grades`} className="panel__title">
          {texts.gradesHeading}
        </h2>
        <p className="field-hint version-editor__hint">{texts.gradesHint}</p>
        {issuesAt(issues, 'version', 'grades').length > 0 && errorsOf(issuesAt(issues, 'version', 'grades'), `${baseId}-grades-all`)}
        <table className="data-table grade-editor" data-testid="grade-editor">
          <caption className="visually-hidden">{texts.gradesHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.gradeColumns.gradeVi}</th>
              <th scope="col">{texts.gradeColumns.gradeEn}</th>
              <th scope="col">{texts.gradeColumns.minValue}</th>
              <th scope="col">
                <span className="visually-hidden">{texts.columns.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.grades.map((grade, index) => {
              const name = grade.gradeVi || texts.gradeNumber(index + 1);
              const gradeInput = (field: GradeField, column: string) => {
                const id = fieldId('grade', grade.key, field);
                const messages = issuesAt(issues, 'grade', grade.key, field);
                return (
                  <>
                    <input
                      id={id}
                      className="input input--cell"
                      type="text"
                      inputMode={field === 'minValue' ? 'decimal' : undefined}
                      autoComplete="off"
                      value={grade[field]}
                      aria-label={`${name} — ${column}`}
                      aria-invalid={messages.length > 0 ? true : undefined}
                      aria-describedby={messages.length > 0 ? `${id}-error` : undefined}
                      onChange={(event) => editGrade(grade.key, field, { [field]: event.target.value })}
                    />
                    {errorsOf(messages, id)}
                  </>
                );
              };
              return (
                <tr key={grade.key}>
                  <td>{gradeInput('gradeVi', texts.gradeColumns.gradeVi)}</td>
                  <td>{gradeInput('gradeEn', texts.gradeColumns.gradeEn)}</td>
                  <td>{gradeInput('minValue', texts.gradeColumns.minValue)}</td>
                  <td className="data-table__actions">
                    <button
                      type="button"
                      className="button button--small button--quiet button--danger"
                      aria-label={texts.removeGradeLabel(name)}
                      onClick={() => {
                        setDraft((previous) => removeGrade(previous, grade.key));
                        setIssues((previous) => withoutIssuesAt(previous, 'grade', grade.key));
                      }}
                    >
                      {texts.remove}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p>
          <button type="button" className="button button--small button--quiet" onClick={() => setDraft((previous) => addGrade(previous))}>
            {texts.addGrade}
          </button>
        </p>
      </section>

      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? texts.saving : texts.save}
        </button>
        <Link to={catalogVersionPath(base.id)} className="button button--quiet">
          {texts.cancel}
        </Link>
      </div>
    </form>
  );
}
