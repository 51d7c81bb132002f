import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsUUID, ValidateNested } from 'class-validator';
import { Optional } from '../../../http/optional';
import { REGION_CODES, ROLES, type RegionCode, type Role, type RoleGrant } from '@di/contracts';

export class RoleScopeDto {
  @ApiPropertyOptional({ enum: REGION_CODES })
  @Optional()
  @IsIn(REGION_CODES)
  regionCode?: RegionCode;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID()
  organisationId?: string;
}

export class RoleGrantDto implements RoleGrant {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ type: RoleScopeDto, description: 'Required for coordinator: a region or an organisation, not both' })
  @Optional()
  @ValidateNested()
  @Type(() => RoleScopeDto)
  scope?: { regionCode: RegionCode } | { organisationId: string };
}
