import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

/**
 * The run's own prefix for every database it makes (set by the global setup), so that two runs
 * on one server (CI and a developer on one TEST_DATABASE_URL) never touch each other's.
 */
export function runPrefix(): string {
  const prefix = process.env['TEST_RUN_PREFIX'];
  if (!prefix) throw new Error('TEST_RUN_PREFIX is not set: run the tests through api/jest.integration.config.cts');
  return prefix;
}

/** Migrated once per run by the global setup; each test file's database is a copy of it. */
export function templateDatabase(): string {
  return `${runPrefix()}template`;
}

/** Set by the global setup: a server the tests may create databases on. */
export function testServerUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through api/jest.integration.config.cts');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A database of one test file's own, so files never see each other's data: migrated (a copy of
 * the template, which is much faster than migrating again), or `empty` for tests of the
 * migrations themselves.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<string> {
  const name = `${runPrefix()}${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(options.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${templateDatabase()}`);
        break;
      } catch (error) {
        // Two copies of the template cannot start at the same instant; the other one is done in a moment.
        const busy = /is being accessed by other users/.test((error as Error).message);
        if (!busy || attempt >= 20) throw error;
        await sleep(50 * attempt);
      }
    }
  } finally {
    await client.end();
  }
  const url = databaseUrl(name);
  // TypeORM records its generated columns under the database's name, which the copy has changed.
  if (!options.empty) await withClient(url, (copy) => copy.query('UPDATE typeorm_metadata SET database = current_database()'));
  return url;
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
