// Loads the built product on the national data set (generate.mjs first) and compares it with the
// baseline server running the best raw SQL for the same answers, at 10 and 50 connections; times
// the report statements through pg alone; measures the product's memory while it streams exports.
// Writes bench/results/<timestamp>-national.json and prints the tables for the README.
//
//   node bench/national/load.mjs          (settings: see README.md, "The national benchmark")
import { execFileSync } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { compareWithBaseline } from '../lib/compare.mjs';
import { cpuSeconds } from '../lib/cpu-time.mjs';
import { embeddedDatabaseUrl, freePort, startNode, waitUntilAnswers } from '../lib/servers.mjs';
import { DATA_DIR, FIRST_PORT, PASSWORD, ROOT, readManifest, startProduct } from './dataset.mjs';
import { bestCompletionSql, productCompletionSql, reachOf } from './report-sql.mjs';

const settings = {
  seconds: Number(process.env.BENCH_SECONDS ?? 4),
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  warmUpSeconds: Number(process.env.BENCH_WARM_UP_SECONDS ?? 2),
  connections: (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').filter(Boolean).map(Number),
  parts: (process.env.BENCH_NATIONAL_PARTS ?? 'lists,reports,sql,export').split(','),
  /** Rows of the smaller export (a period chosen to hold about this many). */
  smallExportRows: Number(process.env.BENCH_SMALL_EXPORT_ROWS ?? 100_000),
  exportFormats: (process.env.BENCH_EXPORT_FORMATS ?? 'csv,xlsx').split(','),
  exportSizes: (process.env.BENCH_EXPORT_SIZES ?? 'small,full').split(','),
};

async function main() {
  const manifest = await readManifest();
  if (!manifest) throw new Error(`No data set in ${DATA_DIR}: run \`node_modules/.bin/node bench/national/generate.mjs\` first`);
  const startedAt = new Date().toISOString();
  const load = sampleLoadAverage();
  const servers = [];
  const stopAll = () => Promise.all(servers.map((server) => server.stop()));
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  const results = { startedAt, kind: 'national', commit: gitDescribe(), node: process.version, settings, dataSet: summaryOf(manifest) };
  try {
    const product = await startProduct();
    servers.push(product);
    const databaseUrl = await embeddedDatabaseUrl(DATA_DIR, 'di_training');
    const baseline = startNode('baseline', join(ROOT, 'bench', 'baseline-server.mjs'), {
      cwd: ROOT,
      port: await freePort(FIRST_PORT + 1, [product.port]),
      nodeOptions: ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON'],
      env: { DATABASE_URL: databaseUrl, JWT_SECRET: product.secret },
    });
    servers.push(baseline);
    await waitUntilAnswers(baseline, '/api/me');
    const db = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    // Idle connections end when the product stops its database: not an error of the run.
    db.on('error', () => undefined);
    results.machine = await machine(db);

    const { fixtures, accounts } = manifest;
    const tokens = {
      admin: await login(product, accounts.admin),
      coordinator: await login(product, accounts.coordinatorLpr),
      trainer: await login(product, fixtures.run.trainerEmail),
      participant: await login(product, fixtures.participant.email),
    };
    const reportsLanded = (await fetch(`${product.base}/api/reports/completion?groupBy=region`, { headers: { Authorization: `Bearer ${tokens.admin}` } })).status === 200;
    results.reportsLanded = reportsLanded;
    if (!reportsLanded) console.warn('The product does not answer GET /api/reports/completion yet: the reports and the export are left out');

    const endpoints = [];
    if (settings.parts.includes('reports') && reportsLanded) endpoints.push(...REPORT_ENDPOINTS);
    if (settings.parts.includes('lists')) endpoints.push(...LIST_ENDPOINTS);
    const ids = { runId: fixtures.run.id, enrolmentId: fixtures.run.completedEnrolmentId, ownEnrolmentId: fixtures.participant.enrolmentId };
    results.comparisons = {};
    for (const connections of settings.connections) {
      console.log(`\n${connections} connections …`);
      results.comparisons[connections] = await compareWithBaseline({
        product, baseline, token: tokens.coordinator, tokens, ids, endpoints, connections,
        seconds: settings.seconds, rounds: settings.rounds, warmUpSeconds: settings.warmUpSeconds, tolerateErrors: true,
      });
      for (const { name } of endpoints) console.log(`  ${line(name, results.comparisons[connections][name])}`);
    }
    if (settings.parts.includes('sql') && reportsLanded) results.sqlOnly = await reportStatements(db, product, tokens);
    if (settings.parts.includes('export') && reportsLanded) results.exports = await exportMemory(product, db, tokens.admin);
    await db.end();
  } finally {
    await stopAll();
    results.loadAverage = load.stop();
  }
  results.targets = targets(results);
  results.table = tables(results);
  await mkdir(join(ROOT, 'bench', 'results'), { recursive: true });
  const file = join(ROOT, 'bench', 'results', `${startedAt.replace(/[:.]/g, '-')}-national.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${results.table}\n\nWritten to ${file}`);
}

/** Measured as the person in `as` (a key of the tokens). */
const REPORT_ENDPOINTS = [
  { name: 'reportLprByOrganisationCoordinator', path: '/api/reports/completion?groupBy=organisation&regionCode=LPR', as: 'coordinator', report: { groupBy: 'organisation', regionCode: 'LPR' } },
  { name: 'reportLprByOrganisationAdmin', path: '/api/reports/completion?groupBy=organisation&regionCode=LPR', as: 'admin', report: { groupBy: 'organisation', regionCode: 'LPR' } },
  { name: 'reportByRegionAdmin', path: '/api/reports/completion?groupBy=region', as: 'admin', report: { groupBy: 'region' } },
];
const LIST_ENDPOINTS = [
  { name: 'runEnrolmentsCoordinator', path: ({ runId }) => `/api/runs/${runId}/enrolments`, as: 'coordinator' },
  { name: 'runEnrolmentsTrainer', path: ({ runId }) => `/api/runs/${runId}/enrolments`, as: 'trainer' },
  { name: 'progressCoordinator', path: ({ enrolmentId }) => `/api/enrolments/${enrolmentId}/progress`, as: 'coordinator' },
  { name: 'progressTrainer', path: ({ enrolmentId }) => `/api/enrolments/${enrolmentId}/progress`, as: 'trainer' },
  { name: 'progressParticipant', path: ({ ownEnrolmentId }) => `/api/enrolments/${ownEnrolmentId}/progress`, as: 'participant' },
  { name: 'myEnrolments', path: '/api/me/enrolments', as: 'participant' },
];

/**
 * The report statements through pg alone, 10 at a time (the servers' pool size): the product's
 * statement and the best one, with EXPLAIN ANALYZE of each. The product also makes one round trip
 * before it for a coordinator's region filter (ReportScope's reach check), not counted here.
 */
async function reportStatements(db, product, tokens) {
  const out = {};
  for (const endpoint of REPORT_ENDPOINTS) {
    const me = await (await fetch(`${product.base}/api/me`, { headers: { Authorization: `Bearer ${tokens[endpoint.as]}` } })).json();
    const reach = reachOf(me.roles);
    out[endpoint.name] = {};
    for (const [which, statement] of [['product', productCompletionSql(reach, endpoint.report)], ['best', bestCompletionSql(reach, endpoint.report)]]) {
      const plan = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params)).rows.map((row) => row['QUERY PLAN']).join('\n');
      const timing = await timeStatement(db, statement, { seconds: settings.seconds, concurrency: 10 });
      out[endpoint.name][which] = { ...timing, sql: statement.sql, params: statement.params, plan };
    }
    console.log(`  SQL ${endpoint.name}: product statement ${out[endpoint.name].product.perSecond}/s p95 ${out[endpoint.name].product.p95Ms} ms, best ${out[endpoint.name].best.perSecond}/s p95 ${out[endpoint.name].best.p95Ms} ms`);
  }
  return out;
}

async function timeStatement(db, { sql, params }, { seconds, concurrency }) {
  for (let i = 0; i < concurrency; i++) await db.query(sql, params);
  const timings = [];
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await db.query(sql, params);
        timings.push(performance.now() - t);
      }
    }),
  );
  return { concurrency, statements: timings.length, perSecond: Math.round(timings.length / ((performance.now() - started) / 1000)), ...percentiles(timings) };
}

/**
 * The product's resident memory while it streams the people behind the report: at rest, then the
 * peak (VmHWM, reset before each export through /proc/<pid>/clear_refs, and VmRSS sampled every
 * 50 ms) during a smaller and the full export, CSV and XLSX.
 */
async function exportMemory(product, db, adminToken) {
  const period = await periodHolding(db, settings.smallExportRows);
  const out = { smallFilter: period, runs: [] };
  for (const format of settings.exportFormats) {
    for (const [size, query] of [['small', `?from=${period.from}&to=${period.to}`], ['full', '']].filter(([size]) => settings.exportSizes.includes(size))) {
      const path = `/api/reports/completion/people.${format}${query}`;
      const restKb = (await memoryOf(product.pid)).rssKb;
      await writeFile(`/proc/${product.pid}/clear_refs`, '5').catch(() => undefined);
      let sampledPeakKb = 0;
      const sampler = setInterval(() => void memoryOf(product.pid).then((m) => (sampledPeakKb = Math.max(sampledPeakKb, m.rssKb)), () => undefined), 50);
      const cpuBefore = await cpuSeconds(product.pid);
      const t = performance.now();
      const response = await fetch(`${product.base}${path}`, { headers: { Authorization: `Bearer ${adminToken}` } });
      let firstByteMs;
      let bytes = 0;
      let lines = 0;
      for await (const chunk of response.body) {
        firstByteMs ??= performance.now() - t;
        bytes += chunk.length;
        if (format === 'csv') for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
      }
      const seconds = (performance.now() - t) / 1000;
      clearInterval(sampler);
      const after = await memoryOf(product.pid);
      const run = {
        format,
        size,
        path,
        status: response.status,
        rows: format === 'csv' ? lines - 1 : undefined,
        megabytes: Math.round(bytes / 1e5) / 10,
        seconds: Math.round(seconds * 10) / 10,
        firstByteSeconds: Math.round(firstByteMs / 100) / 10,
        productCpuSeconds: Math.round(((await cpuSeconds(product.pid)) - cpuBefore) * 10) / 10,
        restRssMb: mb(restKb),
        peakRssMb: mb(Math.max(after.hwmKb, sampledPeakKb)),
        sampledPeakRssMb: mb(sampledPeakKb),
        afterRssMb: mb(after.rssKb),
      };
      out.runs.push(run);
      console.log(`  export ${format} ${size}: ${run.rows ?? '?'} rows, ${run.megabytes} MB in ${run.seconds} s; RSS at rest ${run.restRssMb} MB, peak ${run.peakRssMb} MB`);
    }
  }
  return out;
}

/** A period (runs taking place in it, at least in part) holding about `rows` people rows. */
async function periodHolding(db, rows) {
  const { rows: [first] } = await db.query(`SELECT min(starts_on) AS d FROM course_run`);
  const from = first.d.toISOString().slice(0, 10);
  for (let days = 20; days < 900; days += 5) {
    const to = new Date(first.d.getTime() + days * 86400e3).toISOString().slice(0, 10);
    const { rows: [{ n }] } = await db.query(
      `SELECT count(*)::int AS n FROM enrolment e JOIN course_run r ON r.id = e.run_id
        WHERE r.ends_on >= $1::date AND r.starts_on <= $2::date AND e.superseded_at IS NULL AND e.status <> 'rejected'`,
      [from, to],
    );
    if (n >= rows) return { from, to, rows: n };
  }
  throw new Error('No period holds that many rows');
}

async function memoryOf(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

const mb = (kb) => Math.round(kb / 102.4) / 10;

function targets(results) {
  const out = [];
  const at10 = results.comparisons?.[10] ?? {};
  for (const name of ['reportLprByOrganisationCoordinator', 'reportLprByOrganisationAdmin']) {
    const r = at10[name];
    if (!r) continue;
    const sql = results.sqlOnly?.[name]?.best;
    out.push({ target: `${name}: p95 under 50 ms (10 connections)`, value: r.product.p95Ms, met: r.product.p95Ms < 50 });
    out.push({ target: `${name}: within 1.5x of the raw SQL server (product/baseline requests/s at least 0.67)`, value: r.ratio, met: r.ratio >= 1 / 1.5 });
    if (sql) out.push({ target: `${name}: product p95 within 1.5x of the best statement's p95 through pg alone`, value: Math.round((r.product.p95Ms / sql.p95Ms) * 100) / 100, met: r.product.p95Ms <= 1.5 * sql.p95Ms });
  }
  for (const [connections, comparison] of Object.entries(results.comparisons ?? {})) {
    for (const { name } of LIST_ENDPOINTS) {
      const r = comparison[name];
      if (r) out.push({ target: `${name} at ${connections} connections: at least 0.6x the baseline's requests/s`, value: r.ratio, met: r.ratio >= 0.6 });
    }
  }
  for (const format of settings.exportFormats) {
    const runs = results.exports?.runs.filter((run) => run.format === format);
    if (!runs || runs.length < 2) continue;
    const [small, full] = runs;
    out.push({
      target: `export ${format}: flat memory (peak RSS of the full export within 1.25x of the smaller one's)`,
      value: `${small.peakRssMb} MB (${small.rows ?? small.megabytes + ' MB'}) vs ${full.peakRssMb} MB (${full.rows ?? full.megabytes + ' MB'})`,
      met: full.peakRssMb <= 1.25 * small.peakRssMb,
    });
  }
  return out;
}

function tables(results) {
  const rows = [
    '| endpoint | as | conn. | product req/s | p50 / p95 / p99 ms | baseline req/s | p50 / p95 / p99 ms | ratio (rounds) | CPU | failed (product / baseline) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [connections, comparison] of Object.entries(results.comparisons ?? {})) {
    for (const endpoint of [...REPORT_ENDPOINTS, ...LIST_ENDPOINTS]) {
      const r = comparison[endpoint.name];
      if (!r) continue;
      const lat = (m) => `${m.p50Ms} / ${m.p95Ms} / ${m.p99Ms}`;
      rows.push(
        `| ${endpoint.name} | ${endpoint.as} | ${connections} | ${r.product.requestsPerSecond} | ${lat(r.product)} | ${r.baseline.requestsPerSecond} | ${lat(r.baseline)} | **${r.ratio.toFixed(2)}x** (${r.ratioRange[0].toFixed(2)}–${r.ratioRange[1].toFixed(2)})${r.sameAnswer ? '' : ' (answers differ)'} | ${r.cpuRatio?.toFixed(2)}x | ${r.product.errors} / ${r.baseline.errors} |`,
      );
    }
  }
  const parts = [rows.join('\n')];
  if (results.sqlOnly) {
    const sql = ['| statement through pg alone, 10 at a time | product statement /s | p50 / p95 ms | best statement /s | p50 / p95 ms |', '| --- | --- | --- | --- | --- |'];
    for (const [name, r] of Object.entries(results.sqlOnly)) sql.push(`| ${name} | ${r.product.perSecond} | ${r.product.p50Ms} / ${r.product.p95Ms} | ${r.best.perSecond} | ${r.best.p50Ms} / ${r.best.p95Ms} |`);
    parts.push(sql.join('\n'));
  }
  if (results.exports) {
    const ex = ['| export | rows | MB | seconds (first byte) | RSS at rest MB | peak RSS MB |', '| --- | --- | --- | --- | --- | --- |'];
    for (const r of results.exports.runs) ex.push(`| ${r.path} | ${r.rows ?? '–'} | ${r.megabytes} | ${r.seconds} (${r.firstByteSeconds}) | ${r.restRssMb} | ${r.peakRssMb} |`);
    parts.push(ex.join('\n'));
  }
  parts.push(['| target | value | met |', '| --- | --- | --- |', ...results.targets.map((t) => `| ${t.target} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`)].join('\n'));
  const m = results.machine;
  if (m) parts.push(`Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, ${m.postgres}; load average during the run ${results.loadAverage.min}–${results.loadAverage.max} (mean ${results.loadAverage.mean}).`);
  return parts.join('\n\n');
}

function line(name, r) {
  const errors = (m) => (m.errors > 0 ? ` (${m.errors} failed)` : '');
  return `${name.padEnd(36)} product ${String(r.product.requestsPerSecond).padStart(5)}/s p95 ${r.product.p95Ms} ms${errors(r.product)}  baseline ${String(r.baseline.requestsPerSecond).padStart(5)}/s p95 ${r.baseline.p95Ms} ms${errors(r.baseline)}  ratio ${r.ratio.toFixed(2)}x (${r.ratioRange.join('–')})${r.sameAnswer ? '' : ' ANSWERS DIFFER'}`;
}

function summaryOf(manifest) {
  const { counts, generationSeconds, generatedAt, sizes, fixtures, checks, database } = manifest;
  return { generatedAt, generationSeconds, sizes, counts, checks, fixtures, databaseSize: database.size };
}

async function machine(db) {
  const { rows: [{ version }] } = await db.query(`SELECT version()`);
  const settingsShown = (await db.query(`SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'max_connections', 'effective_cache_size', 'jit')`)).rows;
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim(),
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    postgres: version.split(' on ')[0],
    postgresSettings: Object.fromEntries(settingsShown.map((s) => [s.name, `${s.setting}${s.unit ?? ''}`])),
  };
}

function sampleLoadAverage() {
  const samples = [loadavg()[0]];
  const timer = setInterval(() => samples.push(loadavg()[0]), 5000);
  return {
    stop() {
      clearInterval(timer);
      samples.push(loadavg()[0]);
      const r = (n) => Math.round(n * 100) / 100;
      return { min: r(Math.min(...samples)), max: r(Math.max(...samples)), mean: r(samples.reduce((a, b) => a + b, 0) / samples.length), samples: samples.map(r) };
    },
  };
}

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
  return { p50Ms: at(50), p95Ms: at(95), p99Ms: at(99) };
}

async function login(server, email) {
  const response = await fetch(`${server.base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (!response.ok) throw new Error(`Sign-in as ${email}: ${response.status} ${await response.text()}`);
  return (await response.json()).accessToken;
}

function gitDescribe() {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

await main();
