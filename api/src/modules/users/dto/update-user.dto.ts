import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { Optional } from '../../../http/optional';
import { LOCALES, PARTICIPANT_KINDS, type Locale, type ParticipantKind, type UpdateUserRequest } from '@di/contracts';
import { Trimmed } from '../../../http/trimmed';
import { RoleGrantDto } from './role-grant.dto';

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ description: 'The version this change is based on (or send If-Match); a stale one is 409 STALE_UPDATE', minimum: 1 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;

  @ApiPropertyOptional()
  @Optional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  organisationId?: string | null;

  @ApiPropertyOptional({ enum: PARTICIPANT_KINDS })
  @Optional()
  @IsIn(PARTICIPANT_KINDS)
  participantKind?: ParticipantKind;

  @ApiPropertyOptional({ type: [RoleGrantDto], description: 'The complete new set of roles' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles?: RoleGrantDto[];

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: LOCALES })
  @Optional()
  @IsIn(LOCALES)
  language?: Locale;
}
