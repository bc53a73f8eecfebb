import type { Role } from '@govindex/contracts';
import { AsyncLocalStorage } from 'node:async_hooks';

/** The authenticated caller of a request: who, with which role, over which unit's subtree. */
export interface Actor {
  /** Null for the system itself (start-up loads, operators' command line). */
  userId: number | null;
  email: string;
  role: Role;
  /** Root of the subtree the caller sees; null for a system administrator (everything). */
  unitId: number | null;
  provinceId: number | null;
}

interface RequestStore {
  actor?: Actor;
}

const storage = new AsyncLocalStorage<RequestStore>();

/**
 * Carries the caller through the whole async life of a request, so the database layer reads the scope
 * itself instead of trusting every call site to pass it along.
 */
export const requestContext = {
  /** Express middleware: opens an empty store for the request; the auth guard fills it. */
  middleware(_request: unknown, _response: unknown, next: () => void): void {
    storage.run({}, next);
  },
  setActor(actor: Actor): void {
    const store = storage.getStore();
    if (!store) throw new Error('No request context: requestContext.middleware is not installed');
    store.actor = actor;
  },
  actor(): Actor | undefined {
    return storage.getStore()?.actor;
  },
  /** Runs work as a given actor outside an HTTP request (start-up, command line, scheduled jobs, tests). */
  runAs<T>(actor: Actor, work: () => Promise<T>): Promise<T> {
    return storage.run({ actor }, work);
  },
};

/** The platform acting on its own behalf, with a system administrator's reach. */
export const SYSTEM_ACTOR: Actor = { userId: null, email: 'system', role: 'admin', unitId: null, provinceId: null };
