import type { NotificationListResponse } from '@govindex/contracts';
import { apiClient } from '../../shared/api/api-client';

/** The signed-in user's notifications: reminders, overdue reports, follow-up requests, reviews. */
export const notificationsApi = {
  list(signal?: AbortSignal): Promise<NotificationListResponse> {
    return apiClient.get<NotificationListResponse>('/api/v1/notifications', {}, signal);
  },

  markRead(id: number, csrfToken: string): Promise<void> {
    return apiClient.post<void>(`/api/v1/notifications/${id}/read`, {}, { csrfToken });
  },
};
