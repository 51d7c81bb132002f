import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { REGION_CODES, RUN_STATUSES, type CreateRunRequest, type RegionCode, type RunStatus, type UpdateRunRequest } from '@di/contracts';
import { LocalisedTitleDto } from '../../../http/localised-text.dto';
import { Optional } from '../../../http/optional';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** More trainers than any run has; bounds the list. */
export const MAX_RUN_TRAINERS = 20;

export class CreateRunDto implements CreateRunRequest {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'The DI project that funds it' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  projectId?: string | null;

  @ApiProperty({ type: LocalisedTitleDto })
  @ValidateNested()
  @Type(() => LocalisedTitleDto)
  title!: LocalisedTitleDto;

  @ApiProperty({ enum: REGION_CODES, description: 'The planning region that organises it' })
  @IsIn(REGION_CODES)
  regionCode!: RegionCode;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  organiserOrganisationId?: string | null;

  @ApiProperty({ format: 'date', example: '2026-12-04' })
  @IsString()
  @Matches(DATE)
  startsOn!: string;

  @ApiProperty({ format: 'date', example: '2027-01-29' })
  @IsString()
  @Matches(DATE)
  endsOn!: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsISO8601({ strict: true })
  enrolmentOpensAt?: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsISO8601({ strict: true })
  enrolmentClosesAt?: string | null;

  @ApiProperty({ minimum: 1, maximum: 10_000 })
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity!: number;

  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  requiresApproval?: boolean;

  @ApiPropertyOptional({ default: true, description: 'Beyond capacity people join a waiting list (else RUN_FULL)' })
  @Optional()
  @IsBoolean()
  waitlistAllowed?: boolean;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 336, description: 'Hours a freed seat is offered to the first on the waiting list; null promotes at once' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(336)
  promotionOfferHours?: number | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_RUN_TRAINERS, description: 'People with the trainer role' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_RUN_TRAINERS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  trainerIds?: string[];

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 1440, description: 'Minutes in an online session that count as present' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(1440)
  onlineAttendanceMinMinutes?: number | null;

  @ApiPropertyOptional({ enum: RUN_STATUSES, default: 'planned' })
  @Optional()
  @IsIn(RUN_STATUSES)
  status?: RunStatus;
}

export class UpdateRunDto extends PartialType(CreateRunDto, { skipNullProperties: false }) implements UpdateRunRequest {
  @ApiPropertyOptional({ description: 'The version this change is based on (or send If-Match); a stale one is 409 STALE_UPDATE', minimum: 1 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}
