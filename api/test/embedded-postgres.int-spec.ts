import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbeddedPostgresServer } from '../src/database/embedded/embedded-postgres-server';
import { withClient } from './support/test-database';

describe('the embedded PostgreSQL', () => {
  // A folder per run and per test, so that neither runs nor tests share a cluster.
  const root = join(__dirname, '..', '..', 'tmp', `embedded-postgres-spec-${process.pid}`);
  const servers: EmbeddedPostgresServer[] = [];
  const server = (folder: string) => {
    const created = new EmbeddedPostgresServer({ dataDir: join(root, folder), databaseName: 'kept', log: () => undefined });
    servers.push(created);
    return created;
  };
  const writeNote = (url: string) => withClient(url, (c) => c.query(`CREATE TABLE note (text text); INSERT INTO note VALUES ('still here')`));
  const readNotes = async (url: string) => (await withClient(url, (c) => c.query('SELECT text FROM note'))).rows;

  afterAll(async () => {
    for (const s of servers) await s.stop().catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  });

  it('keeps its data across a restart', async () => {
    const first = server('restart');
    await writeNote(await first.start());
    await first.stop();

    expect(await readNotes(await server('restart').start())).toEqual([{ text: 'still here' }]);
  });

  it('takes over from a server whose owner died without stopping it', async () => {
    // Started and never stopped: as if the process that started it had been killed.
    await writeNote(await server('orphaned').start());

    expect(await readNotes(await server('orphaned').start())).toEqual([{ text: 'still here' }]);
  });
});
