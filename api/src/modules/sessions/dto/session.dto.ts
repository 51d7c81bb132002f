import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  MAX_SERIES_OCCURRENCES,
  RECURRENCE_FREQUENCIES,
  SESSION_EDIT_SCOPES,
  SESSION_MODES,
  type CancelSessionRequest,
  type CreateSessionsRequest,
  type IsoWeekday,
  type Recurrence,
  type RecurrenceFrequency,
  type SessionEditScope,
  type SessionMode,
  type UpdateSessionRequest,
} from '@di/contracts';
import { LocalisedTitleDto } from '../../../http/localised-text.dto';
import { Optional } from '../../../http/optional';
import { Trimmed } from '../../../http/trimmed';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_SESSION_TRAINERS = 10;
const nullable = () => ValidateIf((_, value) => value !== null && value !== undefined);

export class RecurrenceDto implements Recurrence {
  @ApiProperty({ enum: RECURRENCE_FREQUENCIES })
  @IsIn(RECURRENCE_FREQUENCIES)
  frequency!: RecurrenceFrequency;

  @ApiProperty({ minimum: 1, maximum: 52, description: 'Every this many days or weeks' })
  @IsInt()
  @Min(1)
  @Max(52)
  interval!: number;

  @ApiPropertyOptional({ type: [Number], minimum: 1, maximum: 7, description: 'ISO weekdays (Monday = 1) for a weekly series' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays?: IsoWeekday[];

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SERIES_OCCURRENCES, description: 'How many sessions (or give `until`)' })
  @ValidateIf((dto: RecurrenceDto) => dto.until === undefined || dto.count !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_SERIES_OCCURRENCES)
  count?: number;

  @ApiPropertyOptional({ format: 'date', description: 'The last Riga date a session may fall on (or give `count`)' })
  @ValidateIf((dto: RecurrenceDto) => dto.count === undefined || dto.until !== undefined)
  @IsString()
  @Matches(DATE)
  until?: string;
}

/** The fields a session has in both a creation and a change. */
class SessionFieldsDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'The start as an instant (or give `startsAtLocal`)' })
  @Optional()
  @IsISO8601({ strict: true })
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @Optional()
  @IsISO8601({ strict: true })
  endsAt?: string;

  @ApiPropertyOptional({ example: '2026-12-04T10:00', description: 'The start on the clock in Riga' })
  @Optional()
  @IsString()
  @Matches(LOCAL_DATE_TIME, { message: 'startsAtLocal must be a Riga date and time YYYY-MM-DDTHH:mm' })
  startsAtLocal?: string;

  @ApiPropertyOptional({ example: '2026-12-04T12:00' })
  @Optional()
  @IsString()
  @Matches(LOCAL_DATE_TIME, { message: 'endsAtLocal must be a Riga date and time YYYY-MM-DDTHH:mm' })
  endsAtLocal?: string;

  @ApiPropertyOptional({ type: LocalisedTitleDto, nullable: true })
  @IsOptional()
  @nullable()
  @ValidateNested()
  @Type(() => LocalisedTitleDto)
  title?: LocalisedTitleDto | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 2000, description: 'For online sessions: an http(s) address' })
  @IsOptional()
  @nullable()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'meetingUrl must be an http(s) address' })
  meetingUrl?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 200 })
  @IsOptional()
  @nullable()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  venue?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 300 })
  @IsOptional()
  @nullable()
  @Trimmed()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 10_000 })
  @IsOptional()
  @nullable()
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity?: number | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: "A module of the run's course" })
  @IsOptional()
  @nullable()
  @IsUUID()
  moduleId?: string | null;

  @ApiPropertyOptional({ description: 'Book even when the venue is taken at that time (never a trainer twice)' })
  @Optional()
  @IsBoolean()
  allowVenueClash?: boolean;
}

export class CreateSessionsDto extends SessionFieldsDto implements CreateSessionsRequest {
  @ApiProperty({ enum: SESSION_MODES })
  @IsIn(SESSION_MODES)
  mode!: SessionMode;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: MAX_SESSION_TRAINERS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SESSION_TRAINERS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  trainerIds!: string[];

  @ApiPropertyOptional({ type: RecurrenceDto, description: 'Create a series; every session keeps the first one’s Riga wall-clock time' })
  @Optional()
  @ValidateNested()
  @Type(() => RecurrenceDto)
  recurrence?: RecurrenceDto;
}

export class UpdateSessionDto extends SessionFieldsDto implements UpdateSessionRequest {
  @ApiPropertyOptional({ enum: SESSION_MODES })
  @Optional()
  @IsIn(SESSION_MODES)
  mode?: SessionMode;

  @ApiPropertyOptional({ type: [String], format: 'uuid', minItems: 1, maxItems: MAX_SESSION_TRAINERS })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SESSION_TRAINERS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  trainerIds?: string[];

  @ApiPropertyOptional({ enum: SESSION_EDIT_SCOPES, default: 'this', description: '`following`: this and the later sessions of its series' })
  @Optional()
  @IsIn(SESSION_EDIT_SCOPES)
  scope?: SessionEditScope;

  @ApiPropertyOptional({ minimum: 1, description: 'The version this change is based on (or send If-Match)' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class CancelSessionDto implements CancelSessionRequest {
  @ApiProperty({ minLength: 1, maxLength: 500, description: 'Told to the people enrolled' })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;

  @ApiPropertyOptional({ enum: SESSION_EDIT_SCOPES, default: 'this' })
  @Optional()
  @IsIn(SESSION_EDIT_SCOPES)
  scope?: SessionEditScope;

  @ApiPropertyOptional({ minimum: 1 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}
