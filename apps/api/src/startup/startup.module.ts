import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module.js';
import { UsersModule } from '../users/users.module.js';
import { StartupService } from './startup.service.js';

@Module({ imports: [UnitsModule, UsersModule], providers: [StartupService] })
export class StartupModule {}
