import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ROLES, USER_STATUSES, type Role, type UserQuery, type UserStatus } from '@di/contracts';
import { PageQueryDto } from '../../../http/page-query.dto';

export class UserQueryDto extends PageQueryDto implements UserQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Part of the name or email; case and Latvian diacritics are ignored', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: USER_STATUSES, description: '`invited`: has not set a password yet' })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;
}
