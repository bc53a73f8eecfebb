import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
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
    return this.inScopedTransaction(actor, work);
  }

  private async inScopedTransaction<T>(actor: Actor, work: (manager: EntityManager, actor: Actor) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    try {
      // The transaction and the caller's scope in one round trip: round trips are most of what a request
      // costs on a small machine (docs/RELIABILITY.md, load and soak). Sent without parameters (so as one
      // simple query), the values are written in: integers and fixed words only. Marked open before it is
      // sent, so that a failure halfway is rolled back rather than left on a pooled connection.
      const begin = `START TRANSACTION; ${scopeSettings(actor)}`;
      startedOutsideTypeOrm(runner);
      await runner.query(begin);
      const result = await work(runner.manager, actor);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

/** The settings the row-level security policies read, as one SELECT with its values written in. */
export function scopeSettings(actor: Actor): string {
  const integer = (value: number | null) => {
    if (value === null) return "''";
    if (!Number.isSafeInteger(value)) throw new Error(`not an id: ${String(value)}`);
    return `'${value}'`;
  };
  return `SELECT set_config('role', 'govindex_app', true),
                 set_config('govindex.user_id', ${integer(actor.userId)}, true),
                 set_config('govindex.is_admin', '${actor.role === 'admin' ? 'on' : 'off'}', true),
                 set_config('govindex.scope_unit_id', ${integer(actor.unitId)}, true)`;
}

/**
 * Tells TypeORM that the runner is inside a transaction begun by hand, as its own startTransaction()
 * would have left it: a nested `manager.transaction()` then takes a savepoint instead of committing
 * ours (and with it the caller's scope), and commit/rollback end it as usual. Pinned by
 * access/__tests__/row-level-security.api.spec.ts.
 */
function startedOutsideTypeOrm(runner: QueryRunner): void {
  Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
}
