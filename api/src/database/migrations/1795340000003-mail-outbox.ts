import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1795340000003 implements MigrationInterface {
  name = 'MailOutbox1795340000003';

  async up(db: QueryRunner): Promise<void> {
    // `link` holds the only copy of the one-time token in clear; the bodies hold a placeholder
    // for it, and it is cleared once the message has left (see mail-delivery.worker.ts).
    await db.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient text NOT NULL CHECK (length(btrim(recipient)) > 0),
        template text NOT NULL CHECK (template IN ('invitation', 'password_reset')),
        language text NOT NULL CHECK (language IN ('lv', 'en')),
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        link text,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        transport text CHECK (transport IN ('smtp', 'log')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text,
        last_attempt_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT mail_outbox_sent_has_time CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
        CONSTRAINT mail_outbox_sent_has_transport CHECK ((status = 'sent') = (transport IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX mail_outbox_status_created_at_idx ON mail_outbox (status, created_at)`);
    await db.query(`CREATE INDEX mail_outbox_created_at_idx ON mail_outbox (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mail_outbox`);
  }
}
