import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../jobs/job-queue';

export const TALLY_FOLD_QUEUE = 'reports-tally-fold';
const TALLY_FOLD_CRON = '* * * * *';
const TALLY_FOLD_POLLING_SECONDS = 30;
const BATCH = 20_000;

/**
 * Folds the enrolment differences the triggers append into the report tallies, every minute on
 * the shared queue (once across processes). Reports are exact whether or not it has run; it only
 * keeps the differences they add up few.
 */
@Injectable()
export class TallyFold implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.createQueue(TALLY_FOLD_QUEUE);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(TALLY_FOLD_QUEUE, TALLY_FOLD_POLLING_SECONDS, async () => void (await this.fold()));
    await this.queue.schedule(TALLY_FOLD_QUEUE, TALLY_FOLD_CRON);
  }

  /** Returns how many differences it folded. */
  async fold(): Promise<number> {
    let total = 0;
    for (;;) {
      const [{ folded }]: { folded: number }[] = await this.dataSource.query(`SELECT enrolment_tally_fold($1) AS folded`, [BATCH]);
      total += folded;
      if (folded < BATCH) return total;
    }
  }
}
