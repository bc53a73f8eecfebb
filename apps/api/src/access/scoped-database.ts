import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requestContext, type Actor } from './request-context.js';

export class MissingScopeError extends Error {
  constructor() {
    super('Tenant data was touched with no caller in scope: refusing (fail closed).');
    this.name = 'MissingScopeError';
  }
}

/**
 * The only way request code reaches tenant-owned tables: one transaction under the restricted role
 * `govindex_app`, with the caller's scope in transaction-local settings that the row-level security
 * policies read. Transaction-local matters on the embedded database, where every connection shares
 * one backend session.
 */
@Injectable()
export class ScopedDatabase {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager, actor: Actor) => Promise<T>): Promise<T> {
    const actor = requestContext.actor();
    if (!actor) return Promise.reject(new MissingScopeError());
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT set_config('role', 'govindex_app', true),
                set_config('govindex.user_id', $1, true),
                set_config('govindex.is_admin', $2, true),
                set_config('govindex.scope_unit_id', $3, true)`,
        [actor.userId === null ? '' : String(actor.userId), actor.role === 'admin' ? 'on' : 'off', actor.unitId === null ? '' : String(actor.unitId)],
      );
      return work(manager, actor);
    });
  }
}
