import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { EmbeddedPostgresServer } from '../../src/database/embedded/embedded-postgres-server';
import { TEMPLATE_DATABASE, databaseUrl } from './test-database';

declare global {
  var __integrationPostgres: { server: EmbeddedPostgresServer; dataDir: string } | undefined;
}

/**
 * One PostgreSQL server for the run: TEST_DATABASE_URL when given (e.g. a CI service),
 * otherwise an embedded one on fresh data of this run's own, thrown away after. The real
 * migrations run once, into a template that every test file's database is copied from.
 */
export default async function globalSetup(): Promise<void> {
  process.env['LOG_LEVEL'] ??= 'error';
  process.env['LOG_FORMAT'] ??= 'json';
  if (!process.env['TEST_DATABASE_URL']) {
    // Per run, so that two runs on one machine (CI beside a developer) never share a cluster.
    const dataDir = join(__dirname, '..', '..', '..', 'tmp', `integration-postgres-${process.pid}`);
    await rm(dataDir, { recursive: true, force: true });
    const server = new EmbeddedPostgresServer({ dataDir, databaseName: 'integration', log: () => undefined });
    process.env['TEST_DATABASE_URL'] = await server.start();
    globalThis.__integrationPostgres = { server, dataDir };
  }
  await createTemplate();
}

async function createTemplate(): Promise<void> {
  const admin = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(TEMPLATE_DATABASE);
  const template = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    await template.runMigrations();
  } finally {
    await template.destroy();
  }
  // The job queue's own schema too, which the app would otherwise install in every test database.
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
}
