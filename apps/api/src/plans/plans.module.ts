import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { DemoPlansLoader } from './demo-plans.loader.js';
import { PlanComplianceService } from './plan-compliance.service.js';
import { PlanImportService } from './plan-import.service.js';
import { PlansController } from './plans.controller.js';
import { PlansService } from './plans.service.js';

@Module({
  imports: [AuditModule, CatalogModule, ReportsModule],
  controllers: [PlansController],
  providers: [PlansService, PlanImportService, PlanComplianceService, DemoPlansLoader],
  exports: [PlansService, PlanComplianceService, DemoPlansLoader],
})
export class PlansModule {}
