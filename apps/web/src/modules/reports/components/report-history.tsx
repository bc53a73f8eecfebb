import type { ReportDetail } from '@govindex/contracts';
import { formatDateTime, formatNumber } from '../../../shared/format/format';
import { useReportsText } from '../use-reports-text';

/** Every submission and review, newest first, with the district's comments. */
export function ReportHistory({ report }: { report: ReportDetail }) {
  const { r, language } = useReportsText();
  const texts = r.report.history;
  return (
    <section className="panel report-history" aria-labelledby="report-history-title" data-testid="report-history">
      <h2 id="report-history-title" className="panel__title">
        {texts.title}
      </h2>
      {report.history.length === 0 ? (
        <p className="empty-hint">{texts.empty}</p>
      ) : (
        <div className="table-scroller">
          <table className="data-table">
            <caption className="visually-hidden">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.at}</th>
                <th scope="col">{texts.action}</th>
                <th scope="col" className="data-table__number">
                  {texts.version}
                </th>
                <th scope="col">{texts.by}</th>
                <th scope="col">{texts.comment}</th>
              </tr>
            </thead>
            <tbody>
              {report.history.map((entry, index) => (
                <tr key={`${entry.at}:${index}`} data-action={entry.action}>
                  <td className="data-table__time">{formatDateTime(entry.at)}</td>
                  <td>
                    <span className={`badge report-badge report-badge--history-${entry.action}`}>{texts.actions[entry.action]}</span>
                  </td>
                  <td className="data-table__number">{formatNumber(entry.version, language)}</td>
                  <td>{entry.by ?? '–'}</td>
                  <td className="report-history__comment">{entry.comment ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
