import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { EmbeddedPostgresServer } from '../../src/database/embedded/embedded-postgres-server';
import { removeLeftoverClusters } from './leftover-clusters';
import { databaseUrl, templateDatabase } from './test-database';

declare global {
  var __integrationPostgres: { server: EmbeddedPostgresServer; dataDir: string } | undefined;
}

const TMP = join(__dirname, '..', '..', '..', 'tmp');
const CLUSTER_FOLDER = 'integration-postgres';

/**
 * One PostgreSQL server for the run: TEST_DATABASE_URL when given (e.g. a CI service),
 * otherwise an embedded one on fresh data of this run's own, thrown away after. The real
 * migrations run once, into a template that every test file's database is copied from.
 * The workers inherit what is set in process.env here.
 */
export default async function globalSetup(): Promise<void> {
  process.env['LOG_LEVEL'] ??= 'error';
  process.env['LOG_FORMAT'] ??= 'json';
  process.env['TEST_RUN_PREFIX'] = `it_${process.pid}_${randomBytes(3).toString('hex')}_`;
  if (!process.env['TEST_DATABASE_URL']) {
    await removeLeftoverClusters(TMP, CLUSTER_FOLDER);
    // Per run, so that two runs on one machine (CI beside a developer) never share a cluster.
    const dataDir = join(TMP, `${CLUSTER_FOLDER}-${process.pid}`);
    const server = new EmbeddedPostgresServer({ dataDir, databaseName: 'integration', log: () => undefined });
    globalThis.__integrationPostgres = { server, dataDir };
    process.env['TEST_DATABASE_URL'] = await server.start();
  }
  await createTemplate();
}

async function createTemplate(): Promise<void> {
  const admin = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${templateDatabase()}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(templateDatabase());
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
