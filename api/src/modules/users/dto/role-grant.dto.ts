import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { REGION_CODES, ROLES, type RegionCode, type Role, type RoleGrant } from '@di/contracts';

export class RoleScopeDto {
  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  regionCode?: RegionCode;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class RoleGrantDto implements RoleGrant {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ type: RoleScopeDto, description: 'Required for coordinator: a region or an organisation, not both' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoleScopeDto)
  scope?: { regionCode: RegionCode } | { organisationId: string };
}
