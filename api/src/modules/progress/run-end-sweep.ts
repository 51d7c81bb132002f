import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '../../database/transactions';
import { JobQueue } from '../../jobs/job-queue';
import { ProgressService } from './progress.service';

export const RUN_END_SWEEP_QUEUE = 'progress-run-end-sweep';
const RUN_END_SWEEP_CRON = '*/15 * * * *';
const RUN_END_SWEEP_POLLING_SECONDS = 30;

/**
 * After a run's last day (in Riga), the enrolments still `enrolled` that did not meet the
 * course's rule become `not_completed`; each run in a transaction of its own.
 */
@Injectable()
export class RunEndSweep implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly progress: ProgressService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.createQueue(RUN_END_SWEEP_QUEUE);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(RUN_END_SWEEP_QUEUE, RUN_END_SWEEP_POLLING_SECONDS, async () => void (await this.sweep()));
    await this.queue.schedule(RUN_END_SWEEP_QUEUE, RUN_END_SWEEP_CRON);
  }

  /** Returns how many runs it closed. */
  async sweep(): Promise<number> {
    const due: { run_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT e.run_id FROM enrolment e JOIN course_run r ON r.id = e.run_id
        WHERE e.status = 'enrolled' AND r.status <> 'cancelled' AND r.ends_on < (now() AT TIME ZONE 'Europe/Riga')::date`,
    );
    for (const { run_id: runId } of due) {
      await inTransaction(this.dataSource, async (manager) => {
        await manager.query(`SELECT id FROM course_run WHERE id = $1 FOR UPDATE`, [runId]);
        await this.progress.recomputeRun(manager, runId, { actorId: null, cause: 'run_ended' });
      });
    }
    return due.length;
  }
}
