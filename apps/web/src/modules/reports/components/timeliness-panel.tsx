import type { TimelinessResponse } from '@govindex/contracts';
import { Link } from 'react-router';
import { formatDate, formatNumber, todayIsoDate } from '../../../shared/format/format';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { QueryView } from '../../overview/components/query-view';
import { reportsApi } from '../reports-api';
import { reportsPath } from '../reports-paths';
import { percentOf, sortPeriodTimeliness } from '../state/timeliness';
import { useReportsText } from '../use-reports-text';
import { CompletenessBar } from './badges';
import '../reports.css';

/**
 * "Tiến độ báo cáo" on the district's home: each period of the year with the share of the communes'
 * reports in and how many came late or are missing, linking to the reports page.
 */
export function TimelinessPanel({ unitId, year }: { unitId: number; year: number }) {
  const { r } = useReportsText();
  const timeliness = useApiQuery<TimelinessResponse>({
    key: `timeliness:${unitId}:${year}:home`,
    load: (signal) => reportsApi.timeliness(unitId, year, signal),
  });
  return (
    <section className="panel overview-section timeliness-panel" aria-labelledby="timeliness-panel-title" data-testid="timeliness-panel">
      <h2 id="timeliness-panel-title" className="panel__title overview-section__title">
        {r.homePanel.title(year)}
      </h2>
      <QueryView query={timeliness}>{(data) => <PeriodLines data={data} year={year} />}</QueryView>
      <p className="timeliness-panel__more">
        <Link to={reportsPath({ year })}>{r.homePanel.open}</Link>
      </p>
    </section>
  );
}

function PeriodLines({ data, year }: { data: TimelinessResponse; year: number }) {
  const { r, language } = useReportsText();
  const today = todayIsoDate();
  if (data.periods.length === 0) return <p className="empty-hint">{r.homePanel.noPeriods}</p>;
  const count = (value: number) => formatNumber(value, language);
  return (
    <ul className="timeliness-lines" aria-label={r.homePanel.caption}>
      {sortPeriodTimeliness(data.periods).map((entry) => {
        const percent = percentOf(entry.completeness);
        const due = today > entry.period.dueOn;
        return (
          <li key={entry.period.id} className="timeliness-line" data-testid="timeliness-line" data-period-id={entry.period.id}>
            <div className="timeliness-line__head">
              <Link to={reportsPath({ year })} className="timeliness-line__title">
                {entry.period.title}
              </Link>
              <span className="timeliness-line__due">{r.timelinessTable.due(formatDate(entry.period.dueOn))}</span>
            </div>
            <CompletenessBar percent={percent} label={r.homePanel.completeness(formatNumber(percent, language))} />
            <p className="timeliness-line__counts" data-testid="timeliness-line-counts">
              {due ? r.homePanel.lateMissing(count(entry.late), count(entry.missing)) : r.homePanel.notDueYet}
            </p>
            {entry.units.some((unit) => unit.timeliness === 'late') && (
              <p className="timeliness-line__units">
                <span className="badge report-badge report-badge--warn">{r.timeliness.late}</span>{' '}
                {entry.units
                  .filter((unit) => unit.timeliness === 'late')
                  .map((unit) => unit.unit.fullName)
                  .join(', ')}
              </p>
            )}
            {due && entry.units.some((unit) => unit.timeliness === 'missing') && (
              <p className="timeliness-line__units">
                <span className="badge report-badge report-badge--bad">{r.timeliness.missing}</span>{' '}
                {entry.units
                  .filter((unit) => unit.timeliness === 'missing')
                  .map((unit) => unit.unit.fullName)
                  .join(', ')}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
