import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ENROLMENT_STATUSES, type EnrolmentQuery, type EnrolmentStatus } from '@di/contracts';
import { PageQueryDto } from '../../../http/page-query.dto';

export class RunEnrolmentQueryDto extends PageQueryDto implements Omit<EnrolmentQuery, 'runId'> {
  @ApiPropertyOptional({ enum: ENROLMENT_STATUSES, description: '`waitlisted` lists the waiting list in order' })
  @IsOptional()
  @IsIn(ENROLMENT_STATUSES)
  status?: EnrolmentStatus;

  @ApiPropertyOptional({ format: 'uuid', description: "The person's organisation when they enrolled" })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ description: 'Part of the name or email; case and Latvian diacritics are ignored', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class EnrolmentQueryDto extends RunEnrolmentQueryDto implements EnrolmentQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  runId?: string;
}
