import type { Role } from '@govindex/contracts';
import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from './request-context.js';

/** Denies unless the actor holds one of the roles. */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) throw new ForbiddenException('Bạn không có quyền thực hiện thao tác này.');
}

/**
 * Denies (as "not found", never revealing that the unit exists elsewhere) unless the unit lies in the
 * actor's subtree. Administrators see every unit.
 */
export async function requireUnitInScope(manager: EntityManager, actor: Actor, unitId: number): Promise<void> {
  const [row] = await manager.query<Array<{ inScope: boolean }>>(
    `SELECT ($2::int IS NULL OR ancestry @> ARRAY[$2::int]) AS "inScope" FROM unit WHERE id = $1`,
    [unitId, actor.role === 'admin' ? null : actor.unitId],
  );
  if (!row?.inScope) throw new NotFoundException(`Không tìm thấy đơn vị có mã số ${unitId}.`);
}
