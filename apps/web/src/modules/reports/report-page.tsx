import type { PlanDetail, PlanTask, ReportDetail } from '@govindex/contracts';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { ApiError } from '../../shared/api/api-client';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format/format';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { useSignedInSession } from '../auth/session';
import { ReportStatusBadge, TimelinessBadge } from './components/badges';
import { ReportHistory } from './components/report-history';
import { ReportItemsForm } from './components/report-items-form';
import { ReportItemsView } from './components/report-items-view';
import { ReviewForm } from './components/review-form';
import { reportsApi } from './reports-api';
import { readId, reportsPath } from './reports-paths';
import { canEditReport, canReviewReport, doneShare } from './state/report-form';
import { useReportsText } from './use-reports-text';
import './reports.css';

/** One report: the commune fills it in and submits it; the district reviews it; both read its history. */
export function ReportPage() {
  const id = readId(useParams().id);
  if (id === null) return <ReportNotFound />;
  return <Report key={id} id={id} />;
}

function ReportNotFound() {
  const { r } = useReportsText();
  return (
    <>
      <title>{`${r.pageTitle} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{r.pageTitle}</h1>
      </div>
      <p className="notice notice--info" role="status" data-testid="report-not-found">
        {r.report.notFound}
      </p>
      <p>
        <Link to={reportsPath()}>{r.report.back}</Link>
      </p>
    </>
  );
}

function Report({ id }: { id: number }) {
  const { r } = useReportsText();
  const [reloads, setReloads] = useState(0);
  const loaded = useApiQuery<ReportDetail>({ key: `report:${id}:${reloads}`, load: (signal) => reportsApi.get(id, signal) });
  /** The report as the last save, submission or review left it, over what was loaded. */
  const [latest, setLatest] = useState<ReportDetail | null>(null);
  const [note, setNote] = useState<string | null>(null);

  if (loaded.status === 'error') {
    if (loaded.error instanceof ApiError && loaded.error.kind === 'not-found') return <ReportNotFound />;
    return <ErrorNotice error={loaded.error} onRetry={loaded.retry} />;
  }
  if (loaded.status !== 'success') return <p className="tree-status">{r.loading}</p>;
  const report = latest && latest.version >= loaded.data.version ? latest : loaded.data;
  return (
    <ReportSheet
      // A reload starts the form again from what the API has.
      key={reloads}
      report={report}
      note={note}
      onChanged={(next, message) => {
        setLatest(next);
        setNote(message);
      }}
      onReload={() => {
        setLatest(null);
        setNote(null);
        setReloads((value) => value + 1);
      }}
    />
  );
}

function ReportSheet({
  report,
  note,
  onChanged,
  onReload,
}: {
  report: ReportDetail;
  note: string | null;
  onChanged: (report: ReportDetail, message: string | null) => void;
  onReload: () => void;
}) {
  const { r, language } = useReportsText();
  const texts = r.report;
  const { user } = useSignedInSession();
  const plan = useApiQuery<PlanDetail>({ key: `plan:${report.planId}`, load: (signal) => reportsApi.plan(report.planId, signal) });
  const tasks = useMemo(
    () => new Map<number, PlanTask>(plan.status === 'success' ? plan.data.tasks.map((task) => [task.id, task]) : []),
    [plan],
  );
  const viewer = { role: user.role, unitId: user.unitId };
  const editable = canEditReport(report, viewer);
  const reviewable = canReviewReport(report, viewer);
  const { period } = report;
  const done = report.items.filter((item) => item.status === 'done').length;
  const title = texts.pageTitle(period.title, report.unit.fullName);

  return (
    <article className="report-page" aria-labelledby="report-title" data-testid="report" data-status={report.status}>
      <title>{`${title} — GovIndex`}</title>
      <div className="page-heading page-heading--with-action">
        <div>
          <p className="report-page__kicker">{r.pageTitle}</p>
          <h1 id="report-title">{period.title}</h1>
          <p className="page-heading__intro">{report.unit.fullName}</p>
        </div>
        <div className="report-page__actions">
          <Link to={reportsPath({ year: period.year })} className="button button--small button--quiet">
            {texts.back}
          </Link>
          <button type="button" className="button button--small" onClick={() => window.print()}>
            {texts.print}
          </button>
        </div>
      </div>
      {note && (
        <p className="notice notice--success" role="status" data-testid="report-note">
          {note}
        </p>
      )}
      <section className="panel report-facts" aria-label={texts.facts.label}>
        <dl className="facts report-facts__list">
          <div className="facts__row">
            <dt>{texts.facts.unit}</dt>
            <dd>{report.unit.fullName}</dd>
          </div>
          <div className="facts__row">
            <dt>{texts.facts.period}</dt>
            <dd>
              {r.kinds[period.kind]} · {period.unit.fullName}
            </dd>
          </div>
          <div className="facts__row">
            <dt>{texts.facts.dueOn}</dt>
            <dd>{formatDate(period.dueOn)}</dd>
          </div>
          <div className="facts__row">
            <dt>{texts.facts.window}</dt>
            <dd>{r.window(period.dataFrom ? formatDate(period.dataFrom) : null, period.dataTo ? formatDate(period.dataTo) : null)}</dd>
          </div>
          <div className="facts__row">
            <dt>{texts.facts.status}</dt>
            <dd data-testid="report-status">
              <ReportStatusBadge status={report.status} />
            </dd>
          </div>
          <div className="facts__row">
            <dt>{texts.facts.standing}</dt>
            <dd data-testid="report-timeliness">
              <TimelinessBadge timeliness={report.timeliness} />
            </dd>
          </div>
          <div className="facts__row">
            <dt>{texts.facts.submittedAt}</dt>
            <dd>{report.submittedAt ? formatDateTime(report.submittedAt) : texts.facts.notSubmitted}</dd>
          </div>
          <div className="facts__row">
            <dt>{texts.facts.doneShare}</dt>
            <dd>
              {texts.facts.doneOf(formatNumber(done, language), formatNumber(report.items.length, language))}
              {report.items.length > 0 && ` (${formatNumber(Math.round(doneShare(report.items) * 100), language)}%)`}
            </dd>
          </div>
        </dl>
      </section>
      {report.status === 'returned' && (
        <div className="notice notice--error notice--stacked report-page__returned" role="status" data-testid="report-returned">
          <p className="notice__title">{texts.returnedTitle}</p>
          <p>{report.reviewComment ? texts.returnedBody(report.reviewComment) : texts.returnedNoComment}</p>
        </div>
      )}
      {report.status === 'submitted' && !reviewable && (
        <p className="notice notice--info" role="status">
          {texts.submittedNote}
        </p>
      )}
      {report.status === 'approved' && (
        <p className="notice notice--success" role="status">
          {texts.approvedNote}
          {report.reviewComment ? ` ${texts.returnedBody(report.reviewComment)}` : ''}
        </p>
      )}
      <div className="panel report-page__items">
        {editable ? (
          <ReportItemsForm report={report} tasks={tasks} onChanged={onChanged} onReload={onReload} />
        ) : (
          <ReportItemsView report={report} tasks={tasks} />
        )}
      </div>
      {reviewable && <ReviewForm report={report} onReviewed={onChanged} />}
      <ReportHistory report={report} />
    </article>
  );
}
