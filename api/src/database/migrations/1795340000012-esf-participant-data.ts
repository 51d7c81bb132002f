import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The entry data the ESF participant indicators need (Regulation (EU) 1304/2013 Annex I), per
 * person and project: collected only for projects that turn it on, each answer optional (NULL:
 * not answered) with 'not_stated' for "prefers not to say". Captured at entry: the yearly report
 * counts each participant once per project with what they said when they joined.
 */
export class EsfParticipantData1795340000012 implements MigrationInterface {
  name = 'EsfParticipantData1795340000012';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE project ADD COLUMN collects_participant_data boolean NOT NULL DEFAULT false`);
    await db.query(`
      CREATE TABLE esf_participant_entry (
        project_id uuid NOT NULL REFERENCES project (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        gender text CHECK (gender IN ('female', 'male', 'not_stated')),
        age_group text CHECK (age_group IN ('under_25', 'from_25_to_54', 'over_54', 'not_stated')),
        labour_market_status text CHECK (labour_market_status IN ('employed', 'self_employed', 'unemployed', 'long_term_unemployed', 'inactive', 'inactive_not_in_education', 'not_stated')),
        education_level text CHECK (education_level IN ('isced_1_2', 'isced_3_4', 'isced_5_8', 'not_stated')),
        disability text CHECK (disability IN ('yes', 'no', 'not_stated')),
        migrant_or_minority text CHECK (migrant_or_minority IN ('yes', 'no', 'not_stated')),
        other_disadvantaged text CHECK (other_disadvantaged IN ('yes', 'no', 'not_stated')),
        homeless text CHECK (homeless IN ('yes', 'no', 'not_stated')),
        entered_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        PRIMARY KEY (project_id, user_id)
      )`);
    await db.query(`CREATE INDEX esf_participant_entry_user_id_idx ON esf_participant_entry (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE esf_participant_entry`);
    await db.query(`ALTER TABLE project DROP COLUMN collects_participant_data`);
  }
}
