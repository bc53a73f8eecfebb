import { dueNotice, vietnamDate } from '@govindex/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { LOCK_KEYS, withTryAdvisoryLock } from '../database/advisory-lock.js';
import { NotificationsService } from './notifications.service.js';

/** Overdue notices are sent for periods due at most this many days ago: a new deployment does not flag years of history. */
const OVERDUE_LOOKBACK_DAYS = 30;

export interface DeadlineNoticeRun {
  /** False when another instance held the lock and did the work. */
  ran: boolean;
  created: number;
}

/**
 * Reminds communes 7, 3 and 1 days before a report is due and flags overdue reports (to the commune
 * and its district). Idempotent by date: each notice has a key, so running late, twice, or on several
 * instances at once notifies each person once.
 */
@Injectable()
export class DeadlineNoticesService {
  private readonly logger = new Logger(DeadlineNoticesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  async run(): Promise<DeadlineNoticeRun> {
    const today = vietnamDate(this.clock.now());
    const created = await withTryAdvisoryLock(this.dataSource, LOCK_KEYS.deadlineNotices, async (manager) => {
      const open = await manager.query<Array<{ period_id: number; title: string; due_on: string; unit_id: number; unit_name: string }>>(
        `SELECT rp.id AS period_id, rp.title, to_char(rp.due_on, 'YYYY-MM-DD') AS due_on, c.id AS unit_id, c.full_name AS unit_name
         FROM reporting_period rp
         JOIN unit c ON c.level = 'commune' AND c.ancestry @> ARRAY[rp.unit_id]
                    AND (c.valid_from IS NULL OR c.valid_from <= rp.due_on) AND (c.valid_until IS NULL OR c.valid_until >= rp.due_on)
         LEFT JOIN report r ON r.period_id = rp.id AND r.unit_id = c.id
         WHERE rp.due_on BETWEEN $1::date - $2::int AND $1::date + 7
           AND r.first_submitted_at IS NULL
           AND EXISTS (SELECT 1 FROM app_user u WHERE u.active AND u.unit_id IN (c.id, rp.unit_id))
         ORDER BY rp.due_on, c.code`,
        [today, OVERDUE_LOOKBACK_DAYS],
      );
      let count = 0;
      for (const entry of open) {
        const notice = dueNotice(entry.due_on, today);
        if (!notice) continue;
        const due = entry.due_on.split('-').reverse().join('/');
        count +=
          notice.kind === 'reminder'
            ? await this.notifications.notifyUnitOfficers(manager, entry.unit_id, {
                kind: 'reminder',
                title: `Còn ${notice.daysBefore} ngày: hạn nộp "${entry.title}"`,
                body: `${entry.unit_name} cần nộp "${entry.title}" trước hết ngày ${due}.`,
                link: '/bao-cao',
                dedupeKey: `reminder:${entry.period_id}:${entry.unit_id}:${notice.daysBefore}`,
              })
            : await this.notifications.notifyUnitOfficers(
                manager,
                entry.unit_id,
                {
                  kind: 'overdue',
                  title: `Quá hạn: ${entry.unit_name} chưa nộp "${entry.title}"`,
                  body: `Hạn nộp là ngày ${due}; đến nay báo cáo chưa được nộp.`,
                  link: '/bao-cao',
                  dedupeKey: `overdue:${entry.period_id}:${entry.unit_id}`,
                },
                true,
              );
      }
      return count;
    });
    if (created === null) return { ran: false, created: 0 };
    if (created > 0) this.logger.log(`Deadline notices: ${created} new for ${today}`);
    return { ran: true, created };
  }
}
