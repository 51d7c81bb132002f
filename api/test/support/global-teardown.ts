import { rm } from 'node:fs/promises';
import { Client } from 'pg';
import { runPrefix, testServerUrl } from './test-database';

/** Stops and removes this run's embedded server; on a server of someone else's, drops this run's databases. */
export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.__integrationPostgres;
  if (embedded) {
    await embedded.server.stop().catch(() => undefined);
    await rm(embedded.dataDir, { recursive: true, force: true });
    return;
  }
  if (!process.env['TEST_RUN_PREFIX']) return; // the setup failed before it named anything
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [runPrefix()]);
    for (const { datname } of rows) await client.query(`DROP DATABASE ${client.escapeIdentifier(datname)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
