import { Module } from '@nestjs/common';
import { EsfController } from './esf.controller';
import { EsfEntriesService } from './esf-entries.service';
import { ParticipantReportService } from './participant-report.service';

@Module({ controllers: [EsfController], providers: [EsfEntriesService, ParticipantReportService] })
export class EsfModule {}
