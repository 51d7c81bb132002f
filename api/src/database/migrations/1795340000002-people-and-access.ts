import { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleAndAccess1795340000002 implements MigrationInterface {
  name = 'PeopleAndAccess1795340000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
        full_name text NOT NULL CHECK (length(btrim(full_name)) > 0),
        organisation_id uuid REFERENCES organisation (id),
        participant_kind text NOT NULL DEFAULT 'other'
          CHECK (participant_kind IN ('vsac_staff', 'social_mentor', 'specialist', 'other')),
        active boolean NOT NULL DEFAULT true,
        password_hash text,
        language text NOT NULL DEFAULT 'lv' CHECK (language IN ('lv', 'en')),
        is_demo boolean NOT NULL DEFAULT false,
        search_text text GENERATED ALWAYS AS (
          translate(lower(full_name || ' ' || email), 'āčēģīķļņōŗšūž', 'acegiklnorsuz')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);
    await db.query(`CREATE INDEX app_user_organisation_id_idx ON app_user (organisation_id)`);

    await db.query(`
      CREATE TABLE user_role (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'trainer', 'participant')),
        scope_region_code char(3) REFERENCES planning_region (code),
        scope_organisation_id uuid REFERENCES organisation (id),
        granted_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_role_scope_only_for_coordinators CHECK (
          (role = 'coordinator') = (scope_region_code IS NOT NULL OR scope_organisation_id IS NOT NULL)
        ),
        CONSTRAINT user_role_one_scope CHECK (scope_region_code IS NULL OR scope_organisation_id IS NULL)
      )`);
    await db.query(`
      CREATE UNIQUE INDEX user_role_unique ON user_role (
        user_id, role, coalesce(scope_region_code, ''), coalesce(scope_organisation_id, '00000000-0000-0000-0000-000000000000')
      )`);
    await db.query(`CREATE INDEX user_role_role_idx ON user_role (role)`);
    await db.query(`CREATE INDEX user_role_scope_organisation_id_idx ON user_role (scope_organisation_id)`);

    await db.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX refresh_token_user_id_idx ON refresh_token (user_id)`);
    await db.query(`CREATE INDEX refresh_token_family_id_idx ON refresh_token (family_id)`);

    await db.query(`
      CREATE TABLE one_time_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('invitation', 'password_reset')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX one_time_token_user_id_idx ON one_time_token (user_id)`);

    await db.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);

    await db.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL,
        actor_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        subject_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        ip text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at)`);
    await db.query(`CREATE INDEX audit_event_subject_user_id_idx ON audit_event (subject_user_id)`);
    await db.query(`CREATE INDEX audit_event_actor_user_id_idx ON audit_event (actor_user_id)`);

    await db.query(`CREATE TABLE app_setting (key text PRIMARY KEY, value text NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['app_setting', 'audit_event', 'login_throttle', 'one_time_token', 'refresh_token', 'user_role', 'app_user']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
