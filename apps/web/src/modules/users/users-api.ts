import type { CreateUserRequest, UpdateUserRequest, UserListResponse, UserSummary } from '@govindex/contracts';
import { apiClient } from '../../shared/api/api-client';

/** User accounts; the API answers only a system administrator. Writes carry the session's CSRF token. */
export const usersApi = {
  list(signal?: AbortSignal): Promise<UserListResponse> {
    return apiClient.get<UserListResponse>('/api/v1/users', {}, signal);
  },

  get(id: number, signal?: AbortSignal): Promise<UserSummary> {
    return apiClient.get<UserSummary>(`/api/v1/users/${id}`, {}, signal);
  },

  create(request: CreateUserRequest, csrfToken: string): Promise<UserSummary> {
    return apiClient.post<UserSummary>('/api/v1/users', request, { csrfToken });
  },

  update(id: number, request: UpdateUserRequest, csrfToken: string): Promise<UserSummary> {
    return apiClient.patch<UserSummary>(`/api/v1/users/${id}`, request, { csrfToken });
  },
};
