import type { NotificationListResponse, NotificationView } from '@govindex/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ScopedDatabase } from '../access/scoped-database.js';

export interface NewNotification {
  kind: NotificationView['kind'];
  title: string;
  body: string;
  link: string | null;
  /** Same key, same notice: a job that runs twice (or on two instances) notifies once. */
  dedupeKey: string;
}

/**
 * In-app notices and the e-mail queue behind them. Notices are written by the system (scheduler,
 * review of a report) for every active officer of a unit; each user reads and marks only their own.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly scoped: ScopedDatabase) {}

  list(): Promise<NotificationListResponse> {
    return this.scoped.run(async (manager, actor) => {
      const rows = await manager.query<Array<{ id: number; kind: NotificationView['kind']; title: string; body: string; link: string | null; created_at: Date; read_at: Date | null }>>(
        `SELECT id, kind, title, body, link, created_at, read_at FROM notification WHERE user_id = $1 ORDER BY id DESC LIMIT 50`,
        [actor.userId],
      );
      const [{ unread }] = (await manager.query<Array<{ unread: number }>>(
        'SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL',
        [actor.userId],
      )) as [{ unread: number }];
      return {
        unread,
        items: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          title: row.title,
          body: row.body,
          link: row.link,
          createdAt: new Date(row.created_at).toISOString(),
          readAt: row.read_at === null ? null : new Date(row.read_at).toISOString(),
        })),
      };
    });
  }

  markRead(id: number): Promise<void> {
    return this.scoped.run(async (manager, actor) => {
      // A CTE, because TypeORM answers a bare UPDATE … RETURNING as [rows, count].
      const updated = await manager.query<Array<{ id: number }>>(
        'WITH marked AS (UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM marked',
        [id, actor.userId],
      );
      if (updated.length === 0) throw new NotFoundException(`Không tìm thấy thông báo có mã số ${id}.`);
    });
  }

  /**
   * Notifies every active officer whose own unit is this one (and, with `alsoAbove`, the officers of
   * the district above it), queueing one e-mail per new notice. The SQL function runs as its owner:
   * recipients lie outside the caller's row-level scope by design, and the e-mail queue is the
   * system's alone. Returns how many notices were new.
   */
  async notifyUnitOfficers(manager: EntityManager, unitId: number, notice: NewNotification, alsoAbove = false): Promise<number> {
    const [row] = await manager.query<Array<{ created: number }>>('SELECT govindex_notify_unit($1, $2, $3, $4, $5, $6, $7) AS created', [
      unitId,
      notice.kind,
      notice.title,
      notice.body,
      notice.link,
      notice.dedupeKey,
      alsoAbove,
    ]);
    return row?.created ?? 0;
  }
}
