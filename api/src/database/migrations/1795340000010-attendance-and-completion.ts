import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evidence: a register per session (one mark per enrolment), modules marked done, the
 * online meetings' reports as received, check-in codes, and certificates that can be verified.
 *
 * An enrolment stores its progress (sessions planned, held and attended, required modules done)
 * and its completion; ProgressService updates them in the transaction of every change that
 * affects them, so no page or report counts raw marks. `seated_at` is when the person first held
 * a seat: a session that ended before it is not theirs (never absent from it).
 */
export class AttendanceAndCompletion1795340000010 implements MigrationInterface {
  name = 'AttendanceAndCompletion1795340000010';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE enrolment ADD COLUMN seated_at timestamptz`);
    await db.query(`ALTER TABLE enrolment ADD COLUMN completed_at timestamptz`);
    await db.query(`ALTER TABLE enrolment ADD COLUMN sessions_planned integer NOT NULL DEFAULT 0 CHECK (sessions_planned >= 0)`);
    await db.query(`ALTER TABLE enrolment ADD COLUMN sessions_held integer NOT NULL DEFAULT 0 CHECK (sessions_held >= 0)`);
    await db.query(`ALTER TABLE enrolment ADD COLUMN sessions_attended integer NOT NULL DEFAULT 0 CHECK (sessions_attended >= 0)`);
    await db.query(`ALTER TABLE enrolment ADD COLUMN attendance_percent integer NOT NULL DEFAULT 0 CHECK (attendance_percent BETWEEN 0 AND 100)`);
    await db.query(`ALTER TABLE enrolment ADD COLUMN required_modules integer NOT NULL DEFAULT 0 CHECK (required_modules >= 0)`);
    await db.query(`ALTER TABLE enrolment ADD COLUMN required_modules_done integer NOT NULL DEFAULT 0 CHECK (required_modules_done >= 0)`);
    // Rows from before: a seat held (or once held, for a withdrawal) since the enrolment was made.
    await db.query(`UPDATE enrolment SET seated_at = created_at WHERE status IN ('enrolled', 'completed', 'not_completed', 'withdrawn')`);
    await db.query(`UPDATE enrolment SET completed_at = updated_at WHERE status = 'completed'`);
    // Kept by the database whichever code path changes the status: the first seat, the completion date.
    await db.query(`
      CREATE FUNCTION enrolment_stamp_dates() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IN ('enrolled', 'completed', 'not_completed') AND NEW.seated_at IS NULL THEN
          NEW.seated_at := now();
        END IF;
        IF NEW.status = 'completed' THEN
          NEW.completed_at := coalesce(NEW.completed_at, now());
        ELSE
          NEW.completed_at := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER enrolment_stamp_dates BEFORE INSERT OR UPDATE OF status, seated_at, completed_at ON enrolment FOR EACH ROW EXECUTE FUNCTION enrolment_stamp_dates()`);
    await db.query(`CREATE INDEX enrolment_run_id_user_id_idx ON enrolment (run_id, user_id)`);

    // A register taken: the trainer has marked at least one person (the session counts as held).
    await db.query(`ALTER TABLE training_session ADD COLUMN register_taken_at timestamptz`);

    await db.query(`
      CREATE TABLE attendance (
        session_id uuid NOT NULL REFERENCES training_session (id),
        enrolment_id uuid NOT NULL REFERENCES enrolment (id),
        status text NOT NULL CHECK (status IN ('unmarked', 'present', 'late', 'absent', 'excused')),
        minutes_attended integer CHECK (minutes_attended BETWEEN 0 AND 1440),
        note text CHECK (length(note) <= 500),
        source text NOT NULL CHECK (source IN ('register', 'import', 'check_in')),
        marked_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        marked_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (session_id, enrolment_id)
      )`);
    await db.query(`CREATE INDEX attendance_enrolment_id_idx ON attendance (enrolment_id)`);

    // A module's completion belongs to the enrolment: another run of the course starts afresh.
    await db.query(`
      CREATE TABLE module_completion (
        enrolment_id uuid NOT NULL REFERENCES enrolment (id),
        module_id uuid NOT NULL REFERENCES course_module (id) ON DELETE CASCADE,
        completed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, module_id)
      )`);
    await db.query(`CREATE INDEX module_completion_module_id_idx ON module_completion (module_id)`);

    // Kept as received: the evidence pack includes them.
    await db.query(`
      CREATE TABLE attendance_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES training_session (id),
        format text NOT NULL,
        file_name text CHECK (length(file_name) <= 200),
        content_type text,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        matched integer NOT NULL CHECK (matched >= 0),
        unmatched integer NOT NULL CHECK (unmatched >= 0),
        min_minutes integer NOT NULL CHECK (min_minutes BETWEEN 1 AND 1440),
        imported_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX attendance_report_session_id_idx ON attendance_report (session_id)`);

    // One code per session at a time; shown in the room, so only the run's trainers read it.
    await db.query(`
      CREATE TABLE session_check_in (
        session_id uuid PRIMARY KEY REFERENCES training_session (id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[0-9]{6}$'),
        valid_from timestamptz NOT NULL,
        valid_until timestamptz NOT NULL,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_check_in_window_check CHECK (valid_until > valid_from)
      )`);

    // At most one valid certificate per enrolment; a revoked one stays, so its code says "revoked".
    await db.query(`
      CREATE TABLE certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
        enrolment_id uuid NOT NULL REFERENCES enrolment (id),
        issued_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revocation_reason text CHECK (length(revocation_reason) <= 1000)
      )`);
    await db.query(`CREATE UNIQUE INDEX certificate_one_valid_per_enrolment ON certificate (enrolment_id) WHERE revoked_at IS NULL`);
    await db.query(`CREATE INDEX certificate_enrolment_id_idx ON certificate (enrolment_id)`);

    // Files made by background jobs, for the person who asked, until they expire.
    await db.query(`
      CREATE TABLE generated_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('certificates_zip')),
        subject_id uuid NOT NULL,
        requested_by uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
        done_items integer NOT NULL DEFAULT 0 CHECK (done_items >= 0),
        total_items integer CHECK (total_items >= 0),
        file_name text CHECK (length(file_name) <= 200),
        content_type text,
        content bytea,
        size_bytes integer CHECK (size_bytes >= 0),
        error text CHECK (length(error) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        expires_at timestamptz NOT NULL,
        CONSTRAINT generated_file_done_check CHECK ((status = 'done') = (content IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX generated_file_requested_by_idx ON generated_file (requested_by)`);
    await db.query(`CREATE INDEX generated_file_expires_at_idx ON generated_file (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE generated_file`);
    await db.query(`DROP TABLE certificate`);
    await db.query(`DROP TABLE session_check_in`);
    await db.query(`DROP TABLE attendance_report`);
    await db.query(`DROP TABLE module_completion`);
    await db.query(`DROP TABLE attendance`);
    await db.query(`ALTER TABLE training_session DROP COLUMN register_taken_at`);
    await db.query(`DROP INDEX enrolment_run_id_user_id_idx`);
    await db.query(`DROP TRIGGER enrolment_stamp_dates ON enrolment`);
    await db.query(`DROP FUNCTION enrolment_stamp_dates()`);
    for (const column of ['required_modules_done', 'required_modules', 'attendance_percent', 'sessions_attended', 'sessions_held', 'sessions_planned', 'completed_at', 'seated_at']) {
      await db.query(`ALTER TABLE enrolment DROP COLUMN ${column}`);
    }
  }
}
