import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestDatabase, withClient } from './support/test-database';

/** TypeORM's own bookkeeping (which migrations ran, generated-column expressions): not part of the schema. */
const BOOKKEEPING = ['schema_migration', 'typeorm_metadata'];

describe('migrations', () => {
  let url: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase({ empty: true });
    dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  });
  afterAll(() => dataSource.destroy());

  /** Everything the migrations make in the public schema, as text, in a stable order. */
  const schema = () =>
    withClient(url, async (c) => {
      const rows = async (sql: string) => (await c.query(sql, [BOOKKEEPING])).rows.map((row: Record<string, unknown>) => Object.values(row).join(' | '));
      return {
        columns: await rows(`
          SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, ''), coalesce(generation_expression, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND NOT table_name = ANY($1) ORDER BY 1, 2`),
        constraints: await rows(`
          SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
           WHERE t.relnamespace = 'public'::regnamespace AND NOT t.relname = ANY($1) ORDER BY 1, 2`),
        indexes: await rows(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND NOT tablename = ANY($1) ORDER BY 1`),
        functions: await rows(`SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND $1::text[] IS NOT NULL ORDER BY 1`),
        triggers: await rows(`
          SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
           WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace AND NOT c.relname = ANY($1) ORDER BY 1`),
      };
    });
  const tables = async () => [...new Set((await schema()).columns.map((column) => column.split(' | ')[0]))];
  const referenceCounts = () =>
    withClient(url, async (c) => (await c.query('SELECT (SELECT count(*) FROM planning_region)::int AS regions, (SELECT count(*) FROM organisation)::int AS organisations')).rows[0]);

  it('are listed in order, each once', () => {
    const names = MIGRATIONS.map((migration) => new migration().name ?? migration.name);
    const timestamps = names.map((name) => Number(/(\d{13})$/.exec(name)?.[1]));
    expect(new Set(names).size).toBe(names.length);
    expect(timestamps.every((stamp) => stamp > 0)).toBe(true);
    expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
  });

  it('go all the way up, all the way down leaving nothing, and up again to the same schema and data', async () => {
    await dataSource.runMigrations();
    expect(await tables()).toEqual([
      'app_setting',
      'app_user',
      'attendance',
      'attendance_report',
      'audit_event',
      'calendar_feed',
      'certificate',
      'course',
      'course_module',
      'course_run',
      'enrolment',
      'enrolment_tally',
      'enrolment_tally_delta',
      'enrolment_tally_org',
      'esf_participant_entry',
      'generated_file',
      'login_throttle',
      'mail_outbox',
      'module_attachment',
      'module_completion',
      'one_time_token',
      'organisation',
      'organisation_closure',
      'planning_region',
      'project',
      'refresh_token',
      'run_reservation',
      'run_trainer',
      'session_check_in',
      'session_notice',
      'session_reminder',
      'session_trainer',
      'training_session',
      'user_role',
    ]);
    const up = await schema();
    const counts = await referenceCounts();
    expect(counts).toEqual({ regions: 5, organisations: 59 });

    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    expect(await schema()).toEqual({ columns: [], constraints: [], indexes: [], functions: [], triggers: [] });

    await dataSource.runMigrations();
    expect(await schema()).toEqual(up);
    expect(await referenceCounts()).toEqual(counts);
  });

  it('each undo exactly what they did: stepping back any number of them and up again gives the same schema', async () => {
    await dataSource.runMigrations();
    const up = await schema();
    for (let steps = 1; steps <= MIGRATIONS.length; steps++) {
      for (let i = 0; i < steps; i++) await dataSource.undoLastMigration();
      await dataSource.runMigrations();
      expect({ steps, schema: await schema() }).toEqual({ steps, schema: up });
    }
  });

  it('enforce the structure in the database itself', async () => {
    await dataSource.runMigrations();
    await withClient(url, async (c) => {
      const refusal = (sql: string) => c.query(sql).then(() => 'accepted', (error: { code: string; constraint?: string }) => `${error.code} ${error.constraint ?? ''}`.trim());
      expect(await refusal(`INSERT INTO organisation (name, type, region_code) VALUES ('Orphan', 'vsac_branch', 'LPR')`)).toBe('23514 organisation_branch_has_parent');
      expect(await refusal(`INSERT INTO organisation (name, type, region_code) VALUES ('X', 'castle', 'LPR')`)).toBe('23514 organisation_type_check');
      expect(await refusal(`INSERT INTO organisation (name, type, region_code) VALUES ('X', 'provider', 'XXX')`)).toBe('23503 organisation_region_code_fkey');
      expect(await refusal(`INSERT INTO app_user (email, full_name) VALUES ('Not@Lower.lv', 'X')`)).toBe('23514 app_user_email_check');
      expect(await refusal(`INSERT INTO audit_event (action, object_type) VALUES ('user.updated', 'user')`)).toBe('23514 audit_event_object_complete');
    });
  });
});
