import { Module } from '@nestjs/common';
import { ReferenceUnitsLoader } from './reference-units.loader.js';
import { UnitsController } from './units.controller.js';
import { UnitsService } from './units.service.js';

@Module({
  controllers: [UnitsController],
  providers: [UnitsService, ReferenceUnitsLoader],
  exports: [UnitsService, ReferenceUnitsLoader],
})
export class UnitsModule {}
