import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { HistoryService } from './history.service';

@Global()
@Module({ providers: [AuditService, HistoryService], exports: [AuditService, HistoryService] })
export class AuditModule {}
