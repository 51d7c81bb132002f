import { MigrationInterface, QueryRunner } from 'typeorm';

/** What an enrolment adds to its run's and organisation's counts, as the columns of the tally tables. */
const CONTRIBUTION = (row: string, sign: string) => `
  ${row}.run_id, ${row}.organisation_id,
  ${sign} * (${row}.status = 'requested')::int,
  ${sign} * (${row}.status IN ('enrolled', 'completed', 'not_completed'))::int,
  ${sign} * (${row}.status = 'waitlisted')::int,
  ${sign} * (${row}.status = 'withdrawn')::int,
  ${sign} * (${row}.status = 'rejected')::int,
  ${sign} * (${row}.status = 'completed')::int,
  ${sign} * (${row}.status = 'not_completed')::int,
  ${sign} * CASE WHEN ${row}.status IN ('enrolled', 'completed', 'not_completed') THEN ${row}.attendance_percent ELSE 0 END,
  ${sign} * ${row}.attended_minutes`;

const COUNT_COLUMNS = `requested, enrolled, waitlisted, withdrawn, rejected, completed, not_completed, attendance_sum, minutes_sum`;
const COUNT_DEFINITIONS = COUNT_COLUMNS.split(', ')
  .map((column) => `${column} ${column.endsWith('_sum') ? 'bigint' : 'integer'} NOT NULL DEFAULT 0`)
  .join(', ');
const ADD_EXCLUDED = COUNT_COLUMNS.split(', ').map((column) => `${column} = t.${column} + EXCLUDED.${column}`).join(', ');
const SUM_COUNTS = COUNT_COLUMNS.split(', ').map((column) => `sum(${column})`).join(', ');

/**
 * The counts reports read, kept exact without counting enrolments per request: per run and
 * organisation (and per organisation across runs), a tally, plus the changes not yet folded into it. Every change to an enrolment
 * appends its difference (a trigger, whatever code path made it); a job folds the differences
 * into the tally. Writers only ever insert, so marking a register never waits on another
 * register's counts, and a report reads tally + differences in one snapshot.
 *
 * Each person counts once per run: an enrolment made again (after a withdrawal or a rejection)
 * supersedes the earlier one, which then counts no more. `attended_minutes` (stored progress, like
 * the other counts) is the length of the sessions the person attended.
 */
export class ReportTallies1795340000011 implements MigrationInterface {
  name = 'ReportTallies1795340000011';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE generated_file DROP CONSTRAINT generated_file_kind_check`);
    await db.query(`ALTER TABLE generated_file ADD CONSTRAINT generated_file_kind_check CHECK (kind IN ('certificates_zip', 'evidence_pack'))`);

    await db.query(`ALTER TABLE enrolment ADD COLUMN attended_minutes integer NOT NULL DEFAULT 0 CHECK (attended_minutes >= 0)`);
    await db.query(`
      UPDATE enrolment e SET attended_minutes = m.minutes
        FROM (SELECT a.enrolment_id, sum(extract(epoch FROM s.ends_at - s.starts_at) / 60)::int AS minutes
                FROM attendance a JOIN training_session s ON s.id = a.session_id
               WHERE a.status IN ('present', 'late') AND s.status = 'scheduled'
               GROUP BY a.enrolment_id) m
       WHERE m.enrolment_id = e.id`);

    await db.query(`ALTER TABLE enrolment ADD COLUMN superseded_at timestamptz`);
    await db.query(`
      UPDATE enrolment e SET superseded_at = later.created_at
        FROM (SELECT id, lead(created_at) OVER (PARTITION BY run_id, user_id ORDER BY created_at, id) AS created_at FROM enrolment) later
       WHERE later.id = e.id AND later.created_at IS NOT NULL`);
    await db.query(`CREATE INDEX enrolment_report_people_idx ON enrolment (organisation_id, run_id) WHERE superseded_at IS NULL`);

    for (const table of ['enrolment_tally', 'enrolment_tally_delta']) {
      await db.query(`
        CREATE TABLE ${table} (
          ${table === 'enrolment_tally_delta' ? 'id bigserial PRIMARY KEY,' : ''}
          run_id uuid NOT NULL REFERENCES course_run (id) ON DELETE CASCADE,
          organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
          ${COUNT_DEFINITIONS}
        )`);
    }
    await db.query(`ALTER TABLE enrolment_tally ADD CONSTRAINT enrolment_tally_key UNIQUE NULLS NOT DISTINCT (run_id, organisation_id)`);
    // The same counts per organisation across runs: a region's report without run filters reads a few hundred rows.
    await db.query(`
      CREATE TABLE enrolment_tally_org (
        organisation_id uuid PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
        ${COUNT_DEFINITIONS}
      )`);
    await db.query(`CREATE INDEX enrolment_tally_organisation_id_idx ON enrolment_tally (organisation_id)`);
    await db.query(`CREATE INDEX enrolment_tally_delta_run_id_idx ON enrolment_tally_delta (run_id)`);

    await db.query(`
      CREATE FUNCTION enrolment_tally_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.superseded_at IS NULL THEN
          INSERT INTO enrolment_tally_delta (run_id, organisation_id, ${COUNT_COLUMNS}) SELECT ${CONTRIBUTION('OLD', '-1')};
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.superseded_at IS NULL THEN
          INSERT INTO enrolment_tally_delta (run_id, organisation_id, ${COUNT_COLUMNS}) SELECT ${CONTRIBUTION('NEW', '1')};
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER enrolment_tally_insert_delete AFTER INSERT OR DELETE ON enrolment FOR EACH ROW EXECUTE FUNCTION enrolment_tally_change()`);
    await db.query(`
      CREATE TRIGGER enrolment_tally_update AFTER UPDATE ON enrolment FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.superseded_at IS DISTINCT FROM NEW.superseded_at
              OR OLD.attendance_percent IS DISTINCT FROM NEW.attendance_percent OR OLD.attended_minutes IS DISTINCT FROM NEW.attended_minutes
              OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id OR OLD.run_id IS DISTINCT FROM NEW.run_id)
        EXECUTE FUNCTION enrolment_tally_change()`);

    // A new enrolment of the same person in the same run: the earlier ones no longer count.
    await db.query(`
      CREATE FUNCTION enrolment_supersede_earlier() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE enrolment SET superseded_at = NEW.created_at
         WHERE run_id = NEW.run_id AND user_id = NEW.user_id AND id <> NEW.id AND superseded_at IS NULL;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER enrolment_supersede_earlier AFTER INSERT ON enrolment FOR EACH ROW EXECUTE FUNCTION enrolment_supersede_earlier()`);

    // Folds up to `batch` differences into the tally, in key order (one folder at a time holds the rows); returns how many.
    await db.query(`
      CREATE FUNCTION enrolment_tally_fold(batch integer) RETURNS integer LANGUAGE sql AS $$
        WITH moved AS (
          DELETE FROM enrolment_tally_delta WHERE id IN (SELECT id FROM enrolment_tally_delta ORDER BY id LIMIT batch FOR UPDATE SKIP LOCKED)
          RETURNING *
        ), sums AS (
          SELECT run_id, organisation_id, sum(requested) AS requested, sum(enrolled) AS enrolled, sum(waitlisted) AS waitlisted,
                 sum(withdrawn) AS withdrawn, sum(rejected) AS rejected, sum(completed) AS completed, sum(not_completed) AS not_completed,
                 sum(attendance_sum) AS attendance_sum, sum(minutes_sum) AS minutes_sum, count(*) AS n
            FROM moved GROUP BY run_id, organisation_id
        ), applied AS (
          INSERT INTO enrolment_tally AS t (run_id, organisation_id, ${COUNT_COLUMNS})
          SELECT run_id, organisation_id, ${COUNT_COLUMNS} FROM sums ORDER BY run_id, organisation_id
          ON CONFLICT (run_id, organisation_id) DO UPDATE SET
            ${ADD_EXCLUDED}
        ), applied_org AS (
          INSERT INTO enrolment_tally_org AS t (organisation_id, ${COUNT_COLUMNS})
          SELECT organisation_id, ${SUM_COUNTS} FROM sums WHERE organisation_id IS NOT NULL GROUP BY organisation_id ORDER BY organisation_id
          ON CONFLICT (organisation_id) DO UPDATE SET
            ${ADD_EXCLUDED}
        )
        SELECT coalesce(sum(n), 0)::int FROM sums
      $$`);

    await db.query(`
      INSERT INTO enrolment_tally (run_id, organisation_id, ${COUNT_COLUMNS})
      SELECT run_id, organisation_id, ${SUM_COUNTS}
        FROM (SELECT ${CONTRIBUTION('e', '1')} FROM enrolment e WHERE e.superseded_at IS NULL) AS c (run_id, organisation_id, ${COUNT_COLUMNS})
       GROUP BY run_id, organisation_id`);
    await db.query(`
      INSERT INTO enrolment_tally_org (organisation_id, ${COUNT_COLUMNS})
      SELECT organisation_id, ${SUM_COUNTS}
        FROM enrolment_tally WHERE organisation_id IS NOT NULL GROUP BY organisation_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER enrolment_supersede_earlier ON enrolment`);
    await db.query(`DROP FUNCTION enrolment_supersede_earlier()`);
    await db.query(`DROP TRIGGER enrolment_tally_update ON enrolment`);
    await db.query(`DROP TRIGGER enrolment_tally_insert_delete ON enrolment`);
    await db.query(`DROP FUNCTION enrolment_tally_change()`);
    await db.query(`DROP FUNCTION enrolment_tally_fold(integer)`);
    await db.query(`DROP TABLE enrolment_tally_delta`);
    await db.query(`DROP TABLE enrolment_tally_org`);
    await db.query(`DROP TABLE enrolment_tally`);
    await db.query(`DROP INDEX enrolment_report_people_idx`);
    await db.query(`ALTER TABLE enrolment DROP COLUMN superseded_at`);
    await db.query(`ALTER TABLE enrolment DROP COLUMN attended_minutes`);
    await db.query(`DELETE FROM generated_file WHERE kind = 'evidence_pack'`);
    await db.query(`ALTER TABLE generated_file DROP CONSTRAINT generated_file_kind_check`);
    await db.query(`ALTER TABLE generated_file ADD CONSTRAINT generated_file_kind_check CHECK (kind IN ('certificates_zip'))`);
  }
}
