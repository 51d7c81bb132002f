import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '../../database/transactions';
import { JobQueue } from '../../jobs/job-queue';
import { RunSeats } from './run-seats';

/** The periodic job that releases reserved seats on their date and passes on offers not accepted in time. */
export const SEAT_SWEEP_QUEUE = 'enrolment-seat-sweep';
const SEAT_SWEEP_CRON = '* * * * *';
const SEAT_SWEEP_POLLING_SECONDS = 5;

/**
 * Runs with something due, each settled in a transaction of its own under the run's lock, so a
 * sweep and an enrolment at the same moment still count the same seats. Every enrolment settles
 * its run too: the sweep only makes sure it happens when nobody is enrolling.
 */
@Injectable()
export class SeatSweep implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly seats: RunSeats,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.createQueue(SEAT_SWEEP_QUEUE);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(SEAT_SWEEP_QUEUE, SEAT_SWEEP_POLLING_SECONDS, async () => void (await this.sweep()));
    await this.queue.schedule(SEAT_SWEEP_QUEUE, SEAT_SWEEP_CRON);
  }

  /** Settles every run with a reservation or an offer due; returns how many. */
  async sweep(): Promise<number> {
    const due: { run_id: string }[] = await this.dataSource.query(
      `SELECT run_id FROM run_reservation WHERE released_at IS NULL AND release_at <= now()
       UNION
       SELECT run_id FROM enrolment WHERE offer_expires_at <= now()`,
    );
    for (const { run_id: runId } of due) {
      await inTransaction(this.dataSource, async (manager) => this.seats.settle(manager, await this.seats.lock(manager, runId), null));
    }
    return due.length;
  }
}
