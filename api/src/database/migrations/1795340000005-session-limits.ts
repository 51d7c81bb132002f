import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in sessions with limits. A session is a refresh-token family (`family_id`, the `sid` of
 * its access tokens); it is alive while it has a current token: one neither used (rotated) nor
 * revoked, and not expired. The unique index makes that token one at most, and is what the
 * per-request check finds the session by. Every token of a session carries the session's
 * absolute end, which refresh copies and never extends; a token never outlives it.
 */
export class SessionLimits1795340000005 implements MigrationInterface {
  name = 'SessionLimits1795340000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE refresh_token ADD COLUMN session_expires_at timestamptz`);
    // Sessions already under way end 30 days (the default limit) after they began.
    await db.query(`
      UPDATE refresh_token t SET session_expires_at = f.started_at + interval '30 days'
        FROM (SELECT family_id, min(created_at) AS started_at FROM refresh_token GROUP BY family_id) f
       WHERE f.family_id = t.family_id`);
    await db.query(`UPDATE refresh_token SET expires_at = session_expires_at WHERE expires_at > session_expires_at`);
    await db.query(`ALTER TABLE refresh_token ALTER COLUMN session_expires_at SET NOT NULL`);
    await db.query(`ALTER TABLE refresh_token ADD CONSTRAINT refresh_token_within_session CHECK (expires_at <= session_expires_at)`);
    await db.query(`CREATE UNIQUE INDEX refresh_token_current_key ON refresh_token (family_id) WHERE used_at IS NULL AND revoked_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX refresh_token_current_key`);
    await db.query(`ALTER TABLE refresh_token DROP CONSTRAINT refresh_token_within_session`);
    await db.query(`ALTER TABLE refresh_token DROP COLUMN session_expires_at`);
  }
}
