import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../jobs/job-queue';
import { SESSION_CHANGE_QUEUE, type SessionChangeJob } from '../sessions/session-change-queue';
import { SessionNoticesService } from './session-notices.service';

/** People wait on a change of plan: looked for more often than the reminder sweep. */
export const SESSION_NOTICE_POLLING_SECONDS = 2;

/** Sends the notices of each session change, in whichever API process takes the job. */
@Injectable()
export class SessionNoticesWorker implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly notices: SessionNoticesService,
  ) {}

  // The queue must exist before the sessions service sends to it.
  async onModuleInit(): Promise<void> {
    await this.queue.createQueue(SESSION_CHANGE_QUEUE);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work<SessionChangeJob>(SESSION_CHANGE_QUEUE, SESSION_NOTICE_POLLING_SECONDS, async (job) => void (await this.notices.notify(job)));
  }
}
