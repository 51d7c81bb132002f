// Where the national data set lives and how to start the built product on it.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { freePort, startNode, waitUntilAnswers } from '../lib/servers.mjs';

export const ROOT = join(import.meta.dirname, '..', '..');
/** Kept between runs; `generate.mjs --regenerate` starts it afresh. */
export const DATA_DIR = resolve(ROOT, process.env.BENCH_NATIONAL_DIR ?? 'tmp/bench-national');
export const MANIFEST = join(DATA_DIR, 'generated.json');
/** The password of every generated account (people, trainers, coordinators, the admin). */
export const PASSWORD = 'national-bench-2026';
/** The first port tried (the product; the baseline takes the next free one). */
export const FIRST_PORT = Number(process.env.BENCH_NATIONAL_PORT ?? 4490);

export const FULL_SIZES = { people: 100_000, runs: 2_000, enrolments: 1_000_000, trainers: 300 };

export function sizesAt(scale) {
  return {
    people: Math.round(FULL_SIZES.people * scale),
    runs: Math.max(20, Math.round(FULL_SIZES.runs * scale)),
    enrolments: Math.round(FULL_SIZES.enrolments * scale),
    trainers: Math.max(25, Math.round(FULL_SIZES.trainers * scale)),
  };
}

export async function readManifest() {
  try {
    return JSON.parse(await readFile(MANIFEST, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The built product on the national data (no demo data), as production runs it. */
export async function startProduct({ script = resolve(ROOT, process.env.BENCH_PRODUCT ?? 'dist/api/main.js'), secret = randomBytes(36).toString('base64url'), logLevel = 'info', taken = [] } = {}) {
  const port = await freePort(FIRST_PORT, taken);
  const product = startNode('product', script, {
    cwd: ROOT,
    port,
    env: {
      HOST: '127.0.0.1',
      DATA_DIR,
      DEMO_DATA: 'false',
      NODE_ENV: 'production',
      LOG_LEVEL: logLevel,
      LOG_FORMAT: 'json',
      TRUST_PROXY: 'true',
      JWT_SECRET: secret,
      ACCESS_TOKEN_TTL_SECONDS: '7200',
    },
  });
  try {
    await waitUntilAnswers(product, '/api/health');
  } catch (error) {
    await product.stop();
    throw error;
  }
  return Object.assign(product, { port, secret });
}
