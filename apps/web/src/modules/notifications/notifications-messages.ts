import type { NotificationView } from '@govindex/contracts';
import type { Language } from '../../shared/format/format';

/** The texts of the notification bell, kept with the module. */
export interface NotificationsMessages {
  bell: (unread: number) => string;
  heading: string;
  empty: string;
  unavailable: string;
  unreadMark: string;
  kinds: Record<NotificationView['kind'], string>;
  close: string;
}

export const notificationsVi: NotificationsMessages = {
  bell: (unread) => (unread === 0 ? 'Thông báo' : `Thông báo, ${unread} chưa đọc`),
  heading: 'Thông báo',
  empty: 'Chưa có thông báo nào.',
  unavailable: 'Chưa tải được thông báo.',
  unreadMark: 'Chưa đọc',
  kinds: { reminder: 'Nhắc hạn', overdue: 'Quá hạn', follow_up: 'Yêu cầu theo dõi', report_reviewed: 'Kết quả xem xét báo cáo' },
  close: 'Đóng',
};

export const notificationsEn: NotificationsMessages = {
  bell: (unread) => (unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`),
  heading: 'Notifications',
  empty: 'No notifications yet.',
  unavailable: 'The notifications could not be loaded.',
  unreadMark: 'Unread',
  kinds: { reminder: 'Reminder', overdue: 'Overdue', follow_up: 'Follow-up request', report_reviewed: 'Report reviewed' },
  close: 'Close',
};

export const NOTIFICATIONS_MESSAGES: Readonly<Record<Language, NotificationsMessages>> = { vi: notificationsVi, en: notificationsEn };
