import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface OsUser {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. When we are root, the server runs as the
 * `postgres` system user, created when missing. Returns undefined otherwise.
 */
export function postgresOsUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookUp = (): OsUser => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  });
  try {
    return lookUp();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    return lookUp();
  }
}

/**
 * The server process must be able to enter every folder above the binaries and
 * the data. Checked up front so the failure says what to do instead of
 * PostgreSQL's "Permission denied" halfway through initdb.
 */
export function assertUserCanReach(user: OsUser, paths: string[]): void {
  for (const path of paths) {
    for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
      const stat = statSync(dir);
      const enterable = (stat.mode & 0o001) !== 0 || stat.uid === user.uid || (stat.gid === user.gid && (stat.mode & 0o010) !== 0);
      if (!enterable) {
        throw new Error(
          `The embedded PostgreSQL runs as the system user "postgres" (PostgreSQL refuses to run as root), ` +
            `and that user cannot enter ${dir} (mode ${(stat.mode & 0o777).toString(8)}), which it needs to reach ${path}. ` +
            `Check the project out under a folder other users may enter (e.g. chmod o+x ${dir}), ` +
            'or set DATABASE_URL to use an existing PostgreSQL server.',
        );
      }
      if (dirname(dir) === dir) break;
    }
  }
}
