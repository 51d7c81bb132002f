import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rules of enrolment: a run may keep a waiting list and offer freed seats for a while; an
 * enrolment keeps why it was rejected or withdrawn and when, and its place on the waiting list;
 * seats may be held for facilities until a release date.
 *
 * Every change to a run's seats takes the run's row lock first (EnrolmentSeats), so counting
 * and taking a seat are one step; the constraints below are the last line behind that lock.
 */
export class EnrolmentRules1795340000009 implements MigrationInterface {
  name = 'EnrolmentRules1795340000009';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE course_run ADD COLUMN waitlist_allowed boolean NOT NULL DEFAULT true`);
    await db.query(`ALTER TABLE course_run ADD COLUMN promotion_offer_hours integer CHECK (promotion_offer_hours BETWEEN 1 AND 336)`);

    await db.query(`ALTER TABLE enrolment ADD COLUMN reason text CHECK (length(reason) <= 1000)`);
    await db.query(`ALTER TABLE enrolment ADD COLUMN withdrawn_at timestamptz`);
    await db.query(`ALTER TABLE enrolment ADD COLUMN offer_expires_at timestamptz`);
    // Rows from before these rules: a withdrawal's date is its last change, the waiting list in the order joined.
    await db.query(`UPDATE enrolment SET withdrawn_at = updated_at WHERE status = 'withdrawn'`);
    await db.query(`UPDATE enrolment SET position = NULL WHERE status <> 'waitlisted'`);
    await db.query(`
      UPDATE enrolment e SET position = w.ticket
        FROM (SELECT id, row_number() OVER (PARTITION BY run_id ORDER BY created_at, id) AS ticket FROM enrolment WHERE status = 'waitlisted') w
       WHERE e.id = w.id`);
    // `position` is the waiting-list ticket: the order people joined it in (shown as 1, 2, 3 …).
    await db.query(`ALTER TABLE enrolment ADD CONSTRAINT enrolment_waitlist_position_check CHECK ((status = 'waitlisted') = (position IS NOT NULL))`);
    await db.query(`ALTER TABLE enrolment ADD CONSTRAINT enrolment_offer_check CHECK (offer_expires_at IS NULL OR status = 'waitlisted')`);
    await db.query(`ALTER TABLE enrolment ADD CONSTRAINT enrolment_withdrawn_at_check CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL))`);
    await db.query(`CREATE UNIQUE INDEX enrolment_waitlist_order ON enrolment (run_id, position) WHERE status = 'waitlisted'`);
    await db.query(`CREATE INDEX enrolment_offer_expires_at_idx ON enrolment (offer_expires_at) WHERE offer_expires_at IS NOT NULL`);

    await db.query(`
      CREATE TABLE run_reservation (
        run_id uuid NOT NULL REFERENCES course_run (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        seats integer NOT NULL CHECK (seats BETWEEN 1 AND 10000),
        release_at timestamptz NOT NULL,
        released_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (run_id, organisation_id)
      )`);
    await db.query(`CREATE INDEX run_reservation_due_idx ON run_reservation (release_at) WHERE released_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE run_reservation`);
    await db.query(`DROP INDEX enrolment_offer_expires_at_idx`);
    await db.query(`DROP INDEX enrolment_waitlist_order`);
    await db.query(`ALTER TABLE enrolment DROP CONSTRAINT enrolment_withdrawn_at_check`);
    await db.query(`ALTER TABLE enrolment DROP CONSTRAINT enrolment_offer_check`);
    await db.query(`ALTER TABLE enrolment DROP CONSTRAINT enrolment_waitlist_position_check`);
    await db.query(`ALTER TABLE enrolment DROP COLUMN offer_expires_at`);
    await db.query(`ALTER TABLE enrolment DROP COLUMN withdrawn_at`);
    await db.query(`ALTER TABLE enrolment DROP COLUMN reason`);
    await db.query(`ALTER TABLE course_run DROP COLUMN promotion_offer_hours`);
    await db.query(`ALTER TABLE course_run DROP COLUMN waitlist_allowed`);
  }
}
