import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogAdminService } from './catalog-admin.service.js';
import { CatalogController } from './catalog.controller.js';
import { CatalogLoader } from './catalog.loader.js';
import { CatalogService } from './catalog.service.js';

@Module({
  imports: [AuditModule],
  controllers: [CatalogController],
  providers: [CatalogService, CatalogLoader, CatalogAdminService],
  exports: [CatalogService, CatalogLoader],
})
export class CatalogModule {}
