// Starting and stopping the servers a benchmark run measures.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The first port from `from` on that nothing listens on (other runs may share the machine). */
export async function freePort(from, taken = []) {
  for (let port = from; port < from + 100; port++) {
    if (taken.includes(port)) continue;
    const free = await new Promise((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${from}..${from + 99}`);
}

/**
 * A Node server as a child process, stopped with SIGTERM (the product then stops its
 * embedded PostgreSQL too). `nodeOptions` e.g. `--cpu-prof`.
 */
export function startNode(name, script, { cwd, port, env, nodeOptions = [] }) {
  const child = spawn(process.execPath, [...nodeOptions, script], {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    // Request logs go nowhere, as cheaply as the operating system allows; errors stay visible.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    name,
    base: `http://127.0.0.1:${port}`,
    pid: child.pid,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function waitUntilAnswers(server, path) {
  let exited = false;
  void server.exited.then(() => (exited = true));
  for (let i = 0; i < 300 && !exited; i++) {
    if (await fetch(`${server.base}${path}`).then((r) => r.status < 500, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${server.name} did not start${exited ? ' (it exited)' : ''}`);
}

/** The connection URL of the embedded PostgreSQL that the product started in `dataDir`. */
export async function embeddedDatabaseUrl(dataDir, databaseName) {
  const password = (await readFile(join(dataDir, 'postgres.password'), 'utf8')).trim();
  // postmaster.pid: pid, data folder, start time, port, ...
  const port = (await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[3].trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`;
}
