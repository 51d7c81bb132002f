import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { COURSE_AUDIENCES, COURSE_STATUSES, REGION_CODES, type CourseAudience, type CourseQuery, type CourseStatus, type RegionCode } from '@di/contracts';
import { PageQueryDto } from '../../../http/page-query.dto';
import { Trimmed } from '../../../http/trimmed';

export class CourseQueryDto extends PageQueryDto implements CourseQuery {
  @ApiPropertyOptional({ enum: COURSE_AUDIENCES })
  @IsOptional()
  @IsIn(COURSE_AUDIENCES)
  audience?: CourseAudience;

  @ApiPropertyOptional({ enum: REGION_CODES, description: 'Courses with a run organised in this planning region' })
  @IsOptional()
  @IsIn(REGION_CODES)
  regionCode?: RegionCode;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  providerOrganisationId?: string;

  @ApiPropertyOptional({ enum: COURSE_STATUSES, description: 'Only for authors; participants always see published courses' })
  @IsOptional()
  @IsIn(COURSE_STATUSES)
  status?: CourseStatus;

  @ApiPropertyOptional({ maxLength: 100, description: 'Free text in code, title and description (case and diacritics ignored)' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  q?: string;
}
