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

  it('lets administrators, province and district officers import results, not communes or leaders', () => {
    expect(ROLES.filter((role) => hasPermission(role, 'results.import'))).toEqual(['admin', 'province_officer', 'district_officer']);
  });

  it('lets only a province officer define the province’s own commune-level versions', () => {
    expect(ROLES.filter((role) => hasPermission(role, 'catalog.province-version'))).toEqual(['province_officer']);
  });

  it('lets every officer and the administrator write plans, not leaders', () => {
    expect(ROLES.filter((role) => hasPermission(role, 'plans.edit'))).toEqual(['admin', 'province_officer', 'district_officer', 'commune_officer']);
  });

  it('grants nothing without a session', () => {
    expect(hasPermission(null, 'users.manage')).toBe(false);
    expect(hasPermission(null, 'results.import')).toBe(false);
  });
});
