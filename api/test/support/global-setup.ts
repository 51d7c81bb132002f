import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbeddedPostgresServer } from '../../src/database/embedded/embedded-postgres-server';

declare global {
  var __integrationPostgres: EmbeddedPostgresServer | undefined;
}

/**
 * One PostgreSQL server for the run: TEST_DATABASE_URL when given (e.g. a CI
 * service), otherwise an embedded one on fresh data that is thrown away after.
 */
export default async function globalSetup(): Promise<void> {
  process.env['LOG_LEVEL'] ??= 'error';
  process.env['LOG_FORMAT'] ??= 'json';
  if (process.env['TEST_DATABASE_URL']) return;
  const dataDir = join(__dirname, '..', '..', '..', 'tmp', 'integration-postgres');
  await rm(dataDir, { recursive: true, force: true });
  const server = new EmbeddedPostgresServer({ dataDir, databaseName: 'integration', log: () => undefined });
  process.env['TEST_DATABASE_URL'] = await server.start();
  globalThis.__integrationPostgres = server;
}
