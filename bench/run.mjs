// Measures the built product (dist/api/main.js) on a fresh embedded database. See README.md.
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const port = Number(process.env.BENCH_PORT ?? 4390);
const base = `http://127.0.0.1:${port}`;
const dataDir = join(root, 'tmp', 'bench-data');
const ROOM_SIZE = 60;
const LIST_REQUESTS = 1000;
const LIST_CONCURRENCY = 20;
const PASSWORD = 'bench-room-parole-2026';

async function main() {
  await rm(dataDir, { recursive: true, force: true });
  const server = spawn(process.execPath, ['dist/api/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', TRUST_PROXY: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth();
    const admin = await login('admin@demo.invalid', 'demo-admin-2026');
    const organisationId = (await json(`/api/organisations?q=Kalupe`, { token: admin })).items[0].id;
    for (let n = 1; n <= ROOM_SIZE; n++) {
      await json('/api/users', {
        token: admin,
        method: 'POST',
        body: { email: `room${n}@bench.invalid`, fullName: `Bench ${n}`, organisationId, participantKind: 'vsac_staff', roles: [{ role: 'participant' }], password: PASSWORD },
      });
    }
    const results = {
      startedAt: new Date().toISOString(),
      node: process.version,
      trainingRoomSignIn: await trainingRoom(),
      organisationsList: await organisationsList(admin),
    };
    await mkdir(join(import.meta.dirname, 'results'), { recursive: true });
    const file = join(import.meta.dirname, 'results', `${results.startedAt.replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
    console.log(`Written to ${file}`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function trainingRoom() {
  const started = performance.now();
  const timings = await Promise.all(
    Array.from({ length: ROOM_SIZE }, async (_, n) => {
      const t = performance.now();
      const response = await fetch(`${base}/api/auth/login`, {
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

async function organisationsList(token) {
  const timings = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: LIST_CONCURRENCY }, async () => {
      while (next++ < LIST_REQUESTS) {
        const t = performance.now();
        const response = await fetch(`${base}/api/organisations?pageSize=200`, { headers: { Authorization: `Bearer ${token}` } });
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

async function login(email, password) {
  return (await json('/api/auth/login', { method: 'POST', body: { email, password } })).accessToken;
}

async function json(path, { method = 'GET', body, token } = {}) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${base}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function waitForHealth() {
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The server did not start');
}

await main();
