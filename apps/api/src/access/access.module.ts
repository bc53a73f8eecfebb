import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { ScopedDatabase } from './scoped-database.js';
import { SessionsService } from './sessions.service.js';

/** The caller's identity and scope: the global session guard and the scoped database every feature uses. */
@Global()
@Module({
  providers: [SessionsService, ScopedDatabase, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionsService, ScopedDatabase],
})
export class AccessModule {}
