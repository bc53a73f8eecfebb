import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Failed logins allowed per window, per e-mail and per client address. */
export const LOGIN_LIMITS = { windowMinutes: 15, failuresPerEmail: 5, failuresPerIp: 30 } as const;

/**
 * Throttles password guessing. Attempts are counted in PostgreSQL, so the limit holds across several
 * API instances and restarts.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly dataSource: DataSource) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [counts] = await this.dataSource.query<Array<{ by_email: number; by_ip: number; oldest: Date | null }>>(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email,
              count(*) FILTER (WHERE ip = $2)::int AS by_ip,
              min(at) AS oldest
       FROM login_attempt
       WHERE NOT succeeded AND at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, LOGIN_LIMITS.windowMinutes],
    );
    if (!counts) return;
    if (counts.by_email >= LOGIN_LIMITS.failuresPerEmail || counts.by_ip >= LOGIN_LIMITS.failuresPerIp) {
      const retryAfterSeconds = counts.oldest
        ? Math.max(1, Math.ceil((new Date(counts.oldest).getTime() + LOGIN_LIMITS.windowMinutes * 60_000 - Date.now()) / 1000))
        : LOGIN_LIMITS.windowMinutes * 60;
      throw new HttpException(
        {
          message: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(retryAfterSeconds / 60)} phút.`,
          retryAfterSeconds,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.dataSource.query('INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, $3)', [email, ip, succeeded]);
    if (succeeded) {
      // A successful login forgives that e-mail's earlier failures; old rows are pruned as we go.
      await this.dataSource.query(
        `DELETE FROM login_attempt WHERE (email = $1 AND NOT succeeded) OR at < now() - interval '1 day'`,
        [email],
      );
    }
  }
}
