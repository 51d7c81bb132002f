import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform pieces later features build on: a maintained closure of the organisation tree
 * (so a coordinator's reach is a lookup, not a recursive walk), object histories in the audit
 * trail, and an outbox that may carry any template, with or without a link.
 */
/** The generated columns of earlier migrations, with their expressions exactly as the entities give them. */
const GENERATED_COLUMNS: [table: string, column: string, expression: string][] = [
  ['organisation', 'name_search', `translate(lower(name), 'āčēģīķļņōŗšūž', 'acegiklnorsuz')`],
  ['app_user', 'search_text', `translate(lower(full_name || ' ' || email), 'āčēģīķļņōŗšūž', 'acegiklnorsuz')`],
];

export class Groundwork1795340000004 implements MigrationInterface {
  name = 'Groundwork1795340000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisation_closure (
        ancestor_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        descendant_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        depth smallint NOT NULL CHECK (depth >= 0),
        PRIMARY KEY (ancestor_id, descendant_id)
      )`);
    await db.query(`CREATE INDEX organisation_closure_descendant_id_idx ON organisation_closure (descendant_id)`);
    // Kept by the database on every write, whoever makes it (the API, a migration, a script).
    await db.query(`
      CREATE FUNCTION organisation_closure_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO organisation_closure (ancestor_id, descendant_id, depth)
            SELECT NEW.id, NEW.id, 0
            UNION ALL
            SELECT c.ancestor_id, NEW.id, c.depth + 1 FROM organisation_closure c WHERE c.descendant_id = NEW.parent_id;
          RETURN NULL;
        END IF;
        IF NEW.parent_id IS NOT DISTINCT FROM OLD.parent_id THEN
          RETURN NULL;
        END IF;
        IF EXISTS (SELECT 1 FROM organisation_closure WHERE ancestor_id = NEW.id AND descendant_id = NEW.parent_id) THEN
          RAISE EXCEPTION 'An organisation cannot move below one of its own units'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'organisation_no_cycle';
        END IF;
        -- Cut the moved subtree from the ancestors it had above it ...
        DELETE FROM organisation_closure link
         USING organisation_closure below, organisation_closure above
         WHERE below.ancestor_id = NEW.id AND link.descendant_id = below.descendant_id
           AND above.descendant_id = NEW.id AND above.ancestor_id <> NEW.id AND link.ancestor_id = above.ancestor_id;
        -- ... and hang it below the new parent's.
        INSERT INTO organisation_closure (ancestor_id, descendant_id, depth)
          SELECT above.ancestor_id, below.descendant_id, above.depth + below.depth + 1
            FROM organisation_closure above, organisation_closure below
           WHERE above.descendant_id = NEW.parent_id AND below.ancestor_id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER organisation_closure_on_insert AFTER INSERT ON organisation FOR EACH ROW EXECUTE FUNCTION organisation_closure_maintain()`);
    await db.query(
      `CREATE TRIGGER organisation_closure_on_move AFTER UPDATE OF parent_id ON organisation FOR EACH ROW EXECUTE FUNCTION organisation_closure_maintain()`,
    );
    await db.query(`
      INSERT INTO organisation_closure (ancestor_id, descendant_id, depth)
      WITH RECURSIVE tree (ancestor_id, descendant_id, depth) AS (
        SELECT id, id, 0 FROM organisation
        UNION ALL
        SELECT tree.ancestor_id, child.id, tree.depth + 1 FROM tree JOIN organisation child ON child.parent_id = tree.descendant_id
      ) SELECT ancestor_id, descendant_id, depth FROM tree`);

    await db.query(`
      ALTER TABLE audit_event
        ADD COLUMN object_type text CHECK (object_type ~ '^[a-z_]{1,40}$'),
        ADD COLUMN object_id uuid,
        ADD COLUMN old_value jsonb,
        ADD COLUMN new_value jsonb,
        ADD CONSTRAINT audit_event_object_complete CHECK ((object_type IS NULL) = (object_id IS NULL))`);
    await db.query(`CREATE INDEX audit_event_object_idx ON audit_event (object_type, object_id, occurred_at)`);
    // Earlier changes to people become part of their history.
    await db.query(`
      UPDATE audit_event SET object_type = 'user', object_id = subject_user_id
       WHERE subject_user_id IS NOT NULL AND (action LIKE 'user.%' OR action LIKE 'role.%')`);

    await db.query(`ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_template_check`);
    await db.query(`ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_template_check CHECK (template ~ '^[a-z_]{1,40}$')`);

    // TypeORM keeps the expressions of generated columns in a table of its own (it creates it
    // itself when entities have such columns); without these rows it would think them changed.
    await db.query(`
      CREATE TABLE IF NOT EXISTS typeorm_metadata (
        type varchar NOT NULL, database varchar, schema varchar, "table" varchar, name varchar, value text
      )`);
    for (const [table, name, value] of GENERATED_COLUMNS) {
      await db.query(`INSERT INTO typeorm_metadata (type, database, schema, "table", name, value) VALUES ('GENERATED_COLUMN', current_database(), current_schema(), $1, $2, $3)`, [table, name, value]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM typeorm_metadata WHERE type = 'GENERATED_COLUMN' AND "table" = ANY($1)`, [GENERATED_COLUMNS.map(([table]) => table)]);
    await db.query(`ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_template_check`);
    await db.query(`ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_template_check CHECK (template IN ('invitation', 'password_reset'))`);
    await db.query(`DROP INDEX audit_event_object_idx`);
    await db.query(`
      ALTER TABLE audit_event DROP CONSTRAINT audit_event_object_complete,
        DROP COLUMN object_type, DROP COLUMN object_id, DROP COLUMN old_value, DROP COLUMN new_value`);
    await db.query(`DROP TABLE organisation_closure`);
    await db.query(`DROP FUNCTION organisation_closure_maintain() CASCADE`);
  }
}
