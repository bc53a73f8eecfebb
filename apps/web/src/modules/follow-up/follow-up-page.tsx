import type { FollowUpItem, FollowUpStatus } from '@govindex/contracts';
import { Fragment, useId, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { describeError } from '../../app/i18n/describe-error';
import { useI18n } from '../../app/i18n/i18n';
import { exportFileName } from '../../shared/export/table-export';
import { formatDate, formatDateTime, formatNumber, todayIsoDate } from '../../shared/format/format';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { useSignedInSession } from '../auth/session';
import { followUpApi } from './follow-up-api';
import { readFollowUpFilters, type StatusFilter } from './follow-up-paths';
import { countByStatus, filterFollowUps, isOverdue, responseProblem, sortFollowUps, unitsOf } from './state/follow-up-list';
import { useFollowUpText } from './use-follow-up-text';
import './follow-up.css';

const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'open', 'answered', 'closed'];
/** Roles that send follow-up requests, and close or reopen them (the API checks again). */
const SENDERS = new Set(['district_officer', 'province_officer', 'admin']);

/**
 * "Theo dõi": a district's requests to its communes with their answers (filter, close, reopen, Excel), or a
 * commune's requests from its district, each answered here.
 */
export function FollowUpPage() {
  const { f } = useFollowUpText();
  const { user } = useSignedInSession();
  const list = useApiQuery({ key: `follow-ups:${user.unitId ?? 'all'}`, load: (signal) => followUpApi.list(user.unitId === null ? {} : { unitId: user.unitId }, signal) });
  const isCommune = user.role === 'commune_officer';
  return (
    <div className="follow-up-page">
      <title>{`${f.pageTitle} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{f.pageTitle}</h1>
        <p className="page-heading__intro">{isCommune ? f.intro.commune : f.intro.district}</p>
      </div>
      <section className="panel" aria-label={f.table.caption} data-testid="follow-ups">
        {list.status === 'error' ? (
          <ErrorNotice error={list.error} onRetry={list.retry} />
        ) : list.status !== 'success' ? (
          <p className="tree-status">{f.loading}</p>
        ) : (
          <FollowUpList items={list.data.items} canAnswer={isCommune} canClose={SENDERS.has(user.role)} scopeUnitId={user.unitId} />
        )}
      </section>
    </div>
  );
}

function FollowUpList({
  items: loaded,
  canAnswer,
  canClose,
  scopeUnitId,
}: {
  items: readonly FollowUpItem[];
  canAnswer: boolean;
  canClose: boolean;
  scopeUnitId: number | null;
}) {
  const { t } = useI18n();
  const { f, language } = useFollowUpText();
  const { csrfToken } = useSignedInSession();
  const statusId = useId();
  const unitId = useId();
  const [params, setParams] = useSearchParams();
  const filters = readFollowUpFilters(params);
  /** Items as the last change left them, over what was loaded. */
  const [changed, setChanged] = useState<ReadonlyMap<number, FollowUpItem>>(new Map());
  const [answering, setAnswering] = useState<number | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);
  const [exportFailure, setExportFailure] = useState<string | null>(null);
  const today = todayIsoDate();

  const items = useMemo(() => loaded.map((item) => changed.get(item.id) ?? item), [loaded, changed]);
  const units = useMemo(() => unitsOf(items), [items]);
  const shown = useMemo(() => sortFollowUps(filterFollowUps(items, filters)), [items, filters]);
  const counts = countByStatus(items);
  const isFiltered = filters.status !== 'all' || filters.unitId !== null;

  const setFilter = (name: 'status' | 'unit', value: string) => {
    const next = new URLSearchParams(params);
    if (value === '' || value === 'all') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  const apply = (item: FollowUpItem, message: string) => {
    setChanged((previous) => new Map(previous).set(item.id, item));
    setNote(message);
  };

  const setStatus = async (item: FollowUpItem, status: FollowUpStatus) => {
    setBusy(item.id);
    setFailure(null);
    setNote(null);
    try {
      const next = await followUpApi.update(item.id, { status }, csrfToken);
      apply(next, status === 'closed' ? f.closed(item.unit.fullName) : f.reopened(item.unit.fullName));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  const exportList = async () => {
    setExporting(true);
    setExportFailure(null);
    try {
      const unit = filters.unitId ?? scopeUnitId ?? undefined;
      await followUpApi.exportXlsx(
        { unitId: unit, status: filters.status === 'all' ? undefined : filters.status },
        exportFileName([f.exportXlsx.filePrefix, filters.status === 'all' ? null : f.status[filters.status], today]),
      );
    } catch (error) {
      setExportFailure(describeError(error, t));
    } finally {
      setExporting(false);
    }
  };

  const columns = 7;
  return (
    <>
      <div className="table-toolbar follow-up-toolbar" role="group" aria-label={f.filters.label}>
        <div className="follow-up-toolbar__filters">
          <div className="follow-up-filter">
            <label htmlFor={statusId} className="field-label">
              {f.filters.status}
            </label>
            <select id={statusId} className="input" value={filters.status} onChange={(event) => setFilter('status', event.target.value)}>
              {STATUS_FILTERS.map((status) => (
                <option key={status} value={status}>
                  {status === 'all' ? f.filters.all : `${f.status[status]} (${formatNumber(counts[status], language)})`}
                </option>
              ))}
            </select>
          </div>
          {(units.length > 1 || filters.unitId !== null) && (
            <div className="follow-up-filter">
              <label htmlFor={unitId} className="field-label">
                {f.filters.unit}
              </label>
              <select id={unitId} className="input" value={filters.unitId === null ? '' : String(filters.unitId)} onChange={(event) => setFilter('unit', event.target.value)}>
                <option value="">{f.filters.allUnits}</option>
                {units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.fullName}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <div className="table-toolbar__actions">
          <p className="table-toolbar__count" role="status" data-testid="follow-up-count">
            {f.filters.count(formatNumber(shown.length, language), formatNumber(items.length, language), isFiltered)}
          </p>
          <span className="export-button">
            <button
              type="button"
              className="button button--quiet button--small"
              disabled={exporting || items.length === 0}
              aria-busy={exporting}
              onClick={() => void exportList()}
            >
              {exporting ? f.exportXlsx.working : f.exportXlsx.button}
            </button>
            {exportFailure && (
              <span className="field-error" role="alert">
                {exportFailure}
              </span>
            )}
          </span>
        </div>
      </div>
      {note && (
        <p className="notice notice--success" role="status" data-testid="follow-up-note">
          {note}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      <div className="table-scroller">
        <table className="data-table follow-up-table" data-testid="follow-up-table">
          <caption className="visually-hidden">{f.table.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{f.table.unit}</th>
              <th scope="col">{f.table.reason}</th>
              <th scope="col">{f.table.action}</th>
              <th scope="col">{f.table.dueOn}</th>
              <th scope="col">{f.table.status}</th>
              <th scope="col">{f.table.response}</th>
              <th scope="col" className="data-table__actions">
                <span className="visually-hidden">{f.table.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={columns} className="data-table__empty">
                  {isFiltered && items.length > 0 ? f.table.noMatch : f.table.empty}
                </td>
              </tr>
            ) : (
              shown.map((item) => (
                <Fragment key={item.id}>
                  <tr data-follow-up-id={item.id} data-status={item.status}>
                    <th scope="row">
                      {item.unit.fullName}
                      <span className="follow-up-subline">
                        {item.framework} {item.year}
                        {item.indicatorCode && (
                          <>
                            {' · '}
                            <span className="overview-code">{item.indicatorCode}</span> {item.indicatorName ?? ''}
                          </>
                        )}
                      </span>
                    </th>
                    <td>
                      <span className={`badge alignment-badge alignment-badge--${item.reasonKind}`}>{f.reasonKinds[item.reasonKind]}</span>
                      <span className="follow-up-reason">{item.reason}</span>
                    </td>
                    <td className="follow-up-table__text">
                      {item.actionRequested}
                      <span className="follow-up-subline">
                        {formatDateTime(item.createdAt)}
                        {item.createdBy ? ` · ${f.table.createdBy(item.createdBy)}` : ''}
                      </span>
                    </td>
                    <td className="data-table__time">
                      {formatDate(item.dueOn)}
                      {isOverdue(item, today) && (
                        <>
                          {' '}
                          <span className="badge follow-up-badge follow-up-badge--overdue">{f.table.overdue}</span>
                        </>
                      )}
                    </td>
                    <td>
                      <span className={`badge follow-up-badge follow-up-badge--${item.status}`} data-testid="follow-up-status">
                        {f.status[item.status]}
                      </span>
                    </td>
                    <td className="follow-up-table__text">
                      {item.response ? (
                        <>
                          {item.response}
                          {item.respondedAt && <span className="follow-up-subline">{f.table.respondedAt(formatDateTime(item.respondedAt))}</span>}
                        </>
                      ) : (
                        <span className="muted">{f.table.noResponse}</span>
                      )}
                    </td>
                    <td className="data-table__actions">
                      {canClose &&
                        (item.status === 'closed' ? (
                          <button
                            type="button"
                            className="button button--small button--quiet"
                            disabled={busy === item.id}
                            aria-label={f.reopenLabel(item.unit.fullName)}
                            onClick={() => void setStatus(item, 'open')}
                          >
                            {f.reopen}
                          </button>
                        ) : (
                          <button
                            type="button"
                            className="button button--small button--quiet"
                            disabled={busy === item.id}
                            aria-label={f.closeLabel(item.unit.fullName)}
                            onClick={() => void setStatus(item, 'closed')}
                          >
                            {f.close}
                          </button>
                        ))}
                      {canAnswer && item.status !== 'closed' && answering !== item.id && (
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={f.answer.openLabel(item.unit.fullName)}
                          onClick={() => {
                            setAnswering(item.id);
                            setNote(null);
                          }}
                        >
                          {item.response ? f.answer.edit : f.answer.open}
                        </button>
                      )}
                    </td>
                  </tr>
                  {canAnswer && answering === item.id && (
                    <tr className="follow-up-table__answer-row">
                      <td colSpan={columns}>
                        <AnswerForm
                          item={item}
                          onCancel={() => setAnswering(null)}
                          onAnswered={(next) => {
                            setAnswering(null);
                            apply(next, f.answer.sent);
                          }}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The commune's answer to one request: what it did or will do. */
function AnswerForm({ item, onCancel, onAnswered }: { item: FollowUpItem; onCancel: () => void; onAnswered: (item: FollowUpItem) => void }) {
  const { f } = useFollowUpText();
  const texts = f.answer;
  const { csrfToken } = useSignedInSession();
  const id = useId();
  const [text, setText] = useState(item.response ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = responseProblem(text, { required: texts.required, tooLong: texts.tooLong });
    setProblem(found);
    if (found) return;
    setSending(true);
    setFailure(null);
    try {
      onAnswered(await followUpApi.update(item.id, { response: text.trim() }, csrfToken));
    } catch (error) {
      setFailure(error);
      setSending(false);
    }
  };

  return (
    <form className="follow-up-answer" onSubmit={submit} noValidate data-testid="follow-up-answer">
      {failure !== null && <ErrorNotice error={failure} />}
      <div className="form-field">
        <label htmlFor={id} className="field-label">
          {texts.field}
        </label>
        <textarea
          id={id}
          className="input"
          rows={3}
          value={text}
          autoFocus
          aria-invalid={problem ? true : undefined}
          aria-describedby={[`${id}-hint`, problem ? `${id}-error` : null].filter(Boolean).join(' ')}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
        />
        <p id={`${id}-hint`} className="field-hint">
          {texts.hint}
        </p>
        {problem && (
          <p id={`${id}-error`} className="field-error">
            {problem}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={sending} aria-busy={sending}>
          {sending ? texts.sending : texts.submit}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {texts.cancel}
        </button>
      </div>
    </form>
  );
}
