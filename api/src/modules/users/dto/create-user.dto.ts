import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { Optional } from '../../../http/optional';
import { LOCALES, PARTICIPANT_KINDS, type CreateUserRequest, type Locale, type ParticipantKind } from '@di/contracts';
import { EmailAddress, MAX_EMAIL_LENGTH } from '../../../http/email-address';
import { Trimmed } from '../../../http/trimmed';
import { RoleGrantDto } from './role-grant.dto';

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'anna.liepa@example.lv', format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @EmailAddress()
  email!: string;

  @ApiProperty({ example: 'Anna Liepa' })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  organisationId?: string | null;

  @ApiProperty({ enum: PARTICIPANT_KINDS })
  @IsIn(PARTICIPANT_KINDS)
  participantKind!: ParticipantKind;

  @ApiProperty({ type: [RoleGrantDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles!: RoleGrantDto[];

  @ApiPropertyOptional({ description: 'Admin only: an active account at once, without an invitation' })
  @Optional()
  @IsString()
  @MaxLength(1024)
  password?: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'lv' })
  @Optional()
  @IsIn(LOCALES)
  language?: Locale;
}
