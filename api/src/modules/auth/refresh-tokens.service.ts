import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from './secret-token';

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

export type RotationResult =
  | { outcome: 'rotated'; userId: string; next: IssuedRefreshToken }
  | { outcome: 'invalid' }
  /** An already used token came back: someone may hold a copy, so the whole family is revoked. */
  | { outcome: 'reused'; userId: string };

/** How long a just-used token may come back without counting as theft (two tabs refreshing at once). */
const RACE_GRACE_SECONDS = 10;

/**
 * Rotating refresh tokens, stored as hashes. Each sign-in starts a family;
 * every refresh replaces the token with a new one of the same family.
 */
@Injectable()
export class RefreshTokensService {
  constructor(
    private readonly config: ConfigService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  issue(userId: string, familyId: string = randomUUID(), manager: EntityManager = this.dataSource.manager): Promise<IssuedRefreshToken> {
    return this.insert(manager, userId, familyId);
  }

  rotate(token: string): Promise<RotationResult> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: { id: string; user_id: string; family_id: string; used_at: Date | null; revoked_at: Date | null; expired: boolean; active: boolean }[] =
        await manager.query(
          `SELECT t.id, t.user_id, t.family_id, t.used_at, t.revoked_at, t.expires_at <= now() AS expired, u.active
           FROM refresh_token t JOIN app_user u ON u.id = t.user_id
           WHERE t.token_hash = $1 FOR UPDATE OF t`,
          [hashSecretToken(token)],
        );
      if (!row || row.revoked_at || row.expired || !row.active) return { outcome: 'invalid' };
      if (row.used_at) {
        if (Date.now() - new Date(row.used_at).getTime() < RACE_GRACE_SECONDS * 1000) return { outcome: 'invalid' };
        await this.revokeFamily(row.family_id, manager);
        return { outcome: 'reused', userId: row.user_id };
      }
      await manager.query('UPDATE refresh_token SET used_at = now() WHERE id = $1', [row.id]);
      return { outcome: 'rotated', userId: row.user_id, next: await this.insert(manager, row.user_id, row.family_id) };
    });
  }

  /** Ends the session the token belongs to; unknown tokens are ignored. Returns the user, if any. */
  async revokeByToken(token: string): Promise<string | undefined> {
    const [row]: { family_id: string; user_id: string }[] = await this.dataSource.query(
      'SELECT family_id, user_id FROM refresh_token WHERE token_hash = $1',
      [hashSecretToken(token)],
    );
    if (!row) return undefined;
    await this.revokeFamily(row.family_id);
    return row.user_id;
  }

  /** Signs the person out everywhere (deactivation, password reset). */
  async revokeAllFor(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  }

  private async revokeFamily(familyId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [familyId]);
  }

  private async insert(manager: EntityManager, userId: string, familyId: string): Promise<IssuedRefreshToken> {
    const { token, hash } = newSecretToken();
    const days = this.config.get<number>('REFRESH_TOKEN_TTL_DAYS', 14);
    const [row]: { expires_at: Date }[] = await manager.query(
      `INSERT INTO refresh_token (user_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4)) RETURNING expires_at`,
      [userId, familyId, hash, days],
    );
    return { token, expiresAt: new Date(row.expires_at) };
  }
}
