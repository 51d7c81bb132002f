import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notices of a rescheduled or cancelled session: the outbox can carry attachments (the `.ics`
 * that updates a calendar), and `session_notice` records who was told of which version of a
 * session (its `sequence`), claimed in the transaction that queues the email, so each person
 * is told once per change whatever the number of API processes or job retries.
 */
export class SessionNotices1795340000008 implements MigrationInterface {
  name = 'SessionNotices1795340000008';

  async up(db: QueryRunner): Promise<void> {
    // `[{ filename, contentType, content }]`, content as text; bounded so that a bug cannot fill the outbox.
    await db.query(`ALTER TABLE mail_outbox ADD COLUMN attachments jsonb`);
    await db.query(`
      ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_attachments_check CHECK (
        attachments IS NULL OR CASE WHEN jsonb_typeof(attachments) = 'array'
          THEN jsonb_array_length(attachments) BETWEEN 1 AND 5 AND octet_length(attachments::text) <= 1048576
          ELSE false END)`);

    await db.query(`
      CREATE TABLE session_notice (
        session_id uuid NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        sequence integer NOT NULL CHECK (sequence >= 0),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, user_id, sequence)
      )`);
    await db.query(`CREATE INDEX session_notice_user_id_idx ON session_notice (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE session_notice`);
    await db.query(`ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_attachments_check`);
    await db.query(`ALTER TABLE mail_outbox DROP COLUMN attachments`);
  }
}
