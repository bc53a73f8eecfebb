import type { AuditEntry, AuditListResponse } from '@govindex/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { requireRole } from '../access/access-policy.js';
import type { Actor } from '../access/request-context.js';
import { ScopedDatabase } from '../access/scoped-database.js';

export interface AuditChange {
  entity: string;
  entityId: string | number;
  action: AuditEntry['action'];
  unitId: number | null;
  provinceId: number | null;
  before: object | null;
  after: object | null;
}

/** Who changed what: written in the same transaction as the change, so one never lands without the other. */
@Injectable()
export class AuditService {
  constructor(private readonly scoped: ScopedDatabase) {}

  async record(manager: EntityManager, actor: Actor | null, change: AuditChange): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_user_id, province_id, unit_id, entity, entity_id, action, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        actor?.userId ?? null,
        change.provinceId,
        change.unitId,
        change.entity,
        String(change.entityId),
        change.action,
        change.before === null ? null : JSON.stringify(change.before),
        change.after === null ? null : JSON.stringify(change.after),
      ],
    );
  }

  list(before: number | undefined, limit: number): Promise<AuditListResponse> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, 'admin');
      const rows = await manager.query<
        Array<Omit<AuditEntry, 'id' | 'at'> & { id: string; at: Date }>
      >(
        `SELECT a.id, a.at, a.actor_user_id AS "actorUserId", u.email AS "actorEmail", a.entity, a.entity_id AS "entityId",
                a.action, a.unit_id AS "unitId", a.before, a.after
         FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_user_id
         WHERE $1::bigint IS NULL OR a.id < $1
         ORDER BY a.id DESC LIMIT $2`,
        [before ?? null, limit + 1],
      );
      const items = rows.slice(0, limit).map((row) => ({ ...row, id: Number(row.id), at: new Date(row.at).toISOString() }));
      return { items, nextBefore: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
    });
  }
}
