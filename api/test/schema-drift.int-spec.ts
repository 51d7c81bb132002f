import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { createTestDatabase } from './support/test-database';

/**
 * The entities describe the tables the migrations make: after every migration has run, TypeORM
 * finds nothing it would change. A column, type, default, index or relation that differs
 * between an entity and the migrations shows up here as the SQL TypeORM would run.
 */
describe('entities and migrations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(await createTestDatabase())).initialize();
    await dataSource.runMigrations();
  });
  afterAll(() => dataSource.destroy());

  it('agree: TypeORM would change nothing in the migrated schema', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
