import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { ResultsModule } from '../results/results.module.js';
import { UnitsModule } from '../units/units.module.js';
import { UsersModule } from '../users/users.module.js';
import { StartupService } from './startup.service.js';

@Module({ imports: [UnitsModule, UsersModule, CatalogModule, ResultsModule, PlansModule], providers: [StartupService] })
export class StartupModule {}
