import { ROLES } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { hasPermission } from './permissions';

describe('hasPermission', () => {
  it('lets only the system administrator manage users and read the audit log', () => {
    for (const role of ROLES) {
      expect(hasPermission(role, 'users.manage')).toBe(role === 'admin');
      expect(hasPermission(role, 'audit.read')).toBe(role === 'admin');
    }
  });

  it('grants nothing without a session', () => {
    expect(hasPermission(null, 'users.manage')).toBe(false);
  });
});
