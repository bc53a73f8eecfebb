import type { Role } from '@govindex/contracts';

/** What a screen of the dashboard needs; the API checks the same rules again on every request. */
export type Permission = 'users.manage' | 'audit.read';

const GRANTS: Readonly<Record<Permission, readonly Role[]>> = {
  'users.manage': ['admin'],
  'audit.read': ['admin'],
};

/** May a user of this role (null: signed out) open the screens that need `permission`? */
export function hasPermission(role: Role | null, permission: Permission): boolean {
  return role !== null && GRANTS[permission].includes(role);
}
