import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** One definition for the app, the tests and the migration tooling. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // The migrations use gen_random_uuid(), built in since PostgreSQL 13: no extension to create
    // (which a managed database's application role is often not allowed to do).
    installExtensions: false,
    logging: false,
    extra: {
      max: 10,
      // Fail fast while the database is away, so requests answer 503 instead of hanging.
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30000,
      application_name: 'di-training-api',
    },
  };
}
