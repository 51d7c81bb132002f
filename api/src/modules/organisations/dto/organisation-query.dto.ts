import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  ORGANISATION_TYPES,
  REGION_CODES,
  type OrganisationQuery,
  type OrganisationType,
  type RegionCode,
} from '@di/contracts';
import { PageQueryDto } from '../../../http/page-query.dto';

export class OrganisationQueryDto extends PageQueryDto implements OrganisationQuery {
  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  regionCode?: RegionCode;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES })
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  type?: OrganisationType;

  @ApiPropertyOptional({ description: 'Part of the name; case and Latvian diacritics are ignored', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
