import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { CertificatesZipWorker } from './certificates-zip.worker';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';

/** Certificates of completion: the PDF, a run's ZIP, public verification. Issuing and revoking follow the progress. */
@Module({
  imports: [FilesModule],
  controllers: [CertificatesController],
  providers: [CertificatesService, CertificatesZipWorker],
  exports: [CertificatesService],
})
export class CertificatesModule {}
