import { Module } from '@nestjs/common';
import { CompletionPeopleService } from './completion-people.service';
import { CompletionReportService } from './completion-report.service';
import { ReportExportsService } from './report-exports.service';
import { ReportScope } from './report-scope';
import { ReportsController } from './reports.controller';
import { RunOverviewService } from './run-overview.service';
import { TallyFold } from './tally-fold';

@Module({
  controllers: [ReportsController],
  providers: [ReportScope, CompletionReportService, CompletionPeopleService, RunOverviewService, ReportExportsService, TallyFold],
  exports: [TallyFold],
})
export class ReportsModule {}
