import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TooManySignInAttemptsError } from './auth-errors';

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL, so
 * every API process sees the same counts. After LOGIN_MAX_FAILURES failures an
 * account waits LOGIN_LOCKOUT_SECONDS (then may try again: nothing is locked
 * for ever); an address gets a far larger allowance, because a whole training
 * room signs in from one address.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly config: ConfigService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Throws TooManySignInAttemptsError while the account or the address must wait. */
  async assertMayTry(email: string, ip: string): Promise<void> {
    const rows: { blocked_until: Date }[] = await this.dataSource.query(
      `SELECT blocked_until FROM login_throttle WHERE key = ANY($1) AND blocked_until > now() ORDER BY blocked_until DESC LIMIT 1`,
      [[accountKey(email), addressKey(ip)]],
    );
    if (rows.length > 0) throw new TooManySignInAttemptsError(secondsUntil(rows[0].blocked_until));
  }

  /** Counts a failure; the failure that reaches the limit starts the wait. */
  async recordFailure(email: string, ip: string): Promise<void> {
    const lockout = this.config.get<number>('LOGIN_LOCKOUT_SECONDS', 300);
    await this.bump(accountKey(email), this.config.get<number>('LOGIN_MAX_FAILURES', 5), lockout);
    await this.bump(addressKey(ip), this.config.get<number>('LOGIN_MAX_FAILURES_PER_ADDRESS', 200), lockout);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_throttle WHERE key = $1', [accountKey(email)]);
  }

  /** One atomic statement, so concurrent failures are all counted. */
  private async bump(key: string, limit: number, lockoutSeconds: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_throttle AS t (key, failures, window_started_at, blocked_until)
       VALUES ($1, 1, now(), CASE WHEN $2 <= 1 THEN now() + make_interval(secs => $3) END)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $3) OR t.blocked_until <= now() THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $3) OR t.blocked_until <= now() THEN now() ELSE t.window_started_at END,
         blocked_until = CASE
           WHEN (CASE WHEN t.window_started_at < now() - make_interval(secs => $3) OR t.blocked_until <= now() THEN 1 ELSE t.failures + 1 END) >= $2
           THEN now() + make_interval(secs => $3)
           ELSE CASE WHEN t.blocked_until <= now() THEN NULL ELSE t.blocked_until END
         END`,
      [key, limit, lockoutSeconds],
    );
  }
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `address:${ip}`;

function secondsUntil(instant: Date): number {
  return Math.max(1, Math.ceil((new Date(instant).getTime() - Date.now()) / 1000));
}
