import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SchedulerService } from './scheduler.service.js';

/** Scheduled jobs: timing only, the work is in the notifications services. */
@Module({
  imports: [ScheduleModule.forRoot(), NotificationsModule],
  providers: [SchedulerService],
  exports: [SchedulerService],
})
export class SchedulerModule {}
