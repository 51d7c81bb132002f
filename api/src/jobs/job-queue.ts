import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { FailedJob, Page } from '@di/contracts';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { DATABASE_URL } from '../database/database-url';
import { NotFoundError } from '../errors/domain-error';

const STOP_TIMEOUT_MS = 10_000;
/** Failed jobs stay in the queue (and the admins' view), retryable, this long. */
const KEEP_FAILED_SECONDS = 14 * 24 * 3600;
const EMAIL = /[^\s<>@"]+@[^\s<>@"]+/g;

interface FailedJobRow {
  id: string;
  name: string;
  retry_count: number;
  created_on: Date;
  completed_on: Date | null;
  output: { message?: unknown } | null;
  total: string;
}

/**
 * pg-boss, in its own `pgboss` schema of the app's database: the one queue for background work
 * (mail now; reminders, exports and imports next), shared by every API process, each of which
 * also runs workers. Each kind of job is a named queue; retries come from the send options;
 * jobs that fail for good stay visible to admins (`listFailed`) and can be retried.
 */
@Injectable()
export class JobQueue implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly boss: PgBoss;
  private started?: Promise<void>;

  constructor(@Inject(DATABASE_URL) databaseUrl: string) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: 'pgboss',
      application_name: 'di-training-api-jobs',
      max: 4,
      archiveFailedAfterSeconds: KEEP_FAILED_SECONDS,
    });
    // Without a listener an 'error' event would crash the process, e.g. while the database is away.
    this.boss.on('error', (error) => this.logger.warn(`Job queue: ${error.message}`));
  }

  onModuleInit(): Promise<void> {
    return this.start();
  }

  /** Idempotent, so that other providers' init hooks, which run in no set order, may rely on it. */
  start(): Promise<void> {
    this.started ??= this.boss.start().then(() => undefined);
    return this.started;
  }

  // Before, not on, application shutdown: a running job still needs TypeORM's
  // connections, which TypeORM closes in its own onApplicationShutdown.
  async beforeApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
  }

  async createQueue(name: string): Promise<void> {
    await this.start();
    await this.boss.createQueue(name);
  }

  /**
   * Adds a job inside the caller's transaction, through its connection: no
   * worker can see the job before that transaction commits, nor ever if it rolls back.
   */
  async sendInTransaction(manager: EntityManager, name: string, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('sendInTransaction needs an entity manager inside a transaction');
    const db: PgBoss.Db = {
      executeSql: async (text: string, values: unknown[]) => ({ rows: (await runner.query(text, values, true)).records }),
    };
    this.assertQueued(name, await this.boss.send(name, data, { ...options, db }));
  }

  /** Many jobs of one queue in one statement, inside the caller's transaction (as `sendInTransaction`). */
  async sendManyInTransaction(manager: EntityManager, name: string, data: readonly object[], options: PgBoss.SendOptions = {}): Promise<void> {
    if (data.length === 0) return;
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('sendManyInTransaction needs an entity manager inside a transaction');
    const db: PgBoss.Db = {
      executeSql: async (text: string, values: unknown[]) => ({ rows: (await runner.query(text, values, true)).records }),
    };
    const { retryLimit, retryDelay, retryBackoff, expireInSeconds } = options;
    // pg-boss leaves out, silently, jobs of a queue that does not exist: the queues are made at start (createQueue).
    await this.boss.insert(data.map((item) => ({ name, data: item, retryLimit, retryDelay, retryBackoff, expireInSeconds })), { db });
  }

  async send(name: string, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
    this.assertQueued(name, await this.boss.send(name, data, options));
  }

  /** Runs `handler` for each job, one at a time in this process; a throw makes the job retry. */
  async work<T extends object>(name: string, pollingIntervalSeconds: number, handler: (data: T) => Promise<void>): Promise<void> {
    await this.start();
    await this.boss.work<T>(name, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => handler(job.data));
  }

  /** Sends a job to `name` on a cron schedule, once across all processes. */
  async schedule(name: string, cron: string): Promise<void> {
    await this.start();
    await this.boss.schedule(name, cron, {}, { tz: 'Europe/Riga' });
  }

  private assertQueued(name: string, id: string | null): void {
    // pg-boss answers null, silently, when the queue does not exist.
    if (!id) throw new Error(`The job was not queued: queue ${name} does not exist`);
  }

  /** Jobs that failed for good, newest first: name, attempts and the last error, never their data. */
  async listFailed(offset: number, limit: number, page: number): Promise<Page<FailedJob>> {
    await this.start();
    const rows: FailedJobRow[] = await this.query(
      `SELECT id::text, name, retry_count, created_on, completed_on, output, count(*) OVER () AS total
         FROM pgboss.job WHERE state = 'failed'
        ORDER BY completed_on DESC NULLS LAST, id OFFSET $1 LIMIT $2`,
      [offset, limit],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        name: row.name,
        attempts: row.retry_count + 1,
        createdAt: row.created_on.toISOString(),
        failedAt: row.completed_on?.toISOString() ?? null,
        error: typeof row.output?.message === 'string' ? row.output.message.replace(EMAIL, '[address]').slice(0, 500) : null,
      })),
      total: rows.length > 0 ? Number(rows[0].total) : 0,
      page,
      pageSize: limit,
    };
  }

  /** Puts a failed job back in its queue, to run again with its retries renewed. */
  async retryFailed(id: string): Promise<void> {
    await this.start();
    const [row]: { name: string }[] = await this.query(`SELECT name FROM pgboss.job WHERE id = $1 AND state = 'failed'`, [id]);
    if (!row) throw new NotFoundError('The failed job');
    await this.boss.retry(row.name, id);
  }

  private async query<T>(text: string, values: unknown[]): Promise<T[]> {
    return (await this.boss.getDb().executeSql(text, values)).rows as T[];
  }
}
