import type { Logger } from '@nestjs/common';
import type { JobQueue } from '../../jobs/job-queue';
import type {
  GeneratedFileJob,
  GeneratedFilesService,
} from './generated-files.service';

/**
 * Makes the files asked for on `queueName`, in whichever API process takes the job. A failure is
 * kept on the file for the person who asked, and logged by its kind only: a message could carry
 * someone's name.
 */
export async function workGeneratedFiles(
  queue: JobQueue,
  files: GeneratedFilesService,
  logger: Logger,
  queueName: string,
  what: { label: string; failure: string },
  make: (fileId: string) => Promise<void>,
): Promise<void> {
  await queue.work<GeneratedFileJob>(queueName, 2, async ({ fileId }) => {
    try {
      await make(fileId);
    } catch (error) {
      logger.error(`${what.label} ${fileId} failed (${(error as Error).name})`);
      await files.fail(fileId, what.failure);
    }
  });
}
