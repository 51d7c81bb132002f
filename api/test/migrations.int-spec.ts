import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestDatabase, withClient } from './support/test-database';

describe('migrations', () => {
  let url: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase({ empty: true });
    dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  });
  afterAll(() => dataSource.destroy());

  // TypeORM's own bookkeeping tables (migrations run, generated-column expressions) are not the schema.
  const tables = () =>
    withClient(url, async (c) =>
      (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('schema_migration', 'typeorm_metadata') ORDER BY 1`)).rows.map(
        (r: { tablename: string }) => r.tablename,
      ),
    );
  const organisationCount = () =>
    withClient(url, async (c) => Number((await c.query('SELECT count(*) FROM organisation')).rows[0].count));

  it('go all the way up, all the way down, and up again to the same state', async () => {
    await dataSource.runMigrations();
    const created = await tables();
    expect(created).toEqual(expect.arrayContaining(['organisation', 'planning_region', 'app_user', 'user_role']));
    const seeded = await organisationCount();
    expect(seeded).toBeGreaterThan(50);

    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    expect(await tables()).toEqual([]);

    await dataSource.runMigrations();
    expect(await tables()).toEqual(created);
    expect(await organisationCount()).toBe(seeded);
  });

  it('leave nothing pending once run', async () => {
    await dataSource.runMigrations();
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('enforce the structure in the database itself', async () => {
    await dataSource.runMigrations();
    await withClient(url, async (c) => {
      await expect(c.query(`INSERT INTO organisation (name, type, region_code) VALUES ('Orphan', 'vsac_branch', 'LPR')`)).rejects.toThrow(
        /organisation_branch_has_parent/,
      );
      await expect(c.query(`INSERT INTO organisation (name, type, region_code) VALUES ('X', 'castle', 'LPR')`)).rejects.toThrow(/check/);
      await expect(c.query(`INSERT INTO organisation (name, type, region_code) VALUES ('X', 'provider', 'XXX')`)).rejects.toThrow(
        /foreign key/,
      );
    });
  });
});
