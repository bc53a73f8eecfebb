import type { UserSummary } from '@govindex/contracts';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { formatDateTime } from '../../../shared/format/format';
import type { UserSort, UserSortKey } from '../state/users-table';
import { userEditPath } from '../users-paths';

const COLUMNS: readonly UserSortKey[] = ['email', 'displayName', 'role', 'unit', 'status', 'lastLogin'];

export interface UsersTableProps {
  users: readonly UserSummary[];
  sort: UserSort;
  onSort: (key: UserSortKey) => void;
  unitLabel: (user: UserSummary) => string;
  /** The user just created or saved, marked in the table. */
  highlightedEmail?: string | null;
  emptyText: string;
}

/** The user accounts; each column header sorts, and says how it sorts (aria-sort). */
export function UsersTable({ users, sort, onSort, unitLabel, highlightedEmail, emptyText }: UsersTableProps) {
  const { t } = useI18n();
  const headings: Record<UserSortKey, string> = {
    email: t.users.table.email,
    displayName: t.users.table.displayName,
    role: t.users.table.role,
    unit: t.users.table.unit,
    status: t.users.table.status,
    lastLogin: t.users.table.lastLogin,
  };
  return (
    <div className="table-scroller">
      <table className="data-table" data-testid="users-table">
        <caption className="visually-hidden">{t.users.table.caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : undefined}>
                <button type="button" className="sort-button" onClick={() => onSort(key)}>
                  {headings[key]}
                  <span className={`sort-button__mark${sort.key === key ? ` sort-button__mark--${sort.direction}` : ''}`} aria-hidden="true" />
                </button>
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t.users.table.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS.length + 1} className="data-table__empty">
                {emptyText}
              </td>
            </tr>
          ) : (
            users.map((user) => (
              <tr key={user.id} className={user.email === highlightedEmail ? 'data-table__row--highlighted' : undefined}>
                <td className="data-table__email">{user.email}</td>
                <th scope="row" className="data-table__name">
                  {user.displayName}
                </th>
                <td>{t.roles[user.role]}</td>
                <td>{unitLabel(user)}</td>
                <td>
                  <span className={`badge ${user.active ? 'badge--active' : 'badge--locked'}`}>
                    {user.active ? t.users.table.active : t.users.table.locked}
                  </span>
                </td>
                <td className="data-table__time">
                  {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : <span className="muted">{t.users.table.neverSignedIn}</span>}
                </td>
                <td className="data-table__actions">
                  <Link to={userEditPath(user.id)} className="button button--small button--quiet" aria-label={t.users.table.editLabel(user.displayName)}>
                    {t.users.table.edit}
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
