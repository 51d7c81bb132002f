import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsISO8601, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import type { BulkEnrolmentRequest, CreateEnrolmentRequest, EnrolmentDecisionRequest, SeatReservationInput, UpdateEnrolmentRequest } from '@di/contracts';
import { Optional } from '../../../http/optional';
import { Trimmed } from '../../../http/trimmed';

export const MAX_BULK_ENROLMENTS = 500;
export const MAX_DECISIONS = 200;
export const MAX_RESERVATIONS = 100;

export class CreateEnrolmentDto implements CreateEnrolmentRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Someone else to enrol (coordinator in scope, admin); without it the caller enrols' })
  @Optional()
  @IsUUID()
  userId?: string;
}

export class BulkEnrolmentDto implements BulkEnrolmentRequest {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: MAX_BULK_ENROLMENTS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ENROLMENTS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  userIds!: string[];
}

const NEEDS_REASON = ['rejected', 'withdrawn'];

export class UpdateEnrolmentDto implements UpdateEnrolmentRequest {
  @ApiProperty({ enum: ['enrolled', 'rejected', 'withdrawn'], description: '`enrolled` approves, promotes or accepts an offered seat' })
  @IsIn(['enrolled', 'rejected', 'withdrawn'])
  status!: 'enrolled' | 'rejected' | 'withdrawn';

  @ApiPropertyOptional({ minLength: 1, maxLength: 1000, description: 'Required to reject or withdraw; told to the person' })
  @ValidateIf((dto: UpdateEnrolmentDto) => NEEDS_REASON.includes(dto.status) || dto.reason !== undefined)
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason?: string;

  @ApiPropertyOptional({ minimum: 1, description: 'The version the change is based on (or send If-Match)' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class EnrolmentDecisionDto implements EnrolmentDecisionRequest {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: MAX_DECISIONS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DECISIONS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  enrolmentIds!: string[];

  @ApiProperty({ enum: ['enrolled', 'rejected'] })
  @IsIn(['enrolled', 'rejected'])
  status!: 'enrolled' | 'rejected';

  @ApiPropertyOptional({ minLength: 1, maxLength: 1000, description: 'Required to reject' })
  @ValidateIf((dto: EnrolmentDecisionDto) => dto.status === 'rejected' || dto.reason !== undefined)
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason?: string;
}

export class SeatReservationInputDto implements SeatReservationInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ minimum: 1, maximum: 10_000 })
  @IsInt()
  @Min(1)
  @Max(10_000)
  seats!: number;

  @ApiProperty({ format: 'date-time', description: 'Seats not taken by then go back to the open pool' })
  @IsString()
  @IsISO8601({ strict: true })
  releaseAt!: string;
}
