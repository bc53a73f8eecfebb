import type { ReportingPeriod, ReportSummary, UnitDetail } from '@govindex/contracts';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../../app/error-notice';
import { formatDate, formatDateTime, todayIsoDate } from '../../../shared/format/format';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { useSignedInSession } from '../../auth/session';
import { QueryView } from '../../overview/components/query-view';
import { reportsApi } from '../reports-api';
import { reportPath } from '../reports-paths';
import { periodStanding, sortPeriods } from '../state/timeliness';
import { useReportsText } from '../use-reports-text';
import { ReportStatusBadge, TimelinessBadge } from './badges';
import { YearSelect } from './year-select';

interface Loaded {
  periods: ReportingPeriod[];
  reports: ReportSummary[];
}

/** A commune's year: the periods its district set, its report for each (started, submitted, reviewed). */
export function CommuneReports({
  unit,
  year,
  onYear,
  canCreate,
}: {
  unit: UnitDetail;
  year: number;
  onYear: (year: number) => void;
  /** The commune's officers start reports; its leaders read them. */
  canCreate: boolean;
}) {
  const { r } = useReportsText();
  const loaded = useApiQuery<Loaded>({
    key: `commune-reports:${unit.id}:${year}`,
    load: async (signal) => {
      const [periods, reports] = await Promise.all([reportsApi.periods(unit.id, year, signal), reportsApi.list({ unitId: unit.id }, signal)]);
      return { periods, reports };
    },
  });
  return (
    <>
      <div className="toolbar reports-toolbar">
        <YearSelect label={r.year} value={year} onChange={onYear} testId="reports-year" />
      </div>
      <QueryView query={loaded}>{(data) => <CommunePeriods unit={unit} year={year} data={data} canCreate={canCreate} />}</QueryView>
    </>
  );
}

function CommunePeriods({ unit, year, data, canCreate }: { unit: UnitDetail; year: number; data: Loaded; canCreate: boolean }) {
  const { r } = useReportsText();
  const texts = r.commune;
  const { csrfToken } = useSignedInSession();
  const navigate = useNavigate();
  const [creating, setCreating] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const today = todayIsoDate();
  const reportOf = (period: ReportingPeriod) => data.reports.find((report) => report.period.id === period.id) ?? null;
  const periods = sortPeriods(data.periods);
  const returned = periods.map((period) => reportOf(period)).filter((report) => report?.status === 'returned');

  const create = async (period: ReportingPeriod) => {
    setCreating(period.id);
    setFailure(null);
    try {
      const report = await reportsApi.create(period.id, unit.id, csrfToken);
      await navigate(reportPath(report.id));
    } catch (error) {
      setFailure(error);
      setCreating(null);
    }
  };

  return (
    <section className="panel reports-panel" aria-labelledby="commune-reports-title" data-testid="commune-reports">
      <h2 id="commune-reports-title" className="panel__title">
        {texts.title(year)}
      </h2>
      {returned.map(
        (report) =>
          report && (
            <p key={report.id} className="notice notice--error" role="status">
              <span>{texts.returned(report.period.title)}</span>
              <Link className="button button--small" to={reportPath(report.id)}>
                {texts.open}
              </Link>
            </p>
          ),
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {periods.length === 0 ? (
        <p className="empty-hint">{texts.empty}</p>
      ) : (
        <div className="table-scroller">
          <table className="data-table" data-testid="commune-periods">
            <caption className="visually-hidden">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.period}</th>
                <th scope="col">{r.periods.dueOn}</th>
                <th scope="col">{r.periods.window}</th>
                <th scope="col">{texts.report}</th>
                <th scope="col">{texts.standing}</th>
                <th scope="col">{texts.submittedAt}</th>
                <th scope="col" className="data-table__actions">
                  <span className="visually-hidden">{texts.action}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => {
                const report = reportOf(period);
                return (
                  <tr key={period.id} data-period-id={period.id}>
                    <th scope="row">
                      {period.title}
                      <span className="reports-subline">
                        {r.kinds[period.kind]} · {period.unit.fullName}
                      </span>
                    </th>
                    <td className="data-table__time">{formatDate(period.dueOn)}</td>
                    <td className="data-table__time">
                      {r.window(period.dataFrom ? formatDate(period.dataFrom) : null, period.dataTo ? formatDate(period.dataTo) : null)}
                    </td>
                    <td>{report ? <ReportStatusBadge status={report.status} /> : <span className="muted">{texts.notStarted}</span>}</td>
                    <td>
                      <TimelinessBadge timeliness={periodStanding(period, report, today)} />
                    </td>
                    <td className="data-table__time">{report?.submittedAt ? formatDateTime(report.submittedAt) : '–'}</td>
                    <td className="data-table__actions">
                      {report ? (
                        <Link className="button button--small button--quiet" to={reportPath(report.id)} aria-label={texts.openLabel(period.title)}>
                          {texts.open}
                        </Link>
                      ) : (
                        canCreate && (
                          <button
                            type="button"
                            className="button button--small"
                            disabled={creating !== null}
                            aria-busy={creating === period.id}
                            onClick={() => void create(period)}
                          >
                            {creating === period.id ? texts.creating : texts.create}
                          </button>
                        )
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
