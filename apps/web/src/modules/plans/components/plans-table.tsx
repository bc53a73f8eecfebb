import type { PlanSummary } from '@govindex/contracts';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { formatDate, formatNumber } from '../../../shared/format/format';
import { planPath } from '../plans-paths';
import { FrameworkBadges } from './framework-badges';

export interface PlansTableProps {
  plans: readonly PlanSummary[];
  emptyText: string;
}

/** The plans of the list: unit, year, number, date of issue, indices, status and number of tasks. */
export function PlansTable({ plans, emptyText }: PlansTableProps) {
  const { t, language } = useI18n();
  const texts = t.plans.table;
  return (
    <div className="table-scroller">
      <table className="data-table" data-testid="plans-table">
        <caption className="visually-hidden">{texts.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.unit}</th>
            <th scope="col">{texts.year}</th>
            <th scope="col">{texts.number}</th>
            <th scope="col">{texts.issuedOn}</th>
            <th scope="col">{texts.frameworks}</th>
            <th scope="col">{texts.status}</th>
            <th scope="col" className="data-table__number">
              {texts.taskCount}
            </th>
            <th scope="col">
              <span className="visually-hidden">{texts.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.length === 0 ? (
            <tr>
              <td colSpan={8} className="data-table__empty">
                {emptyText}
              </td>
            </tr>
          ) : (
            plans.map((plan) => (
              <tr key={plan.id} data-plan-id={plan.id}>
                <th scope="row">
                  <Link to={planPath(plan.id)}>{plan.unit.fullName}</Link>
                </th>
                <td>{plan.year}</td>
                <td className="data-table__nowrap">{plan.number ?? <span className="muted">{t.plans.noNumber}</span>}</td>
                <td className="data-table__time">{plan.issuedOn ? formatDate(plan.issuedOn) : <span className="muted">—</span>}</td>
                <td>
                  <FrameworkBadges codes={plan.frameworks} />
                </td>
                <td>
                  <span className={`badge plan-status plan-status--${plan.status}`}>{t.plans.status[plan.status]}</span>
                </td>
                <td className="data-table__number">{formatNumber(plan.taskCount, language)}</td>
                <td className="data-table__actions">
                  <Link to={planPath(plan.id)} className="button button--small button--quiet" aria-label={texts.openLabel(plan.unit.fullName, plan.year)}>
                    {texts.open}
                  </Link>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
