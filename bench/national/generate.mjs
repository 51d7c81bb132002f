// Fills tmp/bench-national/ with the national data set: the built product migrates a fresh
// embedded database, then fill.mjs generates the rows inside PostgreSQL. See ../README.md.
//
//   node bench/national/generate.mjs [--regenerate] [--scale=0.05]
//
// Without --regenerate an existing data set is kept (and its manifest printed).
import { Algorithm, hash } from '@node-rs/argon2';
import { rm, writeFile } from 'node:fs/promises';
import pg from 'pg';
import { RECOMPUTE_PROGRESS_SQL } from '../../api/src/modules/progress/progress-sql.ts';
import { embeddedDatabaseUrl } from '../lib/servers.mjs';
import { DATA_DIR, MANIFEST, PASSWORD, readManifest, sizesAt, startProduct } from './dataset.mjs';
import { fillStatements, STAFF } from './fill.mjs';

const args = process.argv.slice(2);
const regenerate = args.includes('--regenerate');
const scale = Number(args.find((a) => a.startsWith('--scale='))?.split('=')[1] ?? 1);
/** The tables whose indexes are dropped for the load and built again after it. */
const REINDEXED = ['enrolment', 'attendance', 'module_completion'];

async function main() {
  const existing = await readManifest();
  if (existing && !regenerate) {
    console.log(`A data set is already in ${DATA_DIR} (generated ${existing.generatedAt}); --regenerate to make it again.`);
    console.log(JSON.stringify(existing.counts, null, 2));
    return;
  }
  await rm(DATA_DIR, { recursive: true, force: true });
  const sizes = sizesAt(scale);
  const started = performance.now();
  const timings = {};
  const time = async (label, work) => {
    const t = performance.now();
    const result = await work();
    timings[label] = Math.round(performance.now() - t);
    console.log(`  ${label.padEnd(36)} ${(timings[label] / 1000).toFixed(1).padStart(7)} s`);
    return result;
  };

  console.log(`Generating ${JSON.stringify(sizes)} in ${DATA_DIR}`);
  const product = await time('start and migrate (product)', () => startProduct({ logLevel: 'warn' }));
  const db = new pg.Client({ connectionString: await embeddedDatabaseUrl(DATA_DIR, 'di_training') });
  try {
    await db.connect();
    const { rows: [{ n }] } = await db.query(`SELECT count(*)::int AS n FROM enrolment`);
    if (n > 0) throw new Error('The database has enrolments already');
    // One argon2 hash, with the product's parameters (password-hasher.ts), for every generated account.
    const passwordHash = await hash(PASSWORD, { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    await db.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
    await db.query(`SELECT pg_reload_conf()`);

    await db.query('BEGIN');
    let indexes = [];
    for (const [label, sql, params] of fillStatements(sizes, passwordHash)) {
      if (label === 'drop indexes') {
        indexes = await time(label, () => dropIndexes(db));
      } else if (label === 'build indexes') {
        await time(label, () => buildIndexes(db, indexes));
      } else {
        await time(label, () => db.query(sql, params));
      }
    }
    await time('commit', () => db.query('COMMIT'));

    await time('fold the tally', async () => {
      // The product's job folds every minute as well; both take rows with SKIP LOCKED.
      while ((await db.query(`SELECT enrolment_tally_fold(1000000) AS folded`)).rows[0].folded > 0);
    });
    await time('vacuum analyze', () => db.query(`VACUUM (ANALYZE)`));
    await db.query(`ALTER SYSTEM RESET max_wal_size`);
    await db.query(`SELECT pg_reload_conf()`);
    const generationMs = Math.round(performance.now() - started);

    const counts = await countRows(db);
    const checks = await time('checks', () => consistencyChecks(db));
    const fixtures = await pickFixtures(db);
    const manifest = {
      generatedAt: new Date().toISOString(),
      sizes,
      scale,
      generationSeconds: Math.round(generationMs / 100) / 10,
      timingsMs: timings,
      counts,
      checks,
      password: PASSWORD,
      accounts: { admin: STAFF.admin, coordinatorLpr: STAFF.regionCoordinator('LPR'), vsacCoordinatorLpr: STAFF.vsacCoordinator('LPR') },
      fixtures,
      database: (await db.query(`SELECT version() AS v, pg_size_pretty(pg_database_size(current_database())) AS size`)).rows[0],
    };
    await writeFile(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(JSON.stringify({ counts, checks, generationSeconds: manifest.generationSeconds, database: manifest.database }, null, 2));
    console.log(`Generated in ${manifest.generationSeconds} s; manifest ${MANIFEST}`);
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end().catch(() => undefined);
    await product.stop();
  }
}

/** Drops the indexes of the bulk-loaded tables (not enrolment's primary key: foreign keys hang on it); returns how to build them again. */
async function dropIndexes(db) {
  const { rows } = await db.query(
    `SELECT c.relname AS table_name, ic.relname AS index_name, pg_get_indexdef(i.indexrelid) AS index_def,
            con.conname AS constraint_name, pg_get_constraintdef(con.oid) AS constraint_def
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_class ic ON ic.oid = i.indexrelid
       LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u')
      WHERE c.relname = ANY($1) AND c.relnamespace = 'public'::regnamespace
        AND NOT (c.relname = 'enrolment' AND i.indisprimary)`,
    [REINDEXED],
  );
  for (const row of rows) {
    if (row.constraint_name) await db.query(`ALTER TABLE ${row.table_name} DROP CONSTRAINT ${row.constraint_name}`);
    else await db.query(`DROP INDEX ${row.index_name}`);
  }
  return rows;
}

async function buildIndexes(db, indexes) {
  for (const row of indexes) {
    if (row.constraint_name) await db.query(`ALTER TABLE ${row.table_name} ADD CONSTRAINT ${row.constraint_name} ${row.constraint_def}`);
    else await db.query(row.index_def);
  }
}

async function countRows(db) {
  const tables = ['planning_region', 'organisation', 'organisation_closure', 'app_user', 'user_role', 'course', 'course_module', 'course_run', 'run_trainer',
    'training_session', 'session_trainer', 'enrolment', 'attendance', 'module_completion', 'enrolment_tally', 'enrolment_tally_delta'];
  const counts = {};
  for (const table of tables) counts[table] = (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
  counts.enrolmentStatuses = Object.fromEntries((await db.query(`SELECT status, count(*)::int AS n FROM enrolment GROUP BY status ORDER BY n DESC`)).rows.map((r) => [r.status, r.n]));
  counts.runStatuses = Object.fromEntries((await db.query(`SELECT status, count(*)::int AS n FROM course_run GROUP BY status ORDER BY n DESC`)).rows.map((r) => [r.status, r.n]));
  counts.runsPerRegion = Object.fromEntries((await db.query(`SELECT region_code, count(*)::int AS n FROM course_run GROUP BY 1 ORDER BY 1`)).rows.map((r) => [r.region_code, r.n]));
  counts.sessionsWithRegisterTaken = (await db.query(`SELECT count(*)::int AS n FROM training_session WHERE register_taken_at IS NOT NULL`)).rows[0].n;
  counts.runsSpan = (await db.query(`SELECT min(starts_on)::text AS first_start, max(ends_on)::text AS last_end FROM course_run`)).rows[0];
  return counts;
}

/** The stored progress against the product's own computation (on a sample, rolled back), and the tally against a count. */
async function consistencyChecks(db) {
  await db.query('BEGIN');
  let changed;
  try {
    const { rows: sample } = await db.query(`SELECT id FROM enrolment TABLESAMPLE SYSTEM (1) LIMIT 5000`);
    const { rowCount } = await db.query(RECOMPUTE_PROGRESS_SQL, [sample.map((r) => r.id)]);
    changed = { sampled: sample.length, changedByRecompute: rowCount };
  } finally {
    await db.query('ROLLBACK');
  }
  const { rows: [tally] } = await db.query(
    `SELECT (SELECT row(sum(requested), sum(enrolled), sum(waitlisted), sum(withdrawn), sum(completed), sum(not_completed), sum(attendance_sum), sum(minutes_sum))::text FROM enrolment_tally) AS tally,
            (SELECT row(count(*) FILTER (WHERE status = 'requested'), count(*) FILTER (WHERE status IN ('enrolled', 'completed', 'not_completed')),
                        count(*) FILTER (WHERE status = 'waitlisted'), count(*) FILTER (WHERE status = 'withdrawn'), count(*) FILTER (WHERE status = 'completed'),
                        count(*) FILTER (WHERE status = 'not_completed'),
                        sum(attendance_percent) FILTER (WHERE status IN ('enrolled', 'completed', 'not_completed')), sum(attended_minutes))::text
               FROM enrolment WHERE superseded_at IS NULL) AS counted`,
  );
  return { progress: changed, tallyMatchesEnrolments: tally.tally === tally.counted };
}

/** The run, people and enrolments the load script reads as. */
async function pickFixtures(db) {
  // A Latgale run that is over, of about the median size, with two trainers if there is one.
  const { rows: [run] } = await db.query(
    `SELECT r.id, r.title_lv, (SELECT count(*)::int FROM enrolment e WHERE e.run_id = r.id) AS enrolments,
            (SELECT u.email FROM run_trainer rt JOIN app_user u ON u.id = rt.trainer_id WHERE rt.run_id = r.id ORDER BY u.email LIMIT 1) AS trainer_email
       FROM course_run r WHERE r.region_code = 'LPR' AND r.status = 'completed'
      ORDER BY abs((SELECT count(*) FROM enrolment e WHERE e.run_id = r.id) - 500), r.id LIMIT 1`,
  );
  const { rows: [enrolment] } = await db.query(
    `SELECT e.id FROM enrolment e WHERE e.run_id = $1 AND e.status = 'completed' ORDER BY e.id LIMIT 1`,
    [run.id],
  );
  // A Latgale participant with more enrolments than most (the 99th percentile), one of them in a Latgale run.
  const { rows: [participant] } = await db.query(
    `WITH n AS (SELECT e.user_id, count(*)::int AS enrolments FROM enrolment e JOIN app_user u ON u.id = e.user_id
                  JOIN organisation o ON o.id = u.organisation_id WHERE o.region_code = 'LPR' GROUP BY e.user_id),
          p AS (SELECT percentile_disc(0.99) WITHIN GROUP (ORDER BY enrolments) AS p99 FROM n)
     SELECT u.email, n.enrolments, (SELECT e.id FROM enrolment e WHERE e.user_id = u.id AND e.status IN ('completed', 'enrolled', 'not_completed') ORDER BY e.created_at DESC LIMIT 1) AS enrolment_id
       FROM n JOIN p ON n.enrolments = p.p99 JOIN app_user u ON u.id = n.user_id ORDER BY u.email LIMIT 1`,
  );
  const { rows: [shares] } = await db.query(
    `SELECT avg(c)::numeric(6,1) AS mean_enrolments_per_person, max(c) AS max_enrolments_per_person
       FROM (SELECT count(*) AS c FROM enrolment GROUP BY user_id) x`,
  );
  return {
    run: { id: run.id, title: run.title_lv, enrolments: run.enrolments, trainerEmail: run.trainer_email, completedEnrolmentId: enrolment.id },
    participant: { email: participant.email, enrolments: participant.enrolments, enrolmentId: participant.enrolment_id },
    people: shares,
  };
}

await main();
