import { ApiProperty } from '@nestjs/swagger';
import { REGION_CODES, type Region, type RegionCode } from '@di/contracts';
import { LocalisedTextResponse } from '../../http/openapi/localised-text.response';

export class RegionResponse implements Region {
  @ApiProperty({ enum: REGION_CODES, example: 'LPR' })
  code!: RegionCode;

  @ApiProperty({ type: LocalisedTextResponse })
  name!: LocalisedTextResponse;
}
