import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleInit,
} from '@nestjs/common';
import { JobQueue } from '../../jobs/job-queue';
import { workGeneratedFiles } from '../files/generated-file-jobs';
import { GeneratedFilesService } from '../files/generated-files.service';
import {
  CERTIFICATES_ZIP_QUEUE,
  CertificatesService,
} from './certificates.service';

/** Makes a run's certificates ZIP (see workGeneratedFiles). */
@Injectable()
export class CertificatesZipWorker
  implements OnModuleInit, OnApplicationBootstrap
{
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
    await workGeneratedFiles(
      this.queue,
      this.files,
      this.logger,
      CERTIFICATES_ZIP_QUEUE,
      {
        label: 'Certificates ZIP',
        failure:
          'The certificates could not be made; ask again, and tell an administrator if it keeps failing',
      },
      (fileId) => this.certificates.makeZip(fileId),
    );
  }
}
