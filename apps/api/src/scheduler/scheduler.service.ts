import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DeadlineNoticesService } from '../notifications/deadline-notices.service.js';
import { EmailOutboxService } from '../notifications/email-outbox.service.js';

/** Deadline notices are checked hourly: reminders are per day, an hour late is harmless. */
const HOUR_MS = 60 * 60 * 1000;

/**
 * When scheduled work runs; what it does lives in the services it calls. Each run is recorded, so a
 * job whose time passed while the server was down runs as soon as the server is back.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SchedulerService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineNoticesService,
    private readonly outbox: EmailOutboxService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.schedulerEnabled) return;
    // Not awaited: start-up does not wait for catch-up work, which is idempotent anyway.
    void this.catchUp().catch((error: unknown) => this.logger.error(`Catch-up failed: ${String(error)}`));
  }

  @Cron(CronExpression.EVERY_HOUR)
  async hourly(): Promise<void> {
    if (this.config.schedulerEnabled) await this.runDeadlineNotices();
  }

  @Cron(CronExpression.EVERY_MINUTE)
  async everyMinute(): Promise<void> {
    if (this.config.schedulerEnabled) await this.outbox.sendPending();
  }

  /** Runs every job whose last run is older than its interval (or that never ran). */
  async catchUp(): Promise<string[]> {
    const [state] = await this.dataSource.query<Array<{ last_run_at: Date }>>(`SELECT last_run_at FROM scheduler_state WHERE job = 'deadline-notices'`);
    const due = !state || this.clock.now().getTime() - new Date(state.last_run_at).getTime() >= HOUR_MS;
    if (!due) return [];
    this.logger.log(`Catching up deadline notices (last run ${state ? new Date(state.last_run_at).toISOString() : 'never'})`);
    await this.runDeadlineNotices();
    return ['deadline-notices'];
  }

  async runDeadlineNotices(): Promise<number> {
    const result = await this.deadlines.run();
    if (result.ran) {
      await this.dataSource.query(
        `INSERT INTO scheduler_state (job, last_run_at) VALUES ('deadline-notices', $1)
         ON CONFLICT (job) DO UPDATE SET last_run_at = excluded.last_run_at`,
        [this.clock.now()],
      );
    }
    return result.created;
  }
}
