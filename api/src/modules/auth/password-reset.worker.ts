import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../jobs/job-queue';
import { AuthService } from './auth.service';
import { PASSWORD_RESET_POLLING_SECONDS, PASSWORD_RESET_QUEUE, PASSWORD_RESET_WORKERS, type PasswordResetJob } from './password-reset-queue';

/** Takes password-reset requests off the queue, in every API process (see AuthService.requestPasswordReset). */
@Injectable()
export class PasswordResetWorker implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly auth: AuthService,
  ) {}

  // The queue must exist before the first request is sent to it.
  async onModuleInit(): Promise<void> {
    await this.queue.createQueue(PASSWORD_RESET_QUEUE);
  }

  // Each worker takes one job per polling interval; a few of them keep up with a burst of requests.
  async onApplicationBootstrap(): Promise<void> {
    for (let i = 0; i < PASSWORD_RESET_WORKERS; i++) {
      await this.queue.work<PasswordResetJob>(PASSWORD_RESET_QUEUE, PASSWORD_RESET_POLLING_SECONDS, (job) => this.auth.sendPasswordReset(job));
    }
  }
}
