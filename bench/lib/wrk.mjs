// Fixed-duration load from wrk (C, one thread): it needs far less CPU than a Node client, which
// matters on a 2-core machine where the client shares the cores with the servers it measures.
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const WRK = process.env.WRK ?? 'wrk';
const REPORT = join(import.meta.dirname, 'wrk-report.lua');

/** Requests/s and latency percentiles (ms) of `seconds` of GETs to `url` over `connections` connections. */
export function wrk(url, { token, seconds, connections }) {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '5s', '-s', REPORT, '-H', `Authorization: Bearer ${token}`, url];
  return new Promise((resolve, reject) => {
    execFile(WRK, args, { timeout: (seconds + 30) * 1000 }, (error, stdout, stderr) => {
      if (error) {
        const hint = error.code === 'ENOENT' ? ' (install wrk: apt-get install wrk, or set WRK)' : '';
        return reject(new Error(`wrk failed${hint}: ${error.message} ${stderr}`));
      }
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (!line) return reject(new Error(`wrk printed no report: ${stdout}`));
      const report = JSON.parse(line);
      const errors = Object.values(report.errors).reduce((a, b) => a + b, 0);
      const ms = (us) => Math.round(us / 100) / 10;
      resolve({
        requests: report.requests,
        errors,
        // Successful requests only: an error status (a 503 when the pool is exhausted) is not throughput.
        requestsPerSecond: Math.round(((report.requests - report.errors.status) / report.durationUs) * 1e6),
        p50Ms: ms(report.latencyUs.p50),
        p90Ms: ms(report.latencyUs.p90),
        p95Ms: ms(report.latencyUs.p95),
        p99Ms: ms(report.latencyUs.p99),
        maxMs: ms(report.latencyUs.max),
      });
    });
  });
}
