import type { PlanTask, ReportDetail, ReportEvidence } from '@govindex/contracts';
import { formatNumber } from '../../../shared/format/format';
import { reportsApi } from '../reports-api';
import { isWebLink } from '../state/report-form';
import { useReportsText } from '../use-reports-text';

/** The files attached to a task, each a download (the API sends it with the session cookie). */
export function EvidenceFiles({ reportId, files, language }: { reportId: number; files: readonly ReportEvidence[]; language: 'vi' | 'en' }) {
  const { r } = useReportsText();
  if (files.length === 0) return null;
  return (
    <ul className="evidence-list">
      {files.map((evidence) => (
        <li key={evidence.id} className="evidence-list__item">
          <a href={reportsApi.evidenceUrl(reportId, evidence.id)} download={evidence.name} className="evidence-list__link">
            {evidence.name}
          </a>
          {evidence.sizeBytes !== null && (
            <span className="muted"> ({r.report.items.size(formatNumber(Math.max(1, Math.round(evidence.sizeBytes / 1024)), language))})</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The report as submitted, for the district to review, for a leader to read, and for printing. */
export function ReportItemsView({ report, tasks }: { report: ReportDetail; tasks: ReadonlyMap<number, PlanTask> }) {
  const { r, language } = useReportsText();
  const texts = r.report.items;
  return (
    <section className="report-view" aria-labelledby="report-items-title" data-testid="report-items">
      <h2 id="report-items-title" className="panel__title">
        {texts.title}
      </h2>
      {report.items.length === 0 ? (
        <p className="empty-hint">{texts.empty}</p>
      ) : (
        <div className="table-scroller">
          <table className="data-table report-view__table">
            <caption className="visually-hidden">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{texts.taskColumn}</th>
                <th scope="col">{texts.status}</th>
                <th scope="col">{texts.readOnlyResult}</th>
                <th scope="col" className="data-table__number">
                  {texts.kpiActual}
                </th>
                <th scope="col">{texts.evidence}</th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((item, index) => {
                const task = tasks.get(item.taskId);
                const target = task ? task.kpis.map((kpi) => kpi.text).join('; ') || task.product : null;
                const files = item.evidence.filter((evidence) => evidence.kind === 'file');
                const links = item.evidence.filter((evidence) => evidence.kind === 'link');
                return (
                  <tr key={item.taskId} data-task-id={item.taskId}>
                    <td className="data-table__number">{formatNumber(index + 1, language)}</td>
                    <th scope="row" className="report-view__task">
                      {item.task}
                      {(item.indicatorCode || target) && (
                        <span className="reports-subline">
                          {item.indicatorCode && <span className="overview-code">{item.indicatorCode}</span>}
                          {item.indicatorCode && target ? ' · ' : ''}
                          {target && `${texts.target}: ${target}`}
                        </span>
                      )}
                    </th>
                    <td>
                      <span className={`badge report-badge report-badge--progress-${item.status}`}>{r.progress[item.status]}</span>
                    </td>
                    <td className="report-view__result">{item.result ?? '–'}</td>
                    <td className="data-table__number">{item.kpiActual === null ? '–' : formatNumber(item.kpiActual, language)}</td>
                    <td>
                      {files.length === 0 && links.length === 0 ? (
                        <span className="muted">–</span>
                      ) : (
                        <>
                          <EvidenceFiles reportId={report.id} files={files} language={language} />
                          {links.length > 0 && (
                            <ul className="evidence-list">
                              {links.map((link) => (
                                <li key={link.id} className="evidence-list__item">
                                  <WebLink address={link.name} />
                                </li>
                              ))}
                            </ul>
                          )}
                        </>
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

/** An evidence link, opened in a new tab; an address that is no web address is only shown, never followed. */
export function WebLink({ address }: { address: string }) {
  if (!isWebLink(address)) return <span className="evidence-list__link">{address}</span>;
  return (
    <a href={address} target="_blank" rel="noopener noreferrer" className="evidence-list__link">
      {address}
    </a>
  );
}
