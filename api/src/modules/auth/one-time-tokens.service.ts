import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '../../database/update-returning';
import { hashSecretToken, newSecretToken } from './secret-token';

export type OneTimePurpose = 'invitation' | 'password_reset';

const LIFETIME_HOURS: Record<OneTimePurpose, number> = { invitation: 24 * 7, password_reset: 1 };

/** Tokens for invitation and password-reset links: stored hashed, expiring, usable once. */
@Injectable()
export class OneTimeTokensService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new token; earlier unused ones of the same purpose stop working, so only the latest link counts. */
  async create(userId: string, purpose: OneTimePurpose, manager: EntityManager = this.dataSource.manager): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newSecretToken();
    await manager.query(
      `UPDATE one_time_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
    const [row]: { expires_at: Date }[] = await manager.query(
      `INSERT INTO one_time_token (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
      [userId, purpose, hash, LIFETIME_HOURS[purpose]],
    );
    return { token, expiresAt: new Date(row.expires_at) };
  }

  /** A new token for each of the people (as `create`, in one statement each for all of them); in the order given. */
  async createMany(userIds: readonly string[], purpose: OneTimePurpose, manager: EntityManager): Promise<{ token: string; expiresAt: Date }[]> {
    if (userIds.length === 0) return [];
    const tokens = userIds.map(() => newSecretToken());
    await manager.query(`UPDATE one_time_token SET used_at = now() WHERE user_id = ANY($1::uuid[]) AND purpose = $2 AND used_at IS NULL`, [userIds, purpose]);
    const [row]: { expires_at: Date }[] = await manager.query(
      `WITH created AS (
         INSERT INTO one_time_token (user_id, purpose, token_hash, expires_at)
         SELECT unnest($1::uuid[]), $2, unnest($3::text[]), now() + make_interval(hours => $4) RETURNING expires_at)
       SELECT min(expires_at) AS expires_at FROM created`,
      [userIds, purpose, tokens.map((token) => token.hash), LIFETIME_HOURS[purpose]],
    );
    return tokens.map((token) => ({ token: token.token, expiresAt: new Date(row.expires_at) }));
  }

  /** Whose live token this is, without using it up (a cheap look before any costly work). */
  async find(token: string): Promise<{ userId: string; purpose: OneTimePurpose } | undefined> {
    const [row]: { user_id: string; purpose: OneTimePurpose }[] = await this.dataSource.query(
      `SELECT user_id, purpose FROM one_time_token WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
      [hashSecretToken(token)],
    );
    return row ? { userId: row.user_id, purpose: row.purpose } : undefined;
  }

  /** Uses the token up (atomically: two clicks cannot both succeed); its user and purpose, or undefined. */
  async consume(token: string, manager: EntityManager): Promise<{ userId: string; purpose: OneTimePurpose } | undefined> {
    const [row] = await updateReturning<{ user_id: string; purpose: OneTimePurpose }>(
      manager,
      `UPDATE one_time_token SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id, purpose`,
      [hashSecretToken(token)],
    );
    return row ? { userId: row.user_id, purpose: row.purpose } : undefined;
  }
}
