import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { LOCK_KEYS, withTryAdvisoryLock } from '../database/advisory-lock.js';

const BATCH = 50;
const MAX_ATTEMPTS = 5;

/**
 * Sends queued e-mails when an SMTP server is configured; without one they stay queued (the in-app
 * notice is what users see). One instance sends at a time; a failed send is retried on later runs.
 */
@Injectable()
export class EmailOutboxService {
  private readonly logger = new Logger(EmailOutboxService.name);
  private transporter: Transporter | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async sendPending(): Promise<{ sent: number; failed: number }> {
    const smtpUrl = this.config.mail.smtpUrl;
    if (!smtpUrl) return { sent: 0, failed: 0 };
    this.transporter ??= nodemailer.createTransport(smtpUrl);
    const transporter = this.transporter;
    const outcome = await withTryAdvisoryLock(this.dataSource, LOCK_KEYS.emailOutbox, async (manager) => {
      const batch = await manager.query<Array<{ id: number; to_address: string; subject: string; body: string; attempts: number }>>(
        `SELECT id, to_address, subject, body, attempts FROM email_outbox WHERE status = 'pending' ORDER BY id LIMIT $1`,
        [BATCH],
      );
      let sent = 0;
      let failed = 0;
      for (const mail of batch) {
        try {
          await transporter.sendMail({ from: this.config.mail.from, to: mail.to_address, subject: mail.subject, text: mail.body });
          await manager.query(`UPDATE email_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1 WHERE id = $1`, [mail.id]);
          sent += 1;
        } catch (error) {
          const giveUp = mail.attempts + 1 >= MAX_ATTEMPTS;
          await manager.query(`UPDATE email_outbox SET status = $2, attempts = attempts + 1, last_error = $3 WHERE id = $1`, [
            mail.id,
            giveUp ? 'failed' : 'pending',
            error instanceof Error ? error.message.slice(0, 500) : String(error),
          ]);
          failed += 1;
        }
      }
      return { sent, failed };
    });
    if (outcome && (outcome.sent > 0 || outcome.failed > 0)) this.logger.log(`E-mail: ${outcome.sent} sent, ${outcome.failed} failed`);
    return outcome ?? { sent: 0, failed: 0 };
  }
}
