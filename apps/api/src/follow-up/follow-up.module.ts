import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { AlignmentService } from './alignment.service.js';
import { AlignmentController, FollowUpController } from './follow-up.controller.js';
import { FollowUpService } from './follow-up.service.js';
import { RemediationService } from './remediation.service.js';

@Module({
  imports: [AuditModule, NotificationsModule, PlansModule],
  controllers: [FollowUpController, AlignmentController],
  providers: [FollowUpService, AlignmentService, RemediationService],
})
export class FollowUpModule {}
