import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationStructure1795340000000 implements MigrationInterface {
  name = 'OrganisationStructure1795340000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE planning_region (
        code char(3) PRIMARY KEY CHECK (code ~ '^[A-Z]{3}$'),
        name_lv text NOT NULL,
        name_en text NOT NULL,
        position smallint NOT NULL UNIQUE
      )`);
    await db.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        type text NOT NULL CHECK (type IN ('vsac', 'vsac_branch', 'municipality', 'childcare_institution', 'provider', 'planning_region_office')),
        parent_id uuid REFERENCES organisation (id) ON DELETE RESTRICT,
        region_code char(3) NOT NULL REFERENCES planning_region (code),
        name_search text GENERATED ALWAYS AS (translate(lower(name), 'āčēģīķļņōŗšūž', 'acegiklnorsuz')) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT organisation_branch_has_parent CHECK (type <> 'vsac_branch' OR parent_id IS NOT NULL),
        CONSTRAINT organisation_not_own_parent CHECK (parent_id IS DISTINCT FROM id),
        CONSTRAINT organisation_unique_name UNIQUE (region_code, type, name)
      )`);
    await db.query(`CREATE INDEX organisation_parent_id_idx ON organisation (parent_id)`);
    await db.query(`CREATE INDEX organisation_region_code_idx ON organisation (region_code)`);
    await db.query(`CREATE INDEX organisation_type_idx ON organisation (type)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE organisation`);
    await db.query(`DROP TABLE planning_region`);
  }
}
