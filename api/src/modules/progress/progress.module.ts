import { Module } from '@nestjs/common';
import { CertificateLedger } from './certificate-ledger';
import { ModuleCompletionService } from './module-completion.service';
import { ProgressController } from './progress.controller';
import { ProgressReader } from './progress-reader';
import { ProgressService } from './progress.service';
import { RunEndSweep } from './run-end-sweep';

/** Stored progress and completion, modules marked done, the certificates that follow completions. */
@Module({
  controllers: [ProgressController],
  providers: [ProgressService, ProgressReader, CertificateLedger, ModuleCompletionService, RunEndSweep],
  exports: [ProgressService, ProgressReader],
})
export class ProgressModule {}
