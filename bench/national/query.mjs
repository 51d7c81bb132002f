// Runs one statement on the national data set's database (while a product on it is running) and
// prints the rows: `node bench/national/query.mjs "EXPLAIN (ANALYZE, BUFFERS) SELECT …"`.
import pg from 'pg';
import { embeddedDatabaseUrl } from '../lib/servers.mjs';
import { DATA_DIR } from './dataset.mjs';

const db = new pg.Client({ connectionString: await embeddedDatabaseUrl(DATA_DIR, 'di_training') });
await db.connect();
try {
  const { rows } = await db.query(process.argv[2], process.argv.slice(3));
  if (rows.length > 0 && Object.keys(rows[0]).length === 1 && Object.keys(rows[0])[0] === 'QUERY PLAN') console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
  else console.table(rows);
} finally {
  await db.end();
}
