import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

const BATCH = 50;
const MAX_ATTEMPTS = 5;
const CLAIM_TIMEOUT = '10 minutes';

/**
 * Sends queued e-mails when an SMTP server is configured; without one they stay queued (the in-app
 * notice is what users see). Instances claim disjoint batches (SKIP LOCKED), so each mail goes once;
 * a failed send is retried on later runs, up to MAX_ATTEMPTS.
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
    // Claim a batch in a short transaction, send with no transaction open (an SMTP server may be slow,
    // and the embedded database has one connection), then record each outcome. Rows claimed by an
    // instance that died are claimed again after CLAIM_TIMEOUT.
    const batch = await this.dataSource.query<Array<{ id: number; to_address: string; subject: string; body: string; attempts: number }>>(
      `WITH claimed AS (
         UPDATE email_outbox SET status = 'sending', claimed_at = now(), attempts = attempts + 1
         WHERE id IN (SELECT id FROM email_outbox
                      WHERE status = 'pending' OR (status = 'sending' AND claimed_at < now() - $2::interval)
                      ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id, to_address, subject, body, attempts)
       SELECT * FROM claimed ORDER BY id`,
      [BATCH, CLAIM_TIMEOUT],
    );
    let sent = 0;
    let failed = 0;
    for (const mail of batch) {
      try {
        await this.transporter.sendMail({ from: this.config.mail.from, to: mail.to_address, subject: mail.subject, text: mail.body });
        await this.dataSource.query(`UPDATE email_outbox SET status = 'sent', sent_at = now() WHERE id = $1`, [mail.id]);
        sent += 1;
      } catch (error: unknown) {
        await this.dataSource.query(`UPDATE email_outbox SET status = $2, last_error = $3 WHERE id = $1`, [
          mail.id,
          mail.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          error instanceof Error ? error.message.slice(0, 500) : String(error),
        ]);
        failed += 1;
      }
    }
    if (sent > 0 || failed > 0) this.logger.log(`E-mail: ${sent} sent, ${failed} failed`);
    return { sent, failed };
  }
}
