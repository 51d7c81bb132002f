import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';
import { JobsController } from './jobs.controller';

/** The shared job queue for every feature's background work, and the admins' view of failed jobs. */
@Global()
@Module({
  controllers: [JobsController],
  providers: [JobQueue],
  exports: [JobQueue],
})
export class JobsModule {}
