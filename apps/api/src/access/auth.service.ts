import type { SessionInfo } from '@govindex/contracts';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UsersService } from '../users/users.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { SessionsService, type ResolvedSession } from './sessions.service.js';

const WRONG_CREDENTIALS = 'E-mail hoặc mật khẩu không đúng.';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly users: UsersService,
  ) {}

  /** Checks the password (in the same time whether or not the e-mail exists) and opens a session. */
  async login(email: string, password: string, ip: string): Promise<SessionInfo & { token: string }> {
    await this.throttle.assertAllowed(email, ip);
    const [user] = await this.dataSource.query<Array<{ id: number; password_hash: string; active: boolean }>>(
      'SELECT id, password_hash, active FROM app_user WHERE email = $1',
      [email],
    );
    const passwordMatches = await verifyPassword(user?.password_hash ?? (await DUMMY_HASH), password);
    if (!user || !user.active || !passwordMatches) {
      await this.throttle.record(email, ip, false);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    await this.throttle.record(email, ip, true);
    await this.dataSource.query('UPDATE app_user SET last_login_at = now() WHERE id = $1', [user.id]);
    const session = await this.sessions.create(user.id);
    return { token: session.token, csrfToken: session.csrfToken, expiresAt: session.expiresAt, user: await this.users.summaryOf(user.id) };
  }

  async sessionFromCookie(token: unknown): Promise<ResolvedSession | null> {
    return typeof token === 'string' && token !== '' ? this.sessions.resolve(token) : null;
  }

  async describe(session: ResolvedSession): Promise<SessionInfo> {
    return { csrfToken: session.csrfToken, expiresAt: session.expiresAt, user: await this.users.summaryOf(session.actor.userId) };
  }
}
