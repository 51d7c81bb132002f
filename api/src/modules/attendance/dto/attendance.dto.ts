import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { ATTENDANCE_STATUSES, type AttendanceMark, type AttendanceStatus, type CheckInRequest } from '@di/contracts';
import { Optional } from '../../../http/optional';
import { QueryInteger } from '../../../http/query-integer';
import { Trimmed } from '../../../http/trimmed';

/** More than a run's capacity could ever put on one register is refused before anything is read. */
export const MAX_MARKS = 2000;

const nullable = () => ValidateIf((_object, value) => value !== undefined && value !== null);

export class AttendanceMarkDto implements AttendanceMark {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  enrolmentId!: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsIn(ATTENDANCE_STATUSES)
  status!: AttendanceStatus;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1440, description: 'Minutes attended (online sessions)' })
  @nullable()
  @IsInt()
  @Min(0)
  @Max(1440)
  minutesAttended?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @nullable()
  @Trimmed()
  @IsString()
  @MaxLength(500)
  note?: string | null;

  @ApiPropertyOptional({ minimum: 0, description: "The entry's version the change is based on (0: never marked)" })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(999_999_999)
  version?: number;
}

export class CheckInDto implements CheckInRequest {
  @ApiProperty({ pattern: '^[0-9]{6}$', description: 'The six digits shown in the room' })
  @IsString()
  @Matches(/^[0-9]{6}$/)
  code!: string;
}

export class AttendanceImportQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only show the matching; nothing is written' })
  @Optional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 1440, description: "Minutes that make `present` (else the run's threshold, else the course's share of the session)" })
  @Optional()
  @QueryInteger(1, 1440)
  minMinutes?: number;
}
