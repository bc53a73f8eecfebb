import type { AuditEntry } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { en, vi } from '../../../app/i18n/messages';
import { auditLogReducer, changedFields, fieldLabel, formatAuditValue, initialAuditLogState } from './audit-entry';

const entry = (id: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id,
  at: '2026-11-21T10:58:00.837Z',
  actorUserId: 1,
  actorEmail: 'quantri@demo.govindex.vn',
  entity: 'user',
  entityId: String(id),
  action: 'update',
  unitId: 4362,
  before: null,
  after: null,
  ...overrides,
});

describe('changedFields', () => {
  it('lists only what an update changed, in reading order', () => {
    const changes = changedFields({
      before: { email: 'a@b.vn', displayName: 'Tân', role: 'commune_officer', unitId: 4362, active: true },
      after: { email: 'a@b.vn', displayName: 'Tân', role: 'viewer', unitId: 288, active: false, passwordChanged: true },
    });
    expect(changes).toEqual([
      { field: 'role', before: 'commune_officer', after: 'viewer' },
      { field: 'unitId', before: 4362, after: 288 },
      { field: 'active', before: true, after: false },
      { field: 'passwordChanged', before: undefined, after: true },
    ]);
  });

  it('lists every field of a new record, and of a deleted one', () => {
    const created = changedFields({ before: null, after: { unitId: 4362, email: 'a@b.vn', note: 'x' } });
    expect(created.map((change) => change.field)).toEqual(['email', 'unitId', 'note']);
    expect(created[0]).toEqual({ field: 'email', before: undefined, after: 'a@b.vn' });
    expect(changedFields({ before: { email: 'a@b.vn' }, after: null })).toEqual([
      { field: 'email', before: 'a@b.vn', after: undefined },
    ]);
  });

  it('compares nested values by content', () => {
    expect(changedFields({ before: { tags: ['a'] }, after: { tags: ['a'] } })).toEqual([]);
  });
});

describe('formatAuditValue', () => {
  it('names roles and states in the interface language', () => {
    expect(formatAuditValue('role', 'commune_officer', vi)).toBe('Công chức xã');
    expect(formatAuditValue('role', 'commune_officer', en)).toBe('Commune civil servant');
    expect(formatAuditValue('active', false, vi)).toBe('Đã khoá');
    expect(formatAuditValue('passwordChanged', true, vi)).toBe('Đã đổi');
  });

  it('shows absent values as a dash and anything else as it is', () => {
    expect(formatAuditValue('unitId', null, vi)).toBe('—');
    expect(formatAuditValue('unitId', undefined, vi)).toBe('—');
    expect(formatAuditValue('unitId', 4362, vi)).toBe('4362');
    expect(formatAuditValue('role', 'superuser', vi)).toBe('superuser');
    expect(formatAuditValue('extra', { a: 1 }, vi)).toBe('{"a":1}');
  });

  it('labels known fields and leaves unknown ones as they are', () => {
    expect(fieldLabel('displayName', vi)).toBe('Họ tên');
    expect(fieldLabel('somethingNew', vi)).toBe('somethingNew');
  });
});

describe('entity labels', () => {
  it('names the record an entry is about', () => {
    expect(vi.audit.entity('user', '6')).toBe('Người dùng #6');
    expect(en.audit.entity('user', '6')).toBe('User #6');
    expect(vi.audit.entity('plan', '3')).toBe('plan #3');
  });
});

describe('auditLogReducer', () => {
  it('appends older pages and remembers where to continue', () => {
    let state = auditLogReducer(initialAuditLogState, {
      type: 'page-loaded',
      page: { items: [entry(9), entry(8)], nextBefore: 8 },
    });
    expect(state).toMatchObject({ status: 'idle', nextBefore: 8, started: true });
    state = auditLogReducer(state, { type: 'load-started' });
    expect(state.status).toBe('loading');
    expect(state.entries).toHaveLength(2);
    state = auditLogReducer(state, { type: 'page-loaded', page: { items: [entry(8), entry(7)], nextBefore: null } });
    expect(state.entries.map((e) => e.id)).toEqual([9, 8, 7]);
    expect(state.nextBefore).toBeNull();
  });

  it('keeps what is shown when a page fails', () => {
    const loaded = auditLogReducer(initialAuditLogState, { type: 'page-loaded', page: { items: [entry(9)], nextBefore: 9 } });
    const failed = auditLogReducer(loaded, { type: 'load-failed', error: new Error('x') });
    expect(failed.entries).toHaveLength(1);
    expect(failed.status).toBe('error');
    expect(failed.nextBefore).toBe(9);
  });
});
