import type { AuditEntry } from '@govindex/contracts';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { formatDateTime } from '../../../shared/format/format';
import { changedFields, fieldLabel, formatAuditValue } from '../state/audit-entry';

const COLUMN_COUNT = 6;

/** The log, one line per change; each line opens onto the fields it changed, before and after. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <div className="table-scroller">
      <table className="data-table audit-table" data-testid="audit-table">
        <caption className="visually-hidden">{t.audit.table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.audit.table.at}</th>
            <th scope="col">{t.audit.table.actor}</th>
            <th scope="col">{t.audit.table.entity}</th>
            <th scope="col">{t.audit.table.action}</th>
            <th scope="col">{t.audit.table.unit}</th>
            <th scope="col">{t.audit.table.changes}</th>
          </tr>
        </thead>
        <tbody>
          {entries.length === 0 && (
            <tr>
              <td colSpan={COLUMN_COUNT} className="data-table__empty">
                {t.audit.empty}
              </td>
            </tr>
          )}
          {entries.map((entry) => {
            const isOpen = open.has(entry.id);
            const entity = t.audit.entity(entry.entity, entry.entityId);
            const changesId = `audit-${entry.id}-changes`;
            return (
              <Fragment key={entry.id}>
                <tr className={isOpen ? 'audit-table__row--open' : undefined} data-audit-id={entry.id}>
                  <td className="data-table__time">
                    <time dateTime={entry.at}>{formatDateTime(entry.at, { seconds: true })}</time>
                  </td>
                  <td>{entry.actorEmail ?? <span className="muted">{t.audit.system}</span>}</td>
                  <th scope="row">{entity}</th>
                  <td>
                    <span className={`badge badge--${entry.action}`}>{t.audit.actions[entry.action]}</span>
                  </td>
                  <td>
                    {entry.unitId === null ? (
                      <span className="muted">{t.audit.diff.none}</span>
                    ) : (
                      <Link to={`/don-vi?unit=${entry.unitId}`}>#{entry.unitId}</Link>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? changesId : undefined}
                      aria-label={`${isOpen ? t.audit.hideChanges : t.audit.showChanges}: ${entity}`}
                      onClick={() => toggle(entry.id)}
                    >
                      {isOpen ? t.audit.hideChanges : t.audit.showChanges}
                    </button>
                  </td>
                </tr>
                {isOpen && (
                  <tr className="audit-table__details">
                    <td colSpan={COLUMN_COUNT} id={changesId}>
                      <AuditChanges entry={entry} entity={entity} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function AuditChanges({ entry, entity }: { entry: AuditEntry; entity: string }) {
  const { t } = useI18n();
  const changes = changedFields(entry);
  if (changes.length === 0) return <p className="empty-hint">{t.audit.diff.empty}</p>;
  return (
    <table className="diff-table">
      <caption>{t.audit.diff.caption(entity)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.audit.diff.field}</th>
          <th scope="col">{t.audit.diff.before}</th>
          <th scope="col">{t.audit.diff.after}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{fieldLabel(change.field, t)}</th>
            <td className="diff-table__before">{formatAuditValue(change.field, change.before, t)}</td>
            <td className="diff-table__after">{formatAuditValue(change.field, change.after, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
