/** What a user may do; the unit they are attached to sets where. */
export type Role = 'admin' | 'province_officer' | 'district_officer' | 'commune_officer' | 'viewer';

export const ROLES: readonly Role[] = ['admin', 'province_officer', 'district_officer', 'commune_officer', 'viewer'];

export interface UserSummary {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  /** The unit whose subtree the user sees; null only for a system administrator. */
  unitId: number | null;
  unitName: string | null;
  active: boolean;
  lastLoginAt: string | null;
}

export interface SessionInfo {
  user: UserSummary;
  /** Send back as the X-CSRF-Token header on every write. */
  csrfToken: string;
  expiresAt: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface CreateUserRequest {
  email: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  password: string;
}

export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  unitId?: number | null;
  active?: boolean;
  password?: string;
}

export interface UserListResponse {
  items: UserSummary[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: number | null;
  actorEmail: string | null;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  unitId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditListResponse {
  items: AuditEntry[];
  /** Pass as `before` to read the next page (older entries); null on the last page. */
  nextBefore: number | null;
}
