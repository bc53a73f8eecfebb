import { Module } from '@nestjs/common';
import { CatalogLoader } from './catalog.loader.js';
import { CatalogService } from './catalog.service.js';

@Module({ providers: [CatalogService, CatalogLoader], exports: [CatalogService, CatalogLoader] })
export class CatalogModule {}
