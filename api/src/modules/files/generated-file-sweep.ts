import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../jobs/job-queue';
import { GeneratedFilesService } from './generated-files.service';

export const GENERATED_FILE_SWEEP_QUEUE = 'generated-file-sweep';

/** Deletes generated files whose retention time is over, every hour. */
@Injectable()
export class GeneratedFileSweep implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly files: GeneratedFilesService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.createQueue(GENERATED_FILE_SWEEP_QUEUE);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(GENERATED_FILE_SWEEP_QUEUE, 60, async () => void (await this.files.deleteExpired()));
    await this.queue.schedule(GENERATED_FILE_SWEEP_QUEUE, '17 * * * *');
  }
}
