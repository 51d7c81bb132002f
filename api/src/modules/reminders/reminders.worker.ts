import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../jobs/job-queue';
import { REMINDER_POLLING_SECONDS, REMINDER_SWEEP_CRON, REMINDER_SWEEP_QUEUE } from './reminder-queue';
import { RemindersService } from './reminders.service';

/** Runs the reminder sweep on its schedule, in whichever API process takes the job. */
@Injectable()
export class RemindersWorker implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly reminders: RemindersService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.createQueue(REMINDER_SWEEP_QUEUE);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(REMINDER_SWEEP_QUEUE, REMINDER_POLLING_SECONDS, async () => void (await this.reminders.sweep()));
    await this.queue.schedule(REMINDER_SWEEP_QUEUE, REMINDER_SWEEP_CRON);
  }
}
