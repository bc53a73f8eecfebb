import type { AuditListResponse } from '@govindex/contracts';
import { apiClient } from '../../shared/api/api-client';

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first; the API answers only a system administrator. */
export const auditApi = {
  /** A page of entries older than `before` (the newest page when null). */
  list(before: number | null, signal?: AbortSignal): Promise<AuditListResponse> {
    return apiClient.get<AuditListResponse>('/api/v1/audit', { limit: AUDIT_PAGE_SIZE, before }, signal);
  },
};
