import type { UserSummary } from '@govindex/contracts';
import { useId, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { useI18n } from '../../app/i18n/i18n';
import type { Messages } from '../../app/i18n/messages';
import { ExportButton } from '../../shared/export/export-button';
import { buildExportSheet, exportFileName, type ExportColumn } from '../../shared/export/table-export';
import { formatDateTime, formatNumber, todayIsoDate } from '../../shared/format/format';
import { TableFilter } from '../../shared/forms/search-input';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { UsersTable } from './components/users-table';
import { DEFAULT_USER_SORT, filterUsers, nextUserSort, sortUsers, type UserLabels } from './state/users-table';
import { usersApi } from './users-api';
import { NEW_USER_PATH, savedUserNoteOf } from './users-paths';

/** The accounts (system administrator only): filter, sort, add, edit. */
export function UsersPage() {
  const { t, language } = useI18n();
  const location = useLocation();
  const saved = savedUserNoteOf(location.state);
  const filterId = useId();
  const [filterText, setFilterText] = useState('');
  const [sort, setSort] = useState(DEFAULT_USER_SORT);
  const users = useApiQuery({ key: 'users', load: (signal) => usersApi.list(signal) });

  const labels = useMemo<UserLabels>(
    () => ({ role: (user) => t.roles[user.role], unit: (user) => user.unitName ?? t.users.table.wholeCountry }),
    [t],
  );
  const all = users.status === 'success' ? users.data.items : null;
  const shown = useMemo<UserSummary[]>(
    () => (all ? sortUsers(filterUsers(all, filterText, labels), sort, labels) : []),
    [all, filterText, sort, labels],
  );
  const isFiltered = filterText.trim() !== '';

  return (
    <>
      <title>{`${t.users.pageTitle} — GovIndex`}</title>
      <div className="page-heading page-heading--with-action">
        <div>
          <h1>{t.users.pageTitle}</h1>
          <p className="page-heading__intro">{t.users.pageIntro}</p>
        </div>
        <Link to={NEW_USER_PATH} className="button">
          {t.users.add}
        </Link>
      </div>
      {saved && (
        <p className="notice notice--success" role="status">
          {saved.action === 'created' ? t.users.saved.created(saved.email) : t.users.saved.updated(saved.email)}
        </p>
      )}
      <section className="panel" aria-label={t.users.table.caption}>
        <div className="table-toolbar">
          <TableFilter id={filterId} label={t.users.filter.label} placeholder={t.users.filter.placeholder} value={filterText} onValueChange={setFilterText} />
          {all && (
            <p className="table-toolbar__count" role="status" data-testid="users-count">
              {t.users.filter.count(formatNumber(shown.length, language), formatNumber(all.length, language), isFiltered)}
            </p>
          )}
          {all && (
            <ExportButton
              disabled={shown.length === 0}
              build={() => ({
                fileName: exportFileName([t.export.usersFile, todayIsoDate()]),
                sheets: [buildExportSheet(t.export.usersSheet, userExportColumns(t, labels), shown)],
              })}
            />
          )}
        </div>
        {users.status === 'error' ? (
          <ErrorNotice error={users.error} onRetry={users.retry} />
        ) : !all ? (
          <p className="tree-status">{t.units.tree.loading}</p>
        ) : (
          <UsersTable
            users={shown}
            sort={sort}
            onSort={(key) => setSort((current) => nextUserSort(current, key))}
            unitLabel={labels.unit}
            highlightedEmail={saved?.email}
            emptyText={isFiltered ? t.users.table.noMatch(filterText.trim()) : t.users.table.empty}
          />
        )}
      </section>
    </>
  );
}

/** The table as exported: what the officer reads, in the same order (the rows as filtered and sorted). */
function userExportColumns(t: Messages, labels: UserLabels): ExportColumn<UserSummary>[] {
  return [
    { header: t.users.table.email, value: (user) => user.email },
    { header: t.users.table.displayName, value: (user) => user.displayName },
    { header: t.users.table.role, value: (user) => labels.role(user) },
    { header: t.users.table.unit, value: (user) => labels.unit(user) },
    { header: t.users.table.status, value: (user) => (user.active ? t.users.table.active : t.users.table.locked) },
    { header: t.users.table.lastLogin, value: (user) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t.users.table.neverSignedIn) },
  ];
}
