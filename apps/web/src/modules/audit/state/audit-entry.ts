import type { AuditEntry, AuditListResponse, Role } from '@govindex/contracts';
import { ROLES } from '@govindex/contracts';
import type { Messages } from '../../../app/i18n/messages';

/** One line of the before/after comparison; a value is undefined where that side does not exist. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Fields in the order people read a record: who, what role, where, whether active; others after, by name. */
const FIELD_ORDER = ['email', 'displayName', 'role', 'unitId', 'active', 'passwordChanged'];

const orderOf = (field: string) => {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
};

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields an entry changed: for an update those whose value differs, for a creation every field of the
 * new record, for a deletion every field of the old one.
 */
export function changedFields(entry: Pick<AuditEntry, 'before' | 'after'>): FieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => entry.before === null || entry.after === null || !sameValue(before[field], after[field]))
    .sort((a, b) => orderOf(a) - orderOf(b) || a.localeCompare(b))
    .map((field) => ({ field, before: entry.before === null ? undefined : before[field], after: entry.after === null ? undefined : after[field] }));
}

const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** A recorded value in words: roles and states by name, nothing as "—", structures as JSON. */
export function formatAuditValue(field: string, value: unknown, t: Messages): string {
  if (value === undefined || value === null || value === '') return t.audit.diff.none;
  if (field === 'role' && isRole(value)) return t.roles[value];
  if (field === 'active' && typeof value === 'boolean') return value ? t.audit.values.active : t.audit.values.locked;
  if (field === 'passwordChanged' && value === true) return t.audit.values.passwordChanged;
  if (typeof value === 'boolean') return value ? t.audit.values.yes : t.audit.values.no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

export const fieldLabel = (field: string, t: Messages): string => t.audit.fields[field] ?? field;

/** The log as read so far, page after page (newest first), and whether more is being fetched. */
export interface AuditLogState {
  entries: AuditEntry[];
  /** Cursor of the next (older) page; null once the oldest entry is shown. */
  nextBefore: number | null;
  status: 'loading' | 'idle' | 'error';
  error: unknown;
  /** Has the first page arrived? */
  started: boolean;
}

export type AuditLogAction =
  | { type: 'load-started' }
  | { type: 'page-loaded'; page: AuditListResponse }
  | { type: 'load-failed'; error: unknown };

export const initialAuditLogState: AuditLogState = { entries: [], nextBefore: null, status: 'loading', error: null, started: false };

export function auditLogReducer(state: AuditLogState, action: AuditLogAction): AuditLogState {
  switch (action.type) {
    case 'load-started':
      return { ...state, status: 'loading', error: null };
    case 'page-loaded': {
      // An entry already shown (a page asked for twice) is not shown again.
      const known = new Set(state.entries.map((entry) => entry.id));
      const fresh = action.page.items.filter((entry) => !known.has(entry.id));
      return { entries: [...state.entries, ...fresh], nextBefore: action.page.nextBefore, status: 'idle', error: null, started: true };
    }
    case 'load-failed':
      return { ...state, status: 'error', error: action.error };
  }
}
