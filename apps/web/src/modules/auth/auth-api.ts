import type { LoginRequest, SessionInfo } from '@govindex/contracts';
import { apiClient } from '../../shared/api/api-client';

export const authApi = {
  /** Opens a session: the API sets an httpOnly cookie and answers with the user and the CSRF token. */
  login(request: LoginRequest): Promise<SessionInfo> {
    return apiClient.post<SessionInfo>('/api/v1/auth/login', request);
  },

  /** The session the browser's cookie holds, or null when there is none (the API answers 204, not an error). */
  async current(signal?: AbortSignal): Promise<SessionInfo | null> {
    return (await apiClient.get<SessionInfo | undefined>('/api/v1/auth/session', {}, signal)) ?? null;
  },

  logout(csrfToken: string): Promise<void> {
    return apiClient.post<void>('/api/v1/auth/logout', {}, { csrfToken });
  },
};
