import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { ENROLMENT_STATUSES, REGION_CODES, REPORT_GROUPINGS, type EnrolmentStatus, type RegionCode, type ReportFilters, type ReportGrouping } from '@di/contracts';
import { PageQueryDto } from '../../../http/page-query.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ReportFiltersDto implements ReportFilters {
  @ApiPropertyOptional({ format: 'uuid', description: 'Runs of this DI project' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Runs of this course' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'This run only' })
  @IsOptional()
  @IsUUID()
  runId?: string;

  @ApiPropertyOptional({ enum: REGION_CODES, description: 'People of organisations in this planning region' })
  @IsOptional()
  @IsIn(REGION_CODES)
  regionCode?: RegionCode;

  @ApiPropertyOptional({ format: 'uuid', description: 'People of this organisation and those below it (a VSAC with its branches)' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Runs that take place on or after this day (yyyy-MM-dd)' })
  @IsOptional()
  @Matches(DATE)
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Runs that take place on or before this day (yyyy-MM-dd)' })
  @IsOptional()
  @Matches(DATE)
  @IsISO8601({ strict: true })
  to?: string;
}

export class CompletionQueryDto extends ReportFiltersDto {
  @ApiPropertyOptional({ enum: REPORT_GROUPINGS, default: 'organisation' })
  @IsOptional()
  @IsIn(REPORT_GROUPINGS)
  groupBy?: ReportGrouping;
}

export class CompletionPeopleQueryDto extends IntersectionType(PageQueryDto, ReportFiltersDto) {
  @ApiPropertyOptional({ enum: ENROLMENT_STATUSES, description: 'Only people with this status' })
  @IsOptional()
  @IsIn(ENROLMENT_STATUSES)
  status?: EnrolmentStatus;
}

export class ReportPageQueryDto extends IntersectionType(PageQueryDto, ReportFiltersDto) {}
