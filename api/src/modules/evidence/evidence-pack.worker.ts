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
  EVIDENCE_PACK_QUEUE,
  EvidencePackService,
} from './evidence-pack.service';

/** Makes a run's evidence pack (see workGeneratedFiles). */
@Injectable()
export class EvidencePackWorker
  implements OnModuleInit, OnApplicationBootstrap
{
  private readonly logger = new Logger('EvidencePackWorker');

  constructor(
    private readonly queue: JobQueue,
    private readonly packs: EvidencePackService,
    private readonly files: GeneratedFilesService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.createQueue(EVIDENCE_PACK_QUEUE);
  }

  async onApplicationBootstrap(): Promise<void> {
    await workGeneratedFiles(
      this.queue,
      this.files,
      this.logger,
      EVIDENCE_PACK_QUEUE,
      {
        label: 'Evidence pack',
        failure:
          'The evidence pack could not be made; ask again, and tell an administrator if it keeps failing',
      },
      (fileId) => this.packs.make(fileId),
    );
  }
}
