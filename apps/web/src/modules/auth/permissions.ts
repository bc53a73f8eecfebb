import type { Role } from '@govindex/contracts';

/** What a screen of the dashboard needs; the API checks the same rules again on every request. */
export type Permission = 'users.manage' | 'audit.read' | 'results.import' | 'catalog.province-version' | 'plans.edit';

const GRANTS: Readonly<Record<Permission, readonly Role[]>> = {
  'users.manage': ['admin'],
  'audit.read': ['admin'],
  // Officers import the results of units in their own subtree; communes and leaders only read them.
  'results.import': ['admin', 'province_officer', 'district_officer'],
  // A province's own commune-level versions belong to a province: the administrator, attached to none, edits data/catalog.
  'catalog.province-version': ['province_officer'],
  // Officers write the plans of their own unit and the units below it; leaders only read them.
  'plans.edit': ['admin', 'province_officer', 'district_officer', 'commune_officer'],
};

/** May a user of this role (null: signed out) open the screens that need `permission`? */
export function hasPermission(role: Role | null, permission: Permission): boolean {
  return role !== null && GRANTS[permission].includes(role);
}
