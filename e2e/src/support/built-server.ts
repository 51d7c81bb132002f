import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');

export interface RunningServer {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the built API as a person would (`node dist/api/main.js`) with the given environment. */
export function startBuiltServer(env: Record<string, string>): RunningServer {
  const child = spawn(process.execPath, ['dist/api/main.js'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

/** Polls until the health endpoint answers 200, or the process ends. */
export async function waitUntilHealthy(port: number, server: RunningServer, attempts = 300): Promise<void> {
  let ended = false;
  void server.exited.then(() => (ended = true));
  for (let i = 0; i < attempts && !ended; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not become healthy:\n${server.output()}`);
}
