import { Module } from '@nestjs/common';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';

/** Certificates of completion: the PDF, a run's ZIP, public verification. Issuing and revoking follow the progress. */
@Module({
  controllers: [CertificatesController],
  providers: [CertificatesService],
})
export class CertificatesModule {}
