import type { Role } from '@govindex/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { Actor } from './request-context.js';

export const SESSION_COOKIE = 'govindex_session';

export interface ResolvedSession {
  actor: Actor & { userId: number };
  csrfToken: string;
  expiresAt: string;
}

/**
 * Server-side sessions: the cookie holds 32 random bytes, the table only their SHA-256, so a leaked
 * table cannot be replayed. Revoked at logout; expired after SESSION_TTL_HOURS. This is system work,
 * run as the owner role before any scope exists.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(userId: number): Promise<{ token: string; csrfToken: string; expiresAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await this.dataSource.query(
      'INSERT INTO user_session (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)',
      [hashToken(token), userId, csrfToken, expiresAt],
    );
    return { token, csrfToken, expiresAt: expiresAt.toISOString() };
  }

  async resolve(token: string): Promise<ResolvedSession | null> {
    const [row] = await this.dataSource.query<
      Array<{ id: number; email: string; role: Role; unit_id: number | null; province_id: number | null; csrf_token: string; expires_at: Date }>
    >(
      `SELECT u.id, u.email, u.role, u.unit_id, u.province_id, s.csrf_token, s.expires_at
       FROM user_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
      [hashToken(token)],
    );
    if (!row) return null;
    return {
      actor: { userId: row.id, email: row.email, role: row.role, unitId: row.unit_id, provinceId: row.province_id },
      csrfToken: row.csrf_token,
      expiresAt: new Date(row.expires_at).toISOString(),
    };
  }

  async revoke(token: string): Promise<void> {
    await this.dataSource.query('UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL', [
      hashToken(token),
    ]);
  }

  /**
   * Ends every session of a user (after a password, role or unit change, or a deactivation) inside the
   * caller's transaction, so the change and the revocation land together.
   */
  async revokeAllOf(manager: EntityManager, userId: number): Promise<void> {
    await manager.query('UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
