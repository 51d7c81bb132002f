import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Removes the `<name>-<pid>` folders of earlier runs whose process is gone (killed outright,
 * so their teardown never ran), stopping the PostgreSQL each left running first.
 */
export async function removeLeftoverClusters(parent: string, name: string): Promise<void> {
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const entry of entries) {
    const owner = new RegExp(`^${name}-(\\d+)$`).exec(entry)?.[1];
    if (!owner || isRunning(Number(owner))) continue;
    const folder = join(parent, entry);
    await stopServer(join(folder, 'postgres'));
    await rm(folder, { recursive: true, force: true });
  }
}

async function stopServer(clusterDir: string): Promise<void> {
  const pidLine = (await readFile(join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0];
  const pid = Number(pidLine);
  if (!pid || !isRunning(pid)) return;
  process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown
  for (let waited = 0; isRunning(pid); waited += 100) {
    if (waited > 30_000) throw new Error(`The PostgreSQL left running in ${clusterDir} (pid ${pid}) did not stop`);
    await sleep(100);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
