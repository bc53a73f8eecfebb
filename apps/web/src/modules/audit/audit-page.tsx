import { useCallback, useEffect, useReducer, useRef } from 'react';
import { ErrorNotice } from '../../app/error-notice';
import { useI18n } from '../../app/i18n/i18n';
import type { AuditEntry } from '@govindex/contracts';
import type { Messages } from '../../app/i18n/messages';
import { ExportButton } from '../../shared/export/export-button';
import { buildExportSheet, exportFileName, type ExportColumn } from '../../shared/export/table-export';
import { formatDateTime, formatNumber, todayIsoDate } from '../../shared/format/format';
import { auditApi } from './audit-api';
import { AuditTable } from './components/audit-table';
import { auditLogReducer, changedFields, fieldLabel, formatAuditValue, initialAuditLogState } from './state/audit-entry';

/** The audit log (system administrator only), newest first, a page of 50 at a time. */
export function AuditPage() {
  const { t, language } = useI18n();
  const [state, dispatch] = useReducer(auditLogReducer, initialAuditLogState);
  // The request under way, cancelled when the page is left.
  const pending = useRef<AbortController | null>(null);

  const load = useCallback((before: number | null) => {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    dispatch({ type: 'load-started' });
    auditApi.list(before, controller.signal).then(
      (page) => {
        if (!controller.signal.aborted) dispatch({ type: 'page-loaded', page });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) dispatch({ type: 'load-failed', error });
      },
    );
  }, []);

  useEffect(() => {
    load(null);
    return () => pending.current?.abort();
  }, [load]);

  const retry = () => load(state.started ? state.nextBefore : null);

  return (
    <>
      <title>{`${t.audit.pageTitle} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{t.audit.pageTitle}</h1>
        <p className="page-heading__intro">{t.audit.pageIntro}</p>
      </div>
      <section className="panel" aria-label={t.audit.table.caption}>
        {state.started && state.entries.length > 0 && (
          <div className="table-toolbar table-toolbar--end">
            <ExportButton
              build={() => ({
                fileName: exportFileName([t.export.auditFile, todayIsoDate()]),
                sheets: [buildExportSheet(t.export.auditSheet, auditExportColumns(t), state.entries)],
              })}
            />
          </div>
        )}
        {state.started && <AuditTable entries={state.entries} />}
        {!state.started && state.status === 'loading' && <p className="tree-status">{t.units.tree.loading}</p>}
        {state.status === 'error' && <ErrorNotice error={state.error} onRetry={retry} />}
        {state.started && (
          <div className="table-footer">
            <p className="table-footer__count" role="status">
              {t.audit.count(formatNumber(state.entries.length, language))}
              {state.nextBefore === null && state.entries.length > 0 ? ` · ${t.audit.end}` : ''}
            </p>
            {state.nextBefore !== null && state.status !== 'error' && (
              <button
                type="button"
                className="button"
                disabled={state.status === 'loading'}
                onClick={() => load(state.nextBefore)}
              >
                {state.status === 'loading' ? t.audit.loadingMore : t.audit.loadMore}
              </button>
            )}
          </div>
        )}
      </section>
    </>
  );
}

/** The entries shown so far, as exported: one line each, the changed fields written out "field: before → after". */
function auditExportColumns(t: Messages): ExportColumn<AuditEntry>[] {
  return [
    { header: t.audit.table.at, value: (entry) => formatDateTime(entry.at, { seconds: true }), width: 20 },
    { header: t.audit.table.actor, value: (entry) => entry.actorEmail ?? t.audit.system },
    { header: t.audit.table.entity, value: (entry) => t.audit.entity(entry.entity, entry.entityId) },
    { header: t.audit.table.action, value: (entry) => t.audit.actions[entry.action] },
    { header: t.audit.table.unit, value: (entry) => entry.unitId },
    {
      header: t.audit.table.changes,
      value: (entry) =>
        changedFields(entry)
          .map((change) => `${fieldLabel(change.field, t)}: ${formatAuditValue(change.field, change.before, t)} → ${formatAuditValue(change.field, change.after, t)}`)
          .join('; '),
      width: 80,
    },
  ];
}
