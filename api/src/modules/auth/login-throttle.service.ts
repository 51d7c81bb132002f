import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { normaliseEmail } from '../users/users.repository';

/** How many times the per-pair limit one account may fail from all addresses together before everyone waits. */
export const ACCOUNT_CEILING_FACTOR = 10;

/** A counter in the throttle table: failures, or (for rate limits) requests. */
export interface ThrottleLimit {
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts failed attempts (sign-ins, current-password checks) and rate-limited requests in
 * PostgreSQL, so every API process sees the same counts.
 *
 * Sign-in failures are counted three ways. An account and an address together (a stranger at
 * their own address) may fail LOGIN_MAX_FAILURES times before that pair waits
 * LOGIN_LOCKOUT_SECONDS; the person at another address is not held up by them. The account
 * from all addresses together may fail ACCOUNT_CEILING_FACTOR times as often before everyone
 * waits (a guesser spread over many addresses). An address may fail a generous
 * LOGIN_MAX_FAILURES_PER_ADDRESS times, because a whole training room signs in from one.
 * Nothing is locked for ever: the wait passes and the count starts again.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly config: ConfigService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private get lockoutSeconds(): number {
    return this.config.get<number>('LOGIN_LOCKOUT_SECONDS', 300);
  }

  private get maxFailures(): number {
    return this.config.get<number>('LOGIN_MAX_FAILURES', 5);
  }

  /** The counters of a sign-in to `email` from `ip`. */
  signInLimits(email: string, ip: string): ThrottleLimit[] {
    const account = normaliseEmail(email);
    const windowSeconds = this.lockoutSeconds;
    return [
      { key: `pair:${account}|${ip}`, limit: this.maxFailures, windowSeconds },
      { key: `account:${account}`, limit: this.maxFailures * ACCOUNT_CEILING_FACTOR, windowSeconds },
      { key: `address:${ip}`, limit: this.config.get<number>('LOGIN_MAX_FAILURES_PER_ADDRESS', 200), windowSeconds },
    ];
  }

  /** The counter of current-password checks of one person (changing their password while signed in). */
  passwordCheckLimits(userId: string): ThrottleLimit[] {
    return [{ key: `password-check:${userId}`, limit: this.maxFailures, windowSeconds: this.lockoutSeconds }];
  }

  /** Seconds to wait while any of the counters is over its limit, else undefined. */
  async waitSeconds(limits: ThrottleLimit[]): Promise<number | undefined> {
    const rows: { blocked_until: Date }[] = await this.dataSource.query(
      `SELECT blocked_until FROM login_throttle WHERE key = ANY($1) AND blocked_until > now() ORDER BY blocked_until DESC LIMIT 1`,
      [limits.map((limit) => limit.key)],
    );
    return rows.length > 0 ? secondsUntil(rows[0].blocked_until) : undefined;
  }

  /** Counts a failure on each counter; the failure that reaches a limit starts the wait. */
  async recordFailure(limits: ThrottleLimit[]): Promise<void> {
    for (const limit of limits) await this.bump(limit);
  }

  /** Forgets the failures (after a success). */
  async clear(limits: ThrottleLimit[]): Promise<void> {
    await this.dataSource.query('DELETE FROM login_throttle WHERE key = ANY($1)', [limits.map((limit) => limit.key)]);
  }

  /**
   * Counts one request against a fixed-window rate limit: `limit` requests per `windowSeconds`
   * from the first. Returns undefined when this one is within the limit, else the seconds until
   * the window ends.
   */
  async take({ key, limit, windowSeconds }: ThrottleLimit): Promise<number | undefined> {
    const [row]: { requests: number; window_ends_at: Date }[] = await this.dataSource.query(
      `INSERT INTO login_throttle AS t (key, failures, window_started_at)
       VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END
       RETURNING failures AS requests, window_started_at + make_interval(secs => $2) AS window_ends_at`,
      [key, windowSeconds],
    );
    return row.requests <= limit ? undefined : secondsUntil(row.window_ends_at);
  }

  /** One atomic statement, so concurrent failures are all counted. */
  private async bump({ key, limit, windowSeconds }: ThrottleLimit): Promise<void> {
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
      [key, limit, windowSeconds],
    );
  }
}

function secondsUntil(instant: Date): number {
  return Math.max(1, Math.ceil((new Date(instant).getTime() - Date.now()) / 1000));
}
