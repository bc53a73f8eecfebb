import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReportingPeriodsController, ReportsController, TimelinessController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';
import { TimelinessService } from './timeliness.service.js';

@Module({
  imports: [AuditModule, NotificationsModule],
  controllers: [ReportingPeriodsController, ReportsController, TimelinessController],
  providers: [ReportsService, TimelinessService],
  exports: [ReportsService, TimelinessService],
})
export class ReportsModule {}
