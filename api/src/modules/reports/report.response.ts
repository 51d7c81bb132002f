import { ApiProperty } from '@nestjs/swagger';
import {
  ENROLMENT_STATUSES,
  REGION_CODES,
  REPORT_GROUPINGS,
  type AtRiskPerson,
  type CompletionCounts,
  type CompletionPerson,
  type CompletionReport,
  type CompletionRow,
  type EnrolmentStatus,
  type RegionCode,
  type ReportGrouping,
  type RunOverview,
} from '@di/contracts';
import { LocalisedTextResponse } from '../../http/openapi/localised-text.response';
import { PageResponse } from '../../http/openapi/page.response';

export class CompletionCountsResponse implements CompletionCounts {
  @ApiProperty({ description: 'Waiting for approval' }) requested!: number;
  @ApiProperty({ description: 'Holding a seat: enrolled, completed, not completed' }) enrolled!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty() withdrawn!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() notCompleted!: number;
  @ApiProperty({ description: 'completed / enrolled, 0–1' }) completionRate!: number;
  @ApiProperty({ description: "The mean of the seat holders' attendance, 0–100" }) averageAttendancePercent!: number;
  @ApiProperty({ description: 'Hours of sessions attended, added up over people' }) hoursDelivered!: number;
}

export class CompletionRowResponse extends CompletionCountsResponse implements CompletionRow {
  @ApiProperty({ description: "The organisation's id ('none:' and the region for people without one) or the region's code" }) key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: REGION_CODES }) regionCode!: RegionCode;
  @ApiProperty({ nullable: true, type: String }) parentLabel!: string | null;
}

export class CompletionReportResponse implements CompletionReport {
  @ApiProperty({ enum: REPORT_GROUPINGS }) groupBy!: ReportGrouping;
  @ApiProperty({ type: [CompletionRowResponse] }) rows!: CompletionRowResponse[];
  @ApiProperty({ type: CompletionCountsResponse }) totals!: CompletionCountsResponse;
}

export class CompletionPersonResponse implements CompletionPerson {
  @ApiProperty({ format: 'uuid' }) enrolmentId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisationId!: string | null;
  @ApiProperty({ nullable: true, type: String }) organisationName!: string | null;
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty({ type: LocalisedTextResponse }) runTitle!: LocalisedTextResponse;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status!: EnrolmentStatus;
  @ApiProperty() sessionsPlanned!: number;
  @ApiProperty() sessionsHeld!: number;
  @ApiProperty() sessionsAttended!: number;
  @ApiProperty() attendancePercent!: number;
  @ApiProperty() requiredModules!: number;
  @ApiProperty() requiredModulesDone!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) withdrawnAt!: string | null;
}

export class AtRiskPersonResponse implements AtRiskPerson {
  @ApiProperty({ format: 'uuid' }) enrolmentId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ nullable: true, type: String }) organisationName!: string | null;
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty({ type: LocalisedTextResponse }) runTitle!: LocalisedTextResponse;
  @ApiProperty() sessionsPlanned!: number;
  @ApiProperty() sessionsHeld!: number;
  @ApiProperty() sessionsAttended!: number;
  @ApiProperty() attendancePercent!: number;
  @ApiProperty() minAttendancePercent!: number;
  @ApiProperty() sessionsLeft!: number;
  @ApiProperty({ description: 'Of the sessions left, how many the person must attend; more than sessionsLeft when out of reach' }) sessionsNeeded!: number;
}

export class RunOverviewResponse implements RunOverview {
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty({ type: LocalisedTextResponse }) title!: LocalisedTextResponse;
  @ApiProperty({ type: LocalisedTextResponse }) courseTitle!: LocalisedTextResponse;
  @ApiProperty({ enum: REGION_CODES }) regionCode!: RegionCode;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty() capacity!: number;
  @ApiProperty() taken!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty() requested!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() sessionsPlanned!: number;
  @ApiProperty() sessionsHeld!: number;
  @ApiProperty() averageAttendancePercent!: number;
  @ApiProperty() atRisk!: number;
}

export const CompletionPersonPageResponse = PageResponse(CompletionPersonResponse);
export const AtRiskPersonPageResponse = PageResponse(AtRiskPersonResponse);
export const RunOverviewPageResponse = PageResponse(RunOverviewResponse);
