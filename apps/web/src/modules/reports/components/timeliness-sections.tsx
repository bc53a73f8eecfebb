import type { PeriodTimeliness, TimelinessResponse } from '@govindex/contracts';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/format/format';
import { SortableTable, type TableColumn } from '../../overview/components/sortable-table';
import { reportPath } from '../reports-paths';
import { percentOf, sortPeriodTimeliness, TIMELINESS_ORDER } from '../state/timeliness';
import { useReportsText } from '../use-reports-text';
import { CompletenessBar, TimelinessBadge } from './badges';

type UnitRow = PeriodTimeliness['units'][number];

/** For each period of the year, earliest due first: the counts, the share of reports in, and each commune's standing. */
export function TimelinessSections({ timeliness }: { timeliness: TimelinessResponse }) {
  const { r } = useReportsText();
  if (timeliness.periods.length === 0) return <p className="empty-hint">{r.timelinessTable.noPeriods}</p>;
  return (
    <div className="timeliness-sections">
      {sortPeriodTimeliness(timeliness.periods).map((period) => (
        <PeriodSection key={period.period.id} period={period} />
      ))}
    </div>
  );
}

function PeriodSection({ period }: { period: PeriodTimeliness }) {
  const { r, language } = useReportsText();
  const texts = r.timelinessTable;
  const headingId = `period-${period.period.id}-title`;
  const columns = useMemo<Array<TableColumn<UnitRow>>>(
    () => [
      {
        key: 'unit',
        header: texts.unit,
        rowHeader: true,
        cell: (row) => row.unit.fullName,
        sortValue: (row) => row.unit.name,
        exportValue: (row) => row.unit.fullName,
      },
      {
        key: 'standing',
        header: texts.standing,
        cell: (row) => <TimelinessBadge timeliness={row.timeliness} />,
        sortValue: (row) => TIMELINESS_ORDER[row.timeliness],
        exportValue: (row) => r.timeliness[row.timeliness],
      },
      {
        key: 'submittedAt',
        header: texts.submittedAt,
        className: 'data-table__time',
        cell: (row) => (row.submittedAt ? formatDateTime(row.submittedAt) : texts.none),
        sortValue: (row) => row.submittedAt,
        exportValue: (row) => (row.submittedAt ? formatDateTime(row.submittedAt) : null),
      },
      {
        key: 'report',
        header: texts.report,
        cell: (row) =>
          row.reportId === null ? (
            texts.none
          ) : (
            <Link to={reportPath(row.reportId)} aria-label={texts.openLabel(row.unit.fullName)}>
              {texts.open}
            </Link>
          ),
      },
    ],
    [r, texts],
  );
  const percent = percentOf(period.completeness);
  const count = (value: number) => formatNumber(value, language);
  return (
    <section className="timeliness-period" aria-labelledby={headingId} data-testid="timeliness-period" data-period-id={period.period.id}>
      <div className="timeliness-period__heading">
        <h3 id={headingId} className="timeliness-period__title">
          {texts.periodHeading(period.period.title)}
        </h3>
        <span className="timeliness-period__due">
          {r.kinds[period.period.kind]} · {texts.due(formatDate(period.period.dueOn))}
        </span>
      </div>
      <dl className="timeliness-counts" data-testid="timeliness-counts">
        <div>
          <dt>{texts.expected}</dt>
          <dd data-count="expected">{count(period.expected)}</dd>
        </div>
        <div className="timeliness-counts--good">
          <dt>{r.timeliness.on_time}</dt>
          <dd data-count="on_time">{count(period.onTime)}</dd>
        </div>
        <div className="timeliness-counts--warn">
          <dt>{r.timeliness.late}</dt>
          <dd data-count="late">{count(period.late)}</dd>
        </div>
        <div className="timeliness-counts--bad">
          <dt>{r.timeliness.missing}</dt>
          <dd data-count="missing">{count(period.missing)}</dd>
        </div>
        <div>
          <dt>{r.timeliness.pending}</dt>
          <dd data-count="pending">{count(period.pending)}</dd>
        </div>
        <div className="timeliness-counts__wide">
          <dt>{texts.completeness}</dt>
          <dd>
            <CompletenessBar percent={percent} label={texts.completenessOf(formatNumber(percent, language))} />
          </dd>
        </div>
      </dl>
      <SortableTable
        caption={texts.caption(period.period.title)}
        columns={columns}
        rows={period.units}
        rowKey={(row) => String(row.unit.id)}
        initialSort={{ key: 'standing', direction: 'ascending' }}
        testId="timeliness-table"
        emptyText={texts.empty}
        exportAs={{ sheet: texts.sheet, file: [texts.file, period.period.title] }}
      />
    </section>
  );
}
