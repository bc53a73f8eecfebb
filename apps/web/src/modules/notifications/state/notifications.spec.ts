import type { NotificationView } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { badgeText, markedRead, safeLink, shownNotifications } from './notifications';

function notice(id: number, createdAt: string, readAt: string | null = null): NotificationView {
  return { id, kind: 'follow_up', title: `Thông báo ${id}`, body: '', link: `/theo-doi`, createdAt, readAt };
}

describe('safeLink', () => {
  it('follows paths of the dashboard only', () => {
    expect(safeLink('/bao-cao/12')).toBe('/bao-cao/12');
    expect(safeLink('/theo-doi?status=open')).toBe('/theo-doi?status=open');
    expect(safeLink('//evil.example/x')).toBeNull();
    expect(safeLink('/\\evil.example')).toBeNull();
    expect(safeLink('https://evil.example')).toBeNull();
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink(null)).toBeNull();
  });
});

describe('the bell', () => {
  it('counts up to 99', () => {
    expect(badgeText(0)).toBe('0');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
  });

  it('marks one notification read and counts one unread less', () => {
    const list = { items: [notice(1, '2026-11-20T01:00:00Z'), notice(2, '2026-11-21T01:00:00Z')], unread: 2 };
    const next = markedRead(list, 2, '2026-11-21T02:00:00Z');
    expect(next.unread).toBe(1);
    expect(next.items.find((item) => item.id === 2)?.readAt).toBe('2026-11-21T02:00:00Z');
    // Reading it again changes nothing.
    expect(markedRead(next, 2, '2026-11-21T03:00:00Z')).toBe(next);
  });

  it('shows the newest first', () => {
    const items = [notice(1, '2026-11-20T01:00:00Z'), notice(3, '2026-11-21T01:00:00Z'), notice(2, '2026-11-21T01:00:00Z')];
    expect(shownNotifications(items).map((item) => item.id)).toEqual([3, 2, 1]);
    expect(shownNotifications(Array.from({ length: 30 }, (_, index) => notice(index, '2026-11-21T01:00:00Z')))).toHaveLength(20);
  });
});
