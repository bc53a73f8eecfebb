import type { NotificationListResponse, NotificationView } from '@govindex/contracts';

/** How often the bell asks for new notifications. */
export const POLL_INTERVAL_MS = 60_000;

/** The most notifications the list shows; the API keeps the rest. */
export const MAX_SHOWN = 20;

/**
 * A notification's link, when it is a path of the dashboard itself ("/bao-cao/12"); anything else (another
 * site, "//host", "javascript:") is not followed.
 */
export function safeLink(link: string | null): string | null {
  if (!link) return null;
  if (!link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}

/** The count on the bell: up to 99, then "99+". */
export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(Math.max(0, unread));
}

/** The list after one notification was read: marked with the time, the unread count down by one. */
export function markedRead(list: NotificationListResponse, id: number, at: string): NotificationListResponse {
  let changed = false;
  const items = list.items.map((item) => {
    if (item.id !== id || item.readAt !== null) return item;
    changed = true;
    return { ...item, readAt: at };
  });
  return changed ? { items, unread: Math.max(0, list.unread - 1) } : list;
}

/** Newest first, as many as the list shows. */
export function shownNotifications(items: readonly NotificationView[]): NotificationView[] {
  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id).slice(0, MAX_SHOWN);
}
