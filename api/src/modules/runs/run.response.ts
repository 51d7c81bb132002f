import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGION_CODES, RUN_STATUSES, type CourseRun, type RegionCode, type RunStatus, type RunTrainer } from '@di/contracts';
import { LocalisedTextResponse } from '../../http/openapi/localised-text.response';
import { PageResponse } from '../../http/openapi/page.response';

class RunTrainerResponse implements RunTrainer {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  fullName!: string;
}

export class RunResponse implements CourseRun {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  courseId!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  projectId!: string | null;

  @ApiProperty({ type: LocalisedTextResponse })
  title!: LocalisedTextResponse;

  @ApiProperty({ enum: REGION_CODES })
  regionCode!: RegionCode;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  organiserOrganisationId!: string | null;

  @ApiProperty({ format: 'date' })
  startsOn!: string;

  @ApiProperty({ format: 'date' })
  endsOn!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  enrolmentOpensAt!: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  enrolmentClosesAt!: string | null;

  @ApiProperty()
  capacity!: number;

  @ApiProperty()
  requiresApproval!: boolean;

  @ApiProperty()
  waitlistAllowed!: boolean;

  @ApiProperty({ nullable: true, type: Number })
  promotionOfferHours!: number | null;

  @ApiProperty({ type: [String], format: 'uuid' })
  trainerIds!: string[];

  @ApiPropertyOptional({ type: [RunTrainerResponse] })
  trainers?: RunTrainerResponse[];

  @ApiProperty({ nullable: true, type: Number })
  onlineAttendanceMinMinutes!: number | null;

  @ApiProperty({ enum: RUN_STATUSES })
  status!: RunStatus;

  @ApiProperty({ description: 'People holding a seat' })
  enrolledCount!: number;

  @ApiProperty()
  version!: number;
}

export const RunPageResponse = PageResponse(RunResponse);
