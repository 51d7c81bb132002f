// Measures the built product (dist/api/main.js) on a fresh embedded database, and compares its
// authorised reads with a minimal Fastify + pg server on the same database. See README.md.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compareWithBaseline, formatComparison } from './lib/compare.mjs';
import { embeddedDatabaseUrl, freePort, startNode, waitUntilAnswers } from './lib/servers.mjs';

const root = join(import.meta.dirname, '..');
const settings = {
  productScript: resolve(root, process.env.BENCH_PRODUCT ?? 'dist/api/main.js'),
  scenarios: (process.env.BENCH_SCENARIOS ?? 'sign-in,list,compare').split(','),
  seconds: Number(process.env.BENCH_SECONDS ?? 3),
  rounds: Number(process.env.BENCH_ROUNDS ?? 9),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
  warmUpSeconds: Number(process.env.BENCH_WARM_UP_SECONDS ?? 3),
  // A folder: the product runs with --cpu-prof and leaves its profile there when it stops.
  cpuProfileDir: process.env.BENCH_CPU_PROF ? resolve(root, process.env.BENCH_CPU_PROF) : undefined,
};
const ROOM_SIZE = 60;
const LIST_REQUESTS = 1000;
const LIST_CONCURRENCY = 20;
const PASSWORD = 'bench-room-parole-2026';
const COMPARED_PERSON = { email: 'koordinators@demo.invalid', password: 'demo-koord-2026' };
const PARTICIPANT = { email: 'dalibnieks@demo.invalid', password: 'demo-dalib-2026' };
const TRAINER = { email: 'pasniedzejs@demo.invalid', password: 'demo-trainer-2026' };

async function main() {
  const startedAt = new Date().toISOString();
  const runId = `${startedAt.replace(/[:.]/g, '-')}-${process.pid}`;
  const dataDir = join(root, 'tmp', `bench-${runId}`);
  const secret = randomBytes(36).toString('base64url');
  const servers = [];
  const stopAll = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await rm(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

  try {
    const productPort = await freePort(4390);
    const product = startNode('product', settings.productScript, {
      cwd: root,
      port: productPort,
      nodeOptions: settings.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${settings.cpuProfileDir}`] : [],
      env: {
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        // What production runs with: one log line per request is part of the cost being measured.
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
        TRUST_PROXY: 'true',
        JWT_SECRET: secret,
        ACCESS_TOKEN_TTL_SECONDS: '3600',
      },
    });
    servers.push(product);
    await waitUntilAnswers(product, '/api/health');
    const baseline = startNode('baseline', join(import.meta.dirname, 'baseline-server.mjs'), {
      cwd: root,
      port: await freePort(4391, [productPort]),
      nodeOptions: ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON'],
      env: { DATABASE_URL: await embeddedDatabaseUrl(dataDir, 'di_training'), JWT_SECRET: secret },
    });
    servers.push(baseline);
    await waitUntilAnswers(baseline, '/api/me');

    const results = { startedAt, node: process.version, commit: gitDescribe(), settings: { ...settings } };
    const admin = await login(product, 'admin@demo.invalid', 'demo-admin-2026');
    if (settings.scenarios.includes('sign-in')) {
      await createRoom(product, admin);
      results.trainingRoomSignIn = await trainingRoom(product);
    }
    if (settings.scenarios.includes('list')) results.organisationsList = await organisationsList(product, admin);
    if (settings.scenarios.includes('compare')) {
      const token = await login(product, COMPARED_PERSON.email, COMPARED_PERSON.password);
      const tokens = {
        participant: await login(product, PARTICIPANT.email, PARTICIPANT.password),
        trainer: await login(product, TRAINER.email, TRAINER.password),
      };
      const ids = await demoCycleIds(product, tokens.participant);
      const { seconds, rounds, connections, warmUpSeconds } = settings;
      results.comparison = await compareWithBaseline({ product, baseline, token, tokens, ids, seconds, rounds, connections, warmUpSeconds });
    }

    await mkdir(join(import.meta.dirname, 'results'), { recursive: true });
    const file = join(import.meta.dirname, 'results', `${startedAt.replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
    if (results.comparison) console.log(`\n${formatComparison(results.comparison)}`);
    console.log(`\nWritten to ${file}`);
  } finally {
    await stopAll();
  }
}

/** The demo participant's enrolment in the demo VSAC cycle and that cycle's first session. */
async function demoCycleIds(server, participant) {
  const enrolment = (await json(server, '/api/me/enrolments', { token: participant })).items.find((item) => item.run.title.lv.includes('VSAC'));
  if (!enrolment) throw new Error('The demo participant has no enrolment in the demo VSAC cycle');
  const sessions = await json(server, `/api/runs/${enrolment.runId}/sessions`, { token: participant });
  return { enrolmentId: enrolment.id, sessionId: sessions.items[0].id };
}

async function createRoom(server, admin) {
  const organisationId = (await json(server, `/api/organisations?q=Kalupe`, { token: admin })).items[0].id;
  for (let n = 1; n <= ROOM_SIZE; n++) {
    await json(server, '/api/users', {
      token: admin,
      method: 'POST',
      body: { email: `room${n}@bench.invalid`, fullName: `Bench ${n}`, organisationId, participantKind: 'vsac_staff', roles: [{ role: 'participant' }], password: PASSWORD },
    });
  }
}

async function trainingRoom(server) {
  const started = performance.now();
  const timings = await Promise.all(
    Array.from({ length: ROOM_SIZE }, async (_, n) => {
      const t = performance.now();
      const response = await fetch(`${server.base}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.20.30.40' },
        body: JSON.stringify({ email: `room${n + 1}@bench.invalid`, password: PASSWORD }),
      });
      await response.arrayBuffer();
      return { ms: performance.now() - t, ok: response.status === 200 };
    }),
  );
  return { people: ROOM_SIZE, signedIn: timings.filter((t) => t.ok).length, totalMs: round(performance.now() - started), ...percentiles(timings.map((t) => t.ms)) };
}

async function organisationsList(server, token) {
  const timings = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: LIST_CONCURRENCY }, async () => {
      while (next++ < LIST_REQUESTS) {
        const t = performance.now();
        const response = await fetch(`${server.base}/api/organisations?pageSize=200`, { headers: { Authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`organisations answered ${response.status}`);
        timings.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { requests: timings.length, concurrency: LIST_CONCURRENCY, requestsPerSecond: round(timings.length / seconds), ...percentiles(timings) };
}

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
  return { p50Ms: at(50), p95Ms: at(95), maxMs: round(sorted[sorted.length - 1]) };
}

const round = (n) => Math.round(n * 10) / 10;

function gitDescribe() {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

async function login(server, email, password) {
  return (await json(server, '/api/auth/login', { method: 'POST', body: { email, password } })).accessToken;
}

async function json(server, path, { method = 'GET', body, token } = {}) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${server.base}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

await main();
