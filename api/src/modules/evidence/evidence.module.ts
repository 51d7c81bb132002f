import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module';
import { FilesModule } from '../files/files.module';
import { EvidencePackWorker } from './evidence-pack.worker';
import { EvidencePackService } from './evidence-pack.service';
import { EvidenceController } from './evidence.controller';
import { ParticipantListService } from './participant-list.service';

/** A run's ESF evidence: the participant list as CSV or XLSX, and the evidence pack (a ZIP made by a job). */
@Module({
  imports: [FilesModule, CertificatesModule],
  controllers: [EvidenceController],
  providers: [EvidencePackService, EvidencePackWorker, ParticipantListService],
})
export class EvidenceModule {}
