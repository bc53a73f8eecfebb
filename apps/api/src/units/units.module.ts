import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ReferenceUnitsLoader } from './reference-units.loader.js';
import { UnitsController } from './units.controller.js';
import { UnitsService } from './units.service.js';

@Module({
  controllers: [UnitsController],
  providers: [UnitsService, ReferenceUnitsLoader],
  exports: [UnitsService, ReferenceUnitsLoader],
})
export class UnitsModule implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly loader: ReferenceUnitsLoader,
  ) {}

  /** The tree must exist before the first request; an unchanged list is skipped by its hash. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.loadReferenceData) await this.loader.loadAll();
  }
}
