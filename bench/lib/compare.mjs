// The product against the baseline server on the same authorised reads, in one run.
import { isDeepStrictEqual } from 'node:util';
import { cpuSeconds } from './cpu-time.mjs';
import { wrk } from './wrk.mjs';

/** Measured as the compared coordinator, or as the person named in `as` (a key of the tokens given). */
export const ENDPOINTS = [
  { name: 'me', path: '/api/me' },
  { name: 'organisationsLpr', path: '/api/organisations?regionCode=LPR' },
  // The demo participant's calendar over the demo VSAC cycle (December and January).
  { name: 'mySessions', path: '/api/me/sessions?from=2026-12-01T00:00:00Z&to=2027-02-01T00:00:00Z', as: 'participant' },
  // The register of the demo VSAC cycle's first session, as its trainer; the demo participant's progress in that cycle.
  { name: 'sessionRegister', path: ({ sessionId }) => `/api/sessions/${sessionId}/attendance`, as: 'trainer' },
  { name: 'enrolmentProgress', path: ({ enrolmentId }) => `/api/enrolments/${enrolmentId}/progress`, as: 'participant' },
];

/**
 * Checks that both servers give the same answer, warms both up, then measures each endpoint in
 * `rounds` rounds, each the product and the baseline back to back (in alternating order), so
 * that a busy neighbour on the machine slows both alike. The ratio is the median of the rounds'
 * ratios; requests/s and percentiles are means over the rounds.
 */
export async function compareWithBaseline({ product, baseline, token: coordinatorToken, tokens = {}, ids = {}, seconds, rounds, connections, warmUpSeconds, endpoints = ENDPOINTS, tolerateErrors = false }) {
  const results = { connections, seconds, rounds };
  for (const { name, path: pathOf, as } of endpoints) {
    const endpoint = { name, as, path: typeof pathOf === 'function' ? pathOf(ids) : pathOf };
    const token = endpoint.as ? tokens[endpoint.as] : coordinatorToken;
    if (!token) throw new Error(`No token for ${endpoint.as}`);
    const sameAnswer = await sameAnswers(product, baseline, endpoint.path, token);
    for (const server of [product, baseline]) await wrk(`${server.base}${endpoint.path}`, { token, seconds: warmUpSeconds, connections });
    const measured = [];
    for (let round = 0; round < rounds; round++) {
      const run = {};
      for (const server of round % 2 === 0 ? [product, baseline] : [baseline, product]) {
        run[server.name] = await measure(server, endpoint.path, { token, seconds, connections });
        // Failed requests (timeouts, answers other than 2xx/3xx) end the run, or are counted when tolerated.
        if (run[server.name].errors > 0 && !tolerateErrors) throw new Error(`${server.name} ${endpoint.path}: ${run[server.name].errors} failed requests`);
      }
      measured.push({ ...run, ratio: round2(run.product.requestsPerSecond / run.baseline.requestsPerSecond) });
    }
    const ratios = measured.map((run) => run.ratio);
    const productMean = mean(measured.map((run) => run.product));
    const baselineMean = mean(measured.map((run) => run.baseline));
    results[endpoint.name] = {
      path: endpoint.path,
      sameAnswer,
      ratio: median(ratios),
      ratioRange: [Math.min(...ratios), Math.max(...ratios)],
      // Baseline CPU time per request over the product's: steadier than requests/s on a busy machine.
      cpuRatio: productMean.cpuMicrosPerRequest ? round2(baselineMean.cpuMicrosPerRequest / productMean.cpuMicrosPerRequest) : undefined,
      product: productMean,
      baseline: baselineMean,
      rounds: measured,
    };
  }
  return results;
}

/** wrk's numbers, and the server's CPU time per request (its main process; PostgreSQL's is not counted). */
async function measure(server, path, options) {
  const cpuBefore = await cpuSeconds(server.pid);
  const result = await wrk(`${server.base}${path}`, options);
  const cpuAfter = await cpuSeconds(server.pid);
  const cpuMicrosPerRequest = cpuBefore === undefined || cpuAfter === undefined ? undefined : Math.round(((cpuAfter - cpuBefore) / result.requests) * 1e6);
  return { ...result, cpuMicrosPerRequest };
}

const round2 = (n) => Math.round(n * 100) / 100;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : round2((sorted[middle - 1] + sorted[middle]) / 2);
}

async function sameAnswers(product, baseline, path, token) {
  const [a, b] = await Promise.all([product, baseline].map((server) => getJson(`${server.base}${path}`, token)));
  if (isDeepStrictEqual(a, b)) return true;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !isDeepStrictEqual(a[key], b[key]));
  console.warn(`WARNING: ${path} answers differ in ${keys.join(', ')}: the comparison is not like for like`);
  return false;
}

async function getJson(url, token) {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

function mean(runs) {
  const avg = (key) => Math.round((runs.reduce((sum, run) => sum + run[key], 0) / runs.length) * 10) / 10;
  return {
    requestsPerSecond: Math.round(avg('requestsPerSecond')),
    cpuMicrosPerRequest: runs[0].cpuMicrosPerRequest === undefined ? undefined : Math.round(avg('cpuMicrosPerRequest')),
    p50Ms: avg('p50Ms'),
    p90Ms: avg('p90Ms'),
    p95Ms: avg('p95Ms'),
    p99Ms: avg('p99Ms'),
    maxMs: Math.max(...runs.map((run) => run.maxMs)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

/** A few lines for a person reading the terminal. */
export function formatComparison(comparison, endpoints = ENDPOINTS) {
  const lines = [`Product vs baseline, ${comparison.connections} connections, ${comparison.rounds} rounds of ${comparison.seconds} s each:`];
  for (const { name } of endpoints) {
    const r = comparison[name];
    lines.push(
      `  ${r.path.padEnd(36)} product ${String(r.product.requestsPerSecond).padStart(5)}/s (p50 ${r.product.p50Ms} ms, p95 ${r.product.p95Ms} ms, p99 ${r.product.p99Ms} ms, ${r.product.cpuMicrosPerRequest} µs CPU)` +
        `  baseline ${String(r.baseline.requestsPerSecond).padStart(5)}/s (p50 ${r.baseline.p50Ms} ms, p95 ${r.baseline.p95Ms} ms, p99 ${r.baseline.p99Ms} ms, ${r.baseline.cpuMicrosPerRequest} µs CPU)` +
        `  ratio ${r.ratio.toFixed(2)}x (rounds ${r.ratioRange[0].toFixed(2)}-${r.ratioRange[1].toFixed(2)}, CPU ${r.cpuRatio?.toFixed(2)}x)${r.sameAnswer ? '' : '  (answers differ!)'}`,
    );
  }
  return lines.join('\n');
}
