import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CatalogLoader } from '../catalog/catalog.loader.js';
import { DemoPlansLoader } from '../plans/demo-plans.loader.js';
import { DemoResultsLoader } from '../results/demo-results.loader.js';
import { PublishedResultsLoader } from '../results/published-results.loader.js';
import { ReferenceUnitsLoader } from '../units/reference-units.loader.js';
import { UsersService } from '../users/users.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

/**
 * What must exist before the first request, in order: the unit tree, the index catalog, the real
 * published results, the first administrator, demo data (accounts, commune results, seed plans).
 */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  private readonly logger = new Logger(StartupService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly loader: ReferenceUnitsLoader,
    private readonly catalog: CatalogLoader,
    private readonly published: PublishedResultsLoader,
    private readonly demoResults: DemoResultsLoader,
    private readonly demoPlans: DemoPlansLoader,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.loadReferenceData) {
      await this.loader.loadAll();
      await this.catalog.loadAll();
      await this.published.loadPapi();
      await this.published.loadPublishedFacts();
    }
    if (this.config.firstAdmin) {
      const outcome = await this.users.ensure({ ...this.config.firstAdmin, displayName: 'Quản trị hệ thống', role: 'admin', unitId: null });
      if (outcome === 'created') this.logger.log(`Created the first administrator ${this.config.firstAdmin.email}`);
    }
    if (this.config.demoData) {
      await this.seedDemoAccounts();
      if (this.config.loadReferenceData) {
        await this.demoResults.load();
        await this.demoPlans.load();
      }
    }
  }

  private async seedDemoAccounts(): Promise<void> {
    for (const account of DEMO_ACCOUNTS) {
      const [unit] = account.unitCode
        ? await this.dataSource.query<Array<{ id: number }>>(
            `SELECT id FROM unit WHERE code = $1 AND valid_from IS NULL`,
            [account.unitCode],
          )
        : [{ id: null }];
      if (!unit) throw new Error(`Demo account ${account.email}: unit ${account.unitCode} is not loaded`);
      await this.users.ensure({ ...account, unitId: unit.id, password: DEMO_PASSWORD });
    }
    this.logger.log(`Demo mode: ${DEMO_ACCOUNTS.length} demo accounts ready (password in README)`);
  }
}
