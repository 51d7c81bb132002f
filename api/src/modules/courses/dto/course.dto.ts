import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { COURSE_AUDIENCES, COURSE_STATUSES, type CompletionRule, type CourseAudience, type CourseStatus, type CreateCourseRequest, type UpdateCourseRequest } from '@di/contracts';
import { LocalisedLongTextDto, LocalisedTitleDto } from '../../../http/localised-text.dto';
import { Optional } from '../../../http/optional';
import { Trimmed } from '../../../http/trimmed';

export class CompletionRuleDto implements CompletionRule {
  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  minAttendancePercent!: number;

  @ApiProperty()
  @IsBoolean()
  requireAllRequiredModules!: boolean;
}

export class CreateCourseDto implements CreateCourseRequest {
  @ApiProperty({ example: 'VSAC-2026', maxLength: 40, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$' })
  @Trimmed()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/)
  code!: string;

  @ApiProperty({ type: LocalisedTitleDto })
  @ValidateNested()
  @Type(() => LocalisedTitleDto)
  title!: LocalisedTitleDto;

  @ApiPropertyOptional({ type: LocalisedLongTextDto })
  @Optional()
  @ValidateNested()
  @Type(() => LocalisedLongTextDto)
  description?: LocalisedLongTextDto;

  @ApiProperty({ enum: COURSE_AUDIENCES })
  @IsIn(COURSE_AUDIENCES)
  audience!: CourseAudience;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  providerOrganisationId?: string | null;

  @ApiProperty({ minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  plannedHours!: number;

  @ApiProperty({ type: CompletionRuleDto })
  @ValidateNested()
  @Type(() => CompletionRuleDto)
  completionRule!: CompletionRuleDto;

  @ApiPropertyOptional({ enum: COURSE_STATUSES, default: 'draft' })
  @Optional()
  @IsIn(COURSE_STATUSES)
  status?: CourseStatus;
}

export class UpdateCourseDto extends PartialType(CreateCourseDto, { skipNullProperties: false }) implements UpdateCourseRequest {
  @ApiPropertyOptional({ description: 'The version this change is based on (or send If-Match); a stale one is 409 STALE_UPDATE', minimum: 1 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}
