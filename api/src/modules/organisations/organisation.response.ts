import { ApiProperty } from '@nestjs/swagger';
import {
  ORGANISATION_TYPES,
  REGION_CODES,
  type Organisation,
  type OrganisationType,
  type RegionCode,
} from '@di/contracts';
import { PageResponse } from '../../http/openapi/page.response';

export class OrganisationResponse implements Organisation {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Kalkūni' })
  name!: string;

  @ApiProperty({ enum: ORGANISATION_TYPES, example: 'vsac_branch' })
  type!: OrganisationType;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The parent body, e.g. the VSAC of a branch' })
  parentId!: string | null;

  @ApiProperty({ enum: REGION_CODES, example: 'LPR' })
  regionCode!: RegionCode;
}

export const OrganisationPageResponse = PageResponse(OrganisationResponse);
