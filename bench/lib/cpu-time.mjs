// CPU time a process has used (user + system), from /proc on Linux; undefined elsewhere.
// CPU time per request is far steadier than requests/s on a machine shared with other work.
import { readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

export async function cpuSeconds(pid) {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which is in parentheses and may hold spaces): utime is 14th, stime 15th overall.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
