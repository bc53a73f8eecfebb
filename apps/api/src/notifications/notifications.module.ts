import { Module } from '@nestjs/common';
import { DeadlineNoticesService } from './deadline-notices.service.js';
import { EmailOutboxService } from './email-outbox.service.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, DeadlineNoticesService, EmailOutboxService],
  exports: [NotificationsService, DeadlineNoticesService, EmailOutboxService],
})
export class NotificationsModule {}
