import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbeddedPostgresServer } from '../src/database/embedded/embedded-postgres-server';
import { withClient } from './support/test-database';

describe('the embedded PostgreSQL', () => {
  const dataDir = join(__dirname, '..', '..', 'tmp', 'embedded-postgres-spec');
  const servers: EmbeddedPostgresServer[] = [];
  const server = () => {
    const created = new EmbeddedPostgresServer({ dataDir, databaseName: 'kept', log: () => undefined });
    servers.push(created);
    return created;
  };

  beforeAll(() => rm(dataDir, { recursive: true, force: true }));
  afterAll(async () => {
    for (const s of servers) await s.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps its data across a restart', async () => {
    const first = server();
    const url = await first.start();
    await withClient(url, (c) => c.query(`CREATE TABLE note (text text); INSERT INTO note VALUES ('still here')`));
    await first.stop();

    const again = await server().start();
    const rows = await withClient(again, (c) => c.query('SELECT text FROM note'));
    expect(rows.rows).toEqual([{ text: 'still here' }]);
  });

  it('takes over from a server whose owner died without stopping it', async () => {
    // The previous test's server is still running: its owner is "gone".
    const url = await server().start();
    const rows = await withClient(url, (c) => c.query('SELECT text FROM note'));
    expect(rows.rows).toEqual([{ text: 'still here' }]);
  });
});
