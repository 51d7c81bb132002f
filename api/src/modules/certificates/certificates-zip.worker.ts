import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../jobs/job-queue';
import type { GeneratedFileJob } from '../files/generated-files.service';
import { GeneratedFilesService } from '../files/generated-files.service';
import { CERTIFICATES_ZIP_QUEUE, CertificatesService } from './certificates.service';

/** Makes a run's certificates ZIP, in whichever API process takes the job; a failure is kept on the file, without personal data. */
@Injectable()
export class CertificatesZipWorker implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('CertificatesZipWorker');

  constructor(
    private readonly queue: JobQueue,
    private readonly certificates: CertificatesService,
    private readonly files: GeneratedFilesService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.createQueue(CERTIFICATES_ZIP_QUEUE);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work<GeneratedFileJob>(CERTIFICATES_ZIP_QUEUE, 2, async ({ fileId }) => {
      try {
        await this.certificates.makeZip(fileId);
      } catch (error) {
        // Only the kind of error: a message could carry someone's name.
        this.logger.error(`Certificates ZIP ${fileId} failed (${(error as Error).name})`);
        await this.files.fail(fileId, 'The certificates could not be made; ask again, and tell an administrator if it keeps failing');
      }
    });
  }
}
