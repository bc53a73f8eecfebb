import type { ReportingPeriod } from '@govindex/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../../app/error-notice';
import { formatDate } from '../../../shared/format/format';
import { useSignedInSession } from '../../auth/session';
import { reportsApi } from '../reports-api';
import { sortPeriods } from '../state/timeliness';
import { useReportsText } from '../use-reports-text';

/**
 * The reporting periods of a year, earliest due first. Periods set by the unit itself can be deleted
 * (after a second click that says what goes with them); those of a higher level are shown as set.
 */
export function PeriodsTable({
  periods,
  ownerId,
  canManage,
  onDeleted,
}: {
  periods: readonly ReportingPeriod[];
  /** The unit whose own periods may be deleted here. */
  ownerId: number;
  canManage: boolean;
  onDeleted: (period: ReportingPeriod) => void;
}) {
  const { r } = useReportsText();
  const texts = r.periods;
  const { csrfToken } = useSignedInSession();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const remove = async (period: ReportingPeriod) => {
    setDeleting(period.id);
    setFailure(null);
    try {
      await reportsApi.deletePeriod(period.id, csrfToken);
      setConfirming(null);
      onDeleted(period);
    } catch (error) {
      setFailure(error);
    } finally {
      setDeleting(null);
    }
  };

  if (periods.length === 0) return <p className="empty-hint">{texts.empty}</p>;
  return (
    <>
      {failure !== null && <ErrorNotice error={failure} />}
      <div className="table-scroller">
        <table className="data-table" data-testid="periods-table">
          <caption className="visually-hidden">{texts.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.name}</th>
              <th scope="col">{texts.kind}</th>
              <th scope="col">{texts.dueOn}</th>
              <th scope="col">{texts.window}</th>
              <th scope="col">{texts.setBy}</th>
              {canManage && (
                <th scope="col" className="data-table__actions">
                  <span className="visually-hidden">{texts.actions}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {sortPeriods(periods).map((period) => (
              <tr key={period.id} data-period-id={period.id}>
                <th scope="row">{period.title}</th>
                <td>{r.kinds[period.kind]}</td>
                <td className="data-table__time">{formatDate(period.dueOn)}</td>
                <td className="data-table__time">
                  {r.window(period.dataFrom ? formatDate(period.dataFrom) : null, period.dataTo ? formatDate(period.dataTo) : null)}
                </td>
                <td>{period.unit.fullName}</td>
                {canManage && (
                  <td className="data-table__actions">
                    {period.unit.id !== ownerId ? null : confirming === period.id ? (
                      <span className="inline-confirm" role="group" aria-label={texts.deleteLabel(period.title)}>
                        <span className="inline-confirm__text">{texts.confirmDelete(period.title)}</span>
                        <button
                          type="button"
                          className="button button--small button--danger"
                          disabled={deleting === period.id}
                          onClick={() => void remove(period)}
                        >
                          {texts.delete}
                        </button>
                        <button type="button" className="button button--small button--quiet" onClick={() => setConfirming(null)}>
                          {r.periodForm.cancel}
                        </button>
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="button button--small button--quiet button--danger"
                        aria-label={texts.deleteLabel(period.title)}
                        onClick={() => setConfirming(period.id)}
                      >
                        {texts.delete}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
