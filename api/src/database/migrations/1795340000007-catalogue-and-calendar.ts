import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The DI projects (from the source documents), courses with their modules and attachments,
 * course runs with their trainers, the enrolments that tie people to runs, sessions with their
 * trainers, personal calendar feeds and the reminders sent.
 *
 * A trainer can never be in two overlapping sessions: `session_trainer` carries the session's
 * time as a range, kept by triggers, under an exclusion constraint, so two bookings made at the
 * same instant cannot both win whatever the application does.
 */

type ProjectRow = [number: string | null, title: string, regionCode: string, startsOn: string | null, endsOn: string | null, esfPercent: number | null];

/**
 * From reference.json, corrected where the sources are inconsistent: the Rīga project's number is
 * written `9.2.2.1./15/I/002` there (a stray dot); its end is given as a year only (taken as its
 * last day); Kurzeme's number is not in the sources (null). ESF share = esfEur / totalEur.
 */
const PROJECTS: ProjectRow[] = [
  ['9.2.2.1/15/I/003', 'Vidzeme iekļauj', 'VPR', null, '2023-12-31', 85.0],
  ['9.2.2.1/15/I/005', 'Deinstitucionalizācijas pasākumu īstenošana Latgales reģionā (DI)', 'LPR', '2015-12-01', '2023-12-31', 85.0],
  [null, 'Kurzeme visiem', 'KPR', '2015-07-01', '2022-12-31', 85.0],
  ['9.2.2.1/15/I/002', 'Deinstitucionalizācija un sociālie pakalpojumi personām ar invaliditāti un bērniem', 'RPR', null, '2023-12-31', null],
];

const FOLD = `'āčēģīķļņōŗšūž', 'acegiklnorsuz'`;

export class CatalogueAndCalendar1795340000007 implements MigrationInterface {
  name = 'CatalogueAndCalendar1795340000007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await db.query(`
      CREATE TABLE project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text UNIQUE CHECK (number ~ '^[0-9][0-9./A-Za-z-]{2,39}$'),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        region_code char(3) NOT NULL REFERENCES planning_region (code),
        starts_on date,
        ends_on date,
        esf_percent numeric(5, 2) CHECK (esf_percent >= 0 AND esf_percent <= 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT project_period_check CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX project_region_code_idx ON project (region_code)`);
    for (const [number, title, regionCode, startsOn, endsOn, esfPercent] of PROJECTS) {
      await db.query(`INSERT INTO project (number, title, region_code, starts_on, ends_on, esf_percent) VALUES ($1, $2, $3, $4, $5, $6)`, [
        number,
        title,
        regionCode,
        startsOn,
        endsOn,
        esfPercent,
      ]);
    }

    await db.query(`
      CREATE TABLE course (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
        title_lv text NOT NULL CHECK (length(btrim(title_lv)) > 0),
        title_en text,
        description_lv text NOT NULL DEFAULT '',
        description_en text,
        audience text NOT NULL CHECK (audience IN ('vsac_staff', 'social_mentor', 'specialist', 'any')),
        provider_organisation_id uuid REFERENCES organisation (id),
        planned_hours integer NOT NULL CHECK (planned_hours > 0 AND planned_hours <= 1000),
        min_attendance_percent integer NOT NULL DEFAULT 80 CHECK (min_attendance_percent BETWEEN 0 AND 100),
        require_all_required_modules boolean NOT NULL DEFAULT true,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
        search_text text GENERATED ALWAYS AS (translate(lower(code || ' ' || title_lv || ' ' || coalesce(title_en, '') || ' ' || description_lv || ' ' || coalesce(description_en, '')), ${FOLD})) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX course_provider_organisation_id_idx ON course (provider_organisation_id)`);
    await db.query(`CREATE INDEX course_status_audience_idx ON course (status, audience)`);

    // A retired module keeps its completions as evidence but is no longer part of the course.
    await db.query(`
      CREATE TABLE course_module (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
        position integer CHECK (position > 0),
        title_lv text NOT NULL CHECK (length(btrim(title_lv)) > 0),
        title_en text,
        content_lv text NOT NULL DEFAULT '',
        content_en text,
        links jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(links) = 'array'),
        estimated_minutes integer CHECK (estimated_minutes > 0 AND estimated_minutes <= 10000),
        required boolean NOT NULL DEFAULT true,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT course_module_position_unless_retired CHECK ((retired_at IS NULL) = (position IS NOT NULL)),
        CONSTRAINT course_module_position_key UNIQUE (course_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);

    await db.query(`
      CREATE TABLE module_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES course_module (id) ON DELETE CASCADE,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX module_attachment_module_id_idx ON module_attachment (module_id)`);

    await db.query(`
      CREATE TABLE course_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course (id),
        project_id uuid REFERENCES project (id),
        title_lv text NOT NULL CHECK (length(btrim(title_lv)) > 0),
        title_en text,
        region_code char(3) NOT NULL REFERENCES planning_region (code),
        organiser_organisation_id uuid REFERENCES organisation (id),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        enrolment_opens_at timestamptz,
        enrolment_closes_at timestamptz,
        capacity integer NOT NULL CHECK (capacity > 0 AND capacity <= 10000),
        requires_approval boolean NOT NULL DEFAULT false,
        online_attendance_min_minutes integer CHECK (online_attendance_min_minutes > 0 AND online_attendance_min_minutes <= 1440),
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'open', 'in_progress', 'completed', 'cancelled')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT course_run_dates_check CHECK (ends_on >= starts_on),
        CONSTRAINT course_run_enrolment_window_check CHECK (enrolment_opens_at IS NULL OR enrolment_closes_at IS NULL OR enrolment_closes_at > enrolment_opens_at)
      )`);
    await db.query(`CREATE INDEX course_run_course_id_idx ON course_run (course_id)`);
    await db.query(`CREATE INDEX course_run_project_id_idx ON course_run (project_id)`);
    await db.query(`CREATE INDEX course_run_region_code_idx ON course_run (region_code)`);
    await db.query(`CREATE INDEX course_run_organiser_organisation_id_idx ON course_run (organiser_organisation_id)`);

    await db.query(`
      CREATE TABLE run_trainer (
        run_id uuid NOT NULL REFERENCES course_run (id) ON DELETE CASCADE,
        trainer_id uuid NOT NULL REFERENCES app_user (id),
        PRIMARY KEY (run_id, trainer_id)
      )`);
    await db.query(`CREATE INDEX run_trainer_trainer_id_idx ON run_trainer (trainer_id)`);

    // The enrolment issue builds the rules; the table is here so sessions know who to tell.
    // `organisation_id` is the person's home organisation when they enrolled (reports count them there).
    await db.query(`
      CREATE TABLE enrolment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES course_run (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        organisation_id uuid REFERENCES organisation (id),
        status text NOT NULL CHECK (status IN ('requested', 'enrolled', 'waitlisted', 'rejected', 'withdrawn', 'completed', 'not_completed')),
        position integer CHECK (position > 0),
        enrolled_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX enrolment_run_id_status_idx ON enrolment (run_id, status)`);
    await db.query(`CREATE INDEX enrolment_user_id_idx ON enrolment (user_id)`);
    await db.query(`CREATE INDEX enrolment_organisation_id_idx ON enrolment (organisation_id)`);
    await db.query(`CREATE UNIQUE INDEX enrolment_one_active_per_person ON enrolment (run_id, user_id) WHERE status NOT IN ('withdrawn', 'rejected')`);

    await db.query(`
      CREATE TABLE training_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES course_run (id),
        series_id uuid,
        title_lv text CHECK (length(btrim(title_lv)) > 0),
        title_en text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        mode text NOT NULL CHECK (mode IN ('online', 'in_person')),
        meeting_url text CHECK (meeting_url ~ '^https?://'),
        venue text,
        address text,
        capacity integer CHECK (capacity > 0 AND capacity <= 10000),
        module_id uuid REFERENCES course_module (id),
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
        cancellation_reason text,
        sequence integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT training_session_times_check CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '24 hours'),
        CONSTRAINT training_session_cancellation_check CHECK ((status = 'cancelled') = (cancellation_reason IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX training_session_run_id_starts_at_idx ON training_session (run_id, starts_at)`);
    await db.query(`CREATE INDEX training_session_series_id_idx ON training_session (series_id)`);
    await db.query(`CREATE INDEX training_session_starts_at_idx ON training_session (starts_at)`);
    await db.query(`CREATE INDEX training_session_module_id_idx ON training_session (module_id)`);

    await db.query(`
      CREATE TABLE session_trainer (
        session_id uuid NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
        trainer_id uuid NOT NULL REFERENCES app_user (id),
        period tstzrange NOT NULL,
        active boolean NOT NULL,
        PRIMARY KEY (session_id, trainer_id),
        CONSTRAINT session_trainer_no_overlap EXCLUDE USING gist (trainer_id WITH =, period WITH &&) WHERE (active)
      )`);
    await db.query(`CREATE INDEX session_trainer_trainer_id_idx ON session_trainer (trainer_id)`);
    await db.query(`
      CREATE FUNCTION session_trainer_copy_period() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT tstzrange(s.starts_at, s.ends_at), s.status = 'scheduled' INTO NEW.period, NEW.active
          FROM training_session s WHERE s.id = NEW.session_id;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER session_trainer_copy_period BEFORE INSERT OR UPDATE ON session_trainer FOR EACH ROW EXECUTE FUNCTION session_trainer_copy_period()`);
    await db.query(`
      CREATE FUNCTION training_session_follow_period() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE session_trainer SET period = tstzrange(NEW.starts_at, NEW.ends_at), active = NEW.status = 'scheduled' WHERE session_id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(
      `CREATE TRIGGER training_session_follow_period AFTER UPDATE OF starts_at, ends_at, status ON training_session FOR EACH ROW EXECUTE FUNCTION training_session_follow_period()`,
    );

    // The token is derived from the feed's id with the signing secret; the id alone opens nothing.
    await db.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL UNIQUE REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // One reminder per person, session and start time: a rescheduled session is reminded of again.
    await db.query(`
      CREATE TABLE session_reminder (
        session_id uuid NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, user_id, starts_at)
      )`);
    await db.query(`CREATE INDEX session_reminder_user_id_idx ON session_reminder (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE session_reminder`);
    await db.query(`DROP TABLE calendar_feed`);
    await db.query(`DROP TABLE session_trainer`);
    await db.query(`DROP FUNCTION session_trainer_copy_period()`);
    await db.query(`DROP TABLE training_session`);
    await db.query(`DROP FUNCTION training_session_follow_period()`);
    await db.query(`DROP TABLE enrolment`);
    await db.query(`DROP TABLE run_trainer`);
    await db.query(`DROP TABLE course_run`);
    await db.query(`DROP TABLE module_attachment`);
    await db.query(`DROP TABLE course_module`);
    await db.query(`DROP TABLE course`);
    await db.query(`DROP TABLE project`);
    await db.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
