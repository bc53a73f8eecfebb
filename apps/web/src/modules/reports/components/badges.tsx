import type { ReportStatus, Timeliness } from '@govindex/contracts';
import { timelinessTone } from '../state/timeliness';
import { useReportsText } from '../use-reports-text';

/** "Đúng hạn" / "Trễ hạn" / "Chưa nộp" / "Chưa đến hạn", coloured by what it asks of the district. */
export function TimelinessBadge({ timeliness }: { timeliness: Timeliness }) {
  const { r } = useReportsText();
  return (
    <span className={`badge report-badge report-badge--${timelinessTone(timeliness)}`} data-timeliness={timeliness}>
      {r.timeliness[timeliness]}
    </span>
  );
}

const STATUS_TONE: Readonly<Record<ReportStatus, string>> = { draft: 'neutral', submitted: 'info', approved: 'good', returned: 'bad' };

/** Where a report is in its life: draft, submitted, approved, returned. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { r } = useReportsText();
  return (
    <span className={`badge report-badge report-badge--${STATUS_TONE[status]}`} data-status={status}>
      {r.status[status]}
    </span>
  );
}

/** A bar of the share of reports in, with the figure in words beside it (the bar alone says nothing to a screen reader). */
export function CompletenessBar({ percent, label }: { percent: number; label: string }) {
  return (
    <span className="completeness" data-testid="completeness">
      <span className="completeness__bar" aria-hidden="true">
        <span className="completeness__fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="completeness__label">{label}</span>
    </span>
  );
}
