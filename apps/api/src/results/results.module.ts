import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { DemoResultsLoader } from './demo-results.loader.js';
import { PublishedResultsLoader } from './published-results.loader.js';
import { ResultsImportService } from './results-import.service.js';
import { ResultsTemplateService } from './results-template.service.js';
import { ResultsController } from './results.controller.js';
import { ResultsService } from './results.service.js';

@Module({
  imports: [AuditModule, CatalogModule],
  controllers: [ResultsController],
  providers: [ResultsService, ResultsImportService, ResultsTemplateService, PublishedResultsLoader, DemoResultsLoader],
  exports: [ResultsService, ResultsImportService, PublishedResultsLoader, DemoResultsLoader],
})
export class ResultsModule {}
