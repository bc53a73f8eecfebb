import { type DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from './access/access.module.js';
import { AuthModule } from './access/auth.module.js';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AnswerCacheModule } from './common/answer-cache.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { CatalogModule } from './catalog/catalog.module.js';
import { FollowUpModule } from './follow-up/follow-up.module.js';
import { HealthModule } from './health/health.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { PlansModule } from './plans/plans.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { SchedulerModule } from './scheduler/scheduler.module.js';
import { ResultsModule } from './results/results.module.js';
import { StartupModule } from './startup/startup.module.js';
import { UnitsModule } from './units/units.module.js';
import { UsersModule } from './users/users.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        AnswerCacheModule,
        AccessModule,
        AuthModule,
        HealthModule,
        UnitsModule,
        UsersModule,
        AuditModule,
        CatalogModule,
        ResultsModule,
        AnalyticsModule,
        PlansModule,
        ReportsModule,
        NotificationsModule,
        FollowUpModule,
        SchedulerModule,
        StartupModule,
      ],
    };
  }
}
