import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '../../database/update-returning';
import { hashSecretToken, newSecretToken } from './secret-token';

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
  /** The session (token family) the token belongs to: the `sid` of its access tokens. */
  sessionId: string;
}

export type RotationResult =
  | { outcome: 'rotated'; userId: string; next: IssuedRefreshToken }
  | { outcome: 'invalid' }
  /** An already used token came back: someone may hold a copy, so the whole family is revoked. */
  | { outcome: 'reused'; userId: string };

/** How long a just-used token may come back without counting as theft (two tabs refreshing at once). */
const RACE_GRACE_SECONDS = 10;

/**
 * Rotating refresh tokens, stored as hashes. Each sign-in starts a session, a family of tokens;
 * every refresh replaces the token with a new one of the same family. A session is alive while
 * its current token (unused, unrevoked) has not expired: the access tokens of the session are
 * honoured exactly as long (see UsersRepository.findSignedInActor). Each token expires at the
 * earliest of REFRESH_TOKEN_TTL_DAYS and SESSION_IDLE_TIMEOUT_MINUTES from its issue and the
 * session's absolute end (SESSION_MAX_LIFETIME_DAYS after sign-in), which refresh does not move:
 * the idle clock restarts on each refresh, not on each request.
 */
@Injectable()
export class RefreshTokensService {
  constructor(
    private readonly config: ConfigService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Starts a new session with its first token. */
  issue(userId: string, manager: EntityManager = this.dataSource.manager): Promise<IssuedRefreshToken> {
    return this.insert(manager, userId, randomUUID(), null);
  }

  rotate(token: string): Promise<RotationResult> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: {
        id: string;
        user_id: string;
        family_id: string;
        used_at: Date | null;
        revoked_at: Date | null;
        session_expires_at: Date;
        expired: boolean;
        active: boolean;
      }[] = await manager.query(
        `SELECT t.id, t.user_id, t.family_id, t.used_at, t.revoked_at, t.session_expires_at, t.expires_at <= now() AS expired, u.active
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
      return { outcome: 'rotated', userId: row.user_id, next: await this.insert(manager, row.user_id, row.family_id, row.session_expires_at) };
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

  /** Ends one session of the person (sign-out with an access token); whether it was still alive. */
  async revokeSession(userId: string, sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await updateReturning<{ live: boolean }>(
      manager,
      `UPDATE refresh_token SET revoked_at = now()
        WHERE user_id = $1 AND family_id = $2 AND revoked_at IS NULL
        RETURNING used_at IS NULL AND expires_at > now() AS live`,
      [userId, sessionId],
    );
    return rows.some((row) => row.live);
  }

  /**
   * Signs the person out everywhere (deactivation, password reset), or everywhere but the session
   * `except` (a password change, from that session). Returns how many live sessions ended.
   */
  async revokeAllFor(userId: string, manager: EntityManager = this.dataSource.manager, except?: string): Promise<number> {
    const rows = await updateReturning<{ live_session: string | null }>(
      manager,
      `UPDATE refresh_token SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND family_id IS DISTINCT FROM $2::uuid
        RETURNING CASE WHEN used_at IS NULL AND expires_at > now() THEN family_id END AS live_session`,
      [userId, except ?? null],
    );
    return new Set(rows.flatMap((row) => row.live_session ?? [])).size;
  }

  private async revokeFamily(familyId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [familyId]);
  }

  /** A token of the session `familyId`, which ends at `sessionEndsAt` (null: a new session, ending SESSION_MAX_LIFETIME_DAYS from now). */
  private async insert(manager: EntityManager, userId: string, familyId: string, sessionEndsAt: Date | null): Promise<IssuedRefreshToken> {
    const { token, hash } = newSecretToken();
    const [row]: { expires_at: Date }[] = await manager.query(
      `WITH session AS (SELECT coalesce($4::timestamptz, now() + make_interval(days => $7)) AS ends_at)
       INSERT INTO refresh_token (user_id, family_id, token_hash, session_expires_at, expires_at)
       SELECT $1, $2, $3, ends_at, least(now() + make_interval(days => $5), now() + make_interval(mins => $6), ends_at) FROM session
       RETURNING expires_at`,
      [
        userId,
        familyId,
        hash,
        sessionEndsAt,
        this.config.get<number>('REFRESH_TOKEN_TTL_DAYS', 14),
        this.config.get<number>('SESSION_IDLE_TIMEOUT_MINUTES', 720),
        this.config.get<number>('SESSION_MAX_LIFETIME_DAYS', 30),
      ],
    );
    return { token, expiresAt: new Date(row.expires_at), sessionId: familyId };
  }
}
